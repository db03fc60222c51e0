import type {
  ActorCount, DyadCount, EventFilter, EventPage, EventWithMentions, Interval, PlaceCount, StoredDocument, TimelinePoint,
} from '../model/index.js';
import { Database, type OpenOptions } from './database.js';
import { exportEvents, type ExportFormat, type ExportResult } from './export.js';
import { getDocument, getEvent, queryEvents } from './query.js';
import { searchActors, timeline, topActors, topDyads, topPlaces } from './stats.js';
import { checkMode, writeBatch, type BatchResult, type DocumentToStore } from './write.js';

export { parseEventFilter, encodeCursor, decodeCursor } from './filter.js';
export { contentHash, type BatchResult, type DocumentToStore } from './write.js';
export { EXPORT_FORMATS, type ExportFormat, type ExportResult } from './export.js';
export { GDELT_COLUMNS } from './gdelt.js';
export { SCHEMA_VERSION, MIGRATIONS } from './migrations.js';
export type { OpenOptions } from './database.js';

/** What the store holds, in counts. */
export interface StoreCounts {
  documents: number;
  events: number;
  mentions: number;
  actorMentions: number;
}

/**
 * A communique database file (DuckDB): documents, events with their reports, actors. Filters come
 * validated (`parseEventFilter`); every method is safe to call from an API handler. One process may
 * hold a file for writing; readers open it with `{ readOnly: true }`.
 *
 *   const store = await Store.open('events.duckdb', { readOnly: true });
 *   const page = await store.queryEvents(parseEventFilter({ country: 'CHN', limit: '20' }));
 */
export class Store {
  private changes = 0;

  private constructor(private readonly db: Database) {}

  /** Goes up with every batch written: what was read before a change may be cached until the next. */
  get generation(): number {
    return this.changes;
  }

  static async open(path: string, options: OpenOptions = {}): Promise<Store> {
    return new Store(await Database.open(path, options));
  }

  get path(): string {
    return this.db.path;
  }

  /** Stores analysed documents in one transaction; see writeBatch. */
  writeBatch(docs: readonly DocumentToStore[], options: { dedup: boolean }): Promise<BatchResult> {
    this.changes++;
    return writeBatch(this.db, docs, options.dedup).finally(() => this.changes++);
  }

  /**
   * Runs `work`, batches written while the JS thread does other work (ingest codes the next batch),
   * with DuckDB on one thread. A batch's rows reach DuckDB through the JS thread (see rows.ts): with a
   * worker of its own, DuckDB would spin while they wait for it, on the core the writes need. Its
   * threads come back for the next statement after `work`.
   */
  singleThreaded<T>(work: () => Promise<T>): Promise<T> {
    return this.db.singleThreaded(work);
  }

  /** Throws E_STORE_MODE when batches in this mode cannot be added: check before a long run. */
  checkMode(options: { dedup: boolean }): Promise<void> {
    return checkMode(this.db, options.dedup);
  }

  /** Whether the database deduplicates events ("on"), keeps one per report ("off"), or is empty (undefined). */
  async dedupMode(): Promise<'on' | 'off' | undefined> {
    return (await this.db.getMeta('dedup')) as 'on' | 'off' | undefined;
  }

  queryEvents(filter: EventFilter): Promise<EventPage> {
    return queryEvents(this.db, filter);
  }

  getEvent(id: string): Promise<EventWithMentions | undefined> {
    return getEvent(this.db, id);
  }

  getDocument(id: string): Promise<StoredDocument | undefined> {
    return getDocument(this.db, id);
  }

  searchActors(q: string, limit?: number): Promise<ActorCount[]> {
    return searchActors(this.db, q, limit);
  }

  timeline(filter: EventFilter, interval: Interval): Promise<TimelinePoint[]> {
    return timeline(this.db, filter, interval);
  }

  topDyads(filter: EventFilter, limit?: number): Promise<DyadCount[]> {
    return topDyads(this.db, filter, limit);
  }

  topActors(filter: EventFilter, limit?: number): Promise<ActorCount[]> {
    return topActors(this.db, filter, limit);
  }

  topPlaces(filter: EventFilter, limit?: number): Promise<PlaceCount[]> {
    return topPlaces(this.db, filter, limit);
  }

  exportEvents(format: ExportFormat, out: string): Promise<ExportResult> {
    return exportEvents(this.db, format, out);
  }

  async counts(): Promise<StoreCounts> {
    const rows = await this.db.read(`SELECT
      (SELECT count(*) FROM documents)::INTEGER AS documents, (SELECT count(*) FROM events)::INTEGER AS events,
      (SELECT count(*) FROM mentions)::INTEGER AS mentions, (SELECT count(*) FROM actor_mentions)::INTEGER AS actor_mentions`);
    const r = rows[0]!;
    return { documents: r.documents as number, events: r.events as number, mentions: r.mentions as number, actorMentions: r.actor_mentions as number };
  }

  close(): void {
    this.db.close();
  }
}

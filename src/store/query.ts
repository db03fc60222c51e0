import type { DuckDBValue } from '@duckdb/node-api';
import type { Actor, DateMention, EventFilter, EventPage, EventWithMentions, PlaceMention, StoredDocument } from '../model/index.js';
import { EVENT_SELECT, MENTION_SELECT, eventFrom, mentionFrom } from './columns.js';
import type { Database, Row } from './database.js';
import { decodeCursor, encodeCursor, whereOf } from './filter.js';
import { placeholders } from './sql.js';

/** Days before the newest date that a page looks at first, widening until the page is full. */
const WINDOWS = [31, 366, 3660];

/** The id, seq and date of the first `limit` events matching `filter`, newest first. */
async function pageKeys(db: Database, filter: EventFilter, limit: number) {
  const where = whereOf(filter, true);
  const select = (extra: string, params: DuckDBValue[]) => db.read(
    `SELECT e.id, e.seq::DOUBLE AS seq, e.date::VARCHAR AS date FROM events e ${where.sql ? `${where.sql} AND` : 'WHERE'} ${extra}
     ORDER BY e.date DESC NULLS LAST, e.seq DESC LIMIT ?`, [...where.params, ...params, limit]);
  // Events are stored roughly in date order, so a window of recent days skips most of the table.
  const cursor = filter.cursor ? decodeCursor(filter.cursor) : undefined;
  const span = (await db.read(`SELECT min(date)::VARCHAR AS oldest, max(date)::VARCHAR AS newest FROM events`))[0]!;
  const oldest = span.oldest as string | null;
  const newest = cursor ? cursor.date : span.newest as string | null;
  const upper = newest && filter.to && filter.to < newest ? filter.to : newest;
  if (upper) {
    for (const days of WINDOWS) {
      const start = shift(upper, -days);
      // A window that the date filter or the oldest event already bounds is the whole search: it is
      // asked once, below, with the undated events it would otherwise leave out.
      if ((filter.from && filter.from >= start) || (oldest !== null && start <= oldest)) break;
      const rows = await select('e.date >= ?::DATE', [start]);
      if (rows.length >= limit) return rows;
    }
  }
  return select('true', []);
}

const shift = (date: string, days: number) => new Date(Date.parse(date) + days * 86_400_000).toISOString().slice(0, 10);

/** A page of events matching `filter`, newest first (undated last); its `nextCursor` fetches the next. */
export async function queryEvents(db: Database, filter: EventFilter): Promise<EventPage> {
  const keys = await pageKeys(db, filter, filter.limit + 1);
  const more = keys.length > filter.limit;
  const page = keys.slice(0, filter.limit);
  if (page.length === 0) return { events: [], nextCursor: null };
  // The page is chosen on narrow columns, then its rows are read whole through the primary key's
  // index: asking by seq scans every column of all the rows between the page's first and last event,
  // a year of them for a rare dyad.
  const rows = await db.read(
    `SELECT ${EVENT_SELECT} FROM events e WHERE e.id IN ${placeholders(page.length)} ORDER BY e.date DESC NULLS LAST, e.seq DESC`,
    page.map((k) => k.id as string));
  const last = page.at(-1)!;
  return {
    events: rows.map(eventFrom),
    nextCursor: more ? encodeCursor({ date: last.date as string | null, seq: last.seq as number }) : null,
  };
}

/** An event with each of its reports, or undefined for an unknown id. */
export async function getEvent(db: Database, id: string): Promise<EventWithMentions | undefined> {
  const rows = await db.read(`SELECT ${EVENT_SELECT} FROM events e WHERE e.id = ?`, [id]);
  if (rows.length === 0) return undefined;
  const mentions = await db.read(`SELECT ${MENTION_SELECT} FROM mentions m WHERE m.event_id = ? ORDER BY m.seq`, [id]);
  return { event: eventFrom(rows[0]!), mentions: mentions.map(mentionFrom) };
}

function actorMentionFrom(r: Row): { sentence: number; actor: Actor } {
  const actor: Actor = {
    code: r.actor_code as string, country: r.actor_country as string | null, sector: r.actor_sector as string | null,
    kind: r.actor_kind as Actor['kind'], name: r.actor_name as string, text: r.actor_text as string,
    span: [r.actor_start as number, r.actor_end as number],
  };
  if (r.actor_entity !== null) actor.entity = r.actor_entity as string;
  if (r.actor_role !== null) actor.role = r.actor_role as string;
  return { sentence: r.sentence as number, actor };
}

/** A stored document with its text and every span (sentences, actors, event reports), or undefined. */
export async function getDocument(db: Database, id: string): Promise<StoredDocument | undefined> {
  const rows = await db.read(
    `SELECT id, date::VARCHAR AS date, title, source, url, text, content_hash, sentences, spans,
       strftime(ingested_at, '%Y-%m-%dT%H:%M:%S.%gZ') AS ingested_at FROM documents WHERE id = ?`, [id]);
  const d = rows[0];
  if (!d) return undefined;
  const actors = await db.read(`SELECT * FROM actor_mentions WHERE doc_id = ? ORDER BY sentence, actor_start`, [id]);
  const mentions = await db.read(`SELECT ${MENTION_SELECT} FROM mentions m WHERE m.doc_id = ? ORDER BY m.seq`, [id]);
  return {
    id: d.id as string, date: d.date as string | null, title: d.title as string | null, source: d.source as string | null,
    url: d.url as string | null, text: d.text as string, contentHash: d.content_hash as string, ingestedAt: d.ingested_at as string,
    sentences: JSON.parse(d.sentences as string) as [number, number][],
    actors: actors.map(actorMentionFrom),
    mentions: mentions.map(mentionFrom),
    ...(d.spans ? (JSON.parse(d.spans as string) as { dates: DateMention[]; places: PlaceMention[] }) : { dates: [], places: [] }),
  };
}

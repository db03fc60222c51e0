import { hash } from 'node:crypto';
import { BOOLEAN, DATE, VARCHAR, type DuckDBValue } from '@duckdb/node-api';
import { CommuniqueError, type Actor, type CharSpan, type DateMention, type Document, type Event, type PlaceMention } from '../model/index.js';
import { actorValues, eventValues, FIRST_MENTION, mentionValues, recordFrom, searchOf, type Counts } from './columns.js';
import type { Database } from './database.js';
import { Deduplicator, happeningOf, keyOf, type Candidate } from './dedup.js';
import { refreshCountryDays } from './rollup.js';
import { appendRows, rowsOf, type Rows } from './rows.js';
import { placeholders } from './sql.js';

/** One analysed document as the store takes it: the document, its sentence spans, actors and events. */
export interface DocumentToStore {
  document: Document;
  sentences: CharSpan[];
  actors: { sentence: number; actor: Actor }[];
  events: Event[];
  /** The dates and places the document names (absent: none kept). */
  dates?: DateMention[];
  places?: PlaceMention[];
}

export interface BatchResult {
  /** Documents stored for the first time or replaced. */
  stored: number;
  /** Documents already stored with the same content: left as they were. */
  unchanged: number;
  /** Ids of documents stored before with different content, whose reports were replaced. */
  replaced: string[];
  /** Reports stored, and the new events among them. */
  mentions: number;
  newEvents: number;
}

/** What identifies a document's content: its text and the fields that code it (date) or describe it. */
export function contentHash(d: Document): string {
  return hash('sha256', JSON.stringify([d.text, d.date, d.title ?? null, d.source ?? null, d.url ?? null]), 'hex');
}

const MODE_KEY = 'dedup';

/** Refuses to mix deduplicated and one-event-per-report batches in one database. */
export async function checkMode(db: Database, dedup: boolean, record = false): Promise<void> {
  const mode = dedup ? 'on' : 'off';
  const stored = await db.getMeta(MODE_KEY);
  if (stored === undefined) {
    if (record) await db.setMeta(MODE_KEY, mode);
  } else if (stored !== mode) {
    throw new CommuniqueError('E_STORE_MODE', stored === 'on'
      ? 'the database deduplicates events across reports; --no-dedup cannot add to it (use another --db)'
      : 'the database keeps one event per report (built with --no-dedup); give --no-dedup again or use another --db', { file: db.path });
  }
}

/** The next sequence numbers of documents, events and mentions: they number rows in the order stored. */
async function nextSeqs(db: Database): Promise<{ documents: number; events: number; mentions: number }> {
  const next = (table: string) => `(SELECT coalesce(max(seq), 0) + 1 FROM ${table})::DOUBLE AS ${table}`;
  const r = (await db.all(`SELECT ${next('documents')}, ${next('events')}, ${next('mentions')}`))[0]!;
  return { documents: r.documents as number, events: r.events as number, mentions: r.mentions as number };
}

/** Removes replaced documents and their reports; rebuilds each event that kept reports from others. */
async function removeDocuments(db: Database, ids: string[]): Promise<{ rebuilt: { seq: number; id: string; record: Event; search: string }[]; days: (string | null)[] }> {
  const list = placeholders(ids.length);
  const affected = (await db.all(`SELECT DISTINCT event_id FROM mentions WHERE doc_id IN ${list}`, ids)).map((r) => r.event_id as string);
  await db.run(`DELETE FROM mentions WHERE doc_id IN ${list}`, ids);
  await db.run(`DELETE FROM actor_mentions WHERE doc_id IN ${list}`, ids);
  await db.run(`DELETE FROM documents WHERE id IN ${list}`, ids);
  if (affected.length === 0) return { rebuilt: [], days: [] };
  const ev = placeholders(affected.length);
  const days = (await db.all(`SELECT DISTINCT date::VARCHAR AS day FROM events WHERE id IN ${ev}`, affected)).map((r) => r.day as string | null);
  const rows = await db.all(
    `SELECT e.id, e.seq::DOUBLE AS seq, ${FIRST_MENTION}, list(m.evidence_text ORDER BY m.seq) AS evidence
     FROM events e JOIN mentions m ON m.event_id = e.id WHERE e.id IN ${ev} GROUP BY e.id, e.seq`, affected);
  await db.run(`DELETE FROM events WHERE id IN ${ev}`, affected);
  return { days, rebuilt: rows.map((r) => ({
    seq: r.seq as number, id: r.id as string, record: recordFrom(r), search: searchOf(r.evidence as string[]),
  })) };
}

/** Stored events that reports of this batch may join: the same key, within a day of one of them. */
async function storedCandidates(db: Database, events: Event[]): Promise<Candidate[]> {
  const wanted = new Map<string, DuckDBValue[]>();
  const dates: string[] = [];
  for (const e of events) {
    const h = happeningOf(e);
    wanted.set(`${keyOf(h)}\u0000${h.date}`, [h.source, h.target, h.root, h.negated, h.date]);
    if (h.date) dates.push(h.date);
  }
  if (wanted.size === 0) return [];
  dates.sort();
  // The bounds let DuckDB skip row groups by their date statistics before matching the reports.
  const range = dates.length ? `e.date BETWEEN ?::DATE - 1 AND ?::DATE + 1` : 'false';
  // Thousands of reports are read as rows (see rows.ts) far faster than they bind as parameters.
  const rows = await db.rows.with({ s: VARCHAR, t: VARCHAR, r: VARCHAR, n: BOOLEAN, d: DATE }, [...wanted.values()], (reports) => db.all(
    `SELECT e.id, e.seq::DOUBLE AS seq, coalesce(e.source_code, '') AS source, coalesce(e.target_code, '') AS target,
       e.cameo_root AS root, e.negated, e.date::VARCHAR AS date, e.place_name, e.place_country
     FROM events e SEMI JOIN ${reports} k
       ON coalesce(e.source_code, '') = k.s AND coalesce(e.target_code, '') = k.t AND e.cameo_root = k.r AND e.negated = k.n
         AND (e.date BETWEEN k.d - 1 AND k.d + 1 OR (e.date IS NULL AND k.d IS NULL))
     WHERE e.date IS NULL OR ${range}`,
    dates.length ? [dates[0]!, dates.at(-1)!] : []));
  return rows.map((r) => ({
    id: r.id as string, seq: r.seq as number, source: r.source as string, target: r.target as string, root: r.root as string,
    negated: r.negated as boolean, date: r.date as string | null, placeName: r.place_name as string | null, placeCountry: r.place_country as string | null,
  }));
}

/** Ids already taken by stored events, among those the batch would like to use. */
async function takenIds(db: Database, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db.all(`SELECT id FROM events WHERE id IN ${placeholders(ids.length)}`, ids);
  return new Set(rows.map((r) => r.id as string));
}

function countsOf(reports: { docId: string; source: string | null }[]): Counts {
  return {
    numMentions: reports.length,
    numSources: new Set(reports.map((r) => r.source ?? `\u0000${r.docId}`)).size,
    numArticles: new Set(reports.map((r) => r.docId)).size,
  };
}

/**
 * Recounts GDELT's figures for stored events that gained reports or were rebuilt, and adds the new
 * reports' evidence to their search text as searchOf would: `grown` maps each to that evidence.
 */
async function recount(db: Database, grown: Map<string, string[]>): Promise<void> {
  if (grown.size === 0) return;
  // Distinct values counted in lists, not with count(DISTINCT …): an event has few reports, and the
  // DISTINCT aggregate took some 30 ms a batch however few there were.
  const rows = [...grown].map(([id, evidence]) => [id, evidence.map((t) => t.toLowerCase()).join('\u0000')]);
  await db.rows.with({ id: VARCHAR, added: VARCHAR }, rows, (batch) => db.run(
    `UPDATE events SET num_mentions = c.m, num_sources = c.s, num_articles = c.a,
       search = list_reduce(string_split(c.added, chr(0)), lambda text, line: CASE WHEN contains(text, line) THEN text ELSE text || chr(10) || line END,
         coalesce(events.search, lower(events.evidence_text)))
     FROM (
       SELECT k.id, k.added, count(*)::INTEGER AS m, len(list_distinct(list(coalesce(m.doc_source, chr(0) || m.doc_id))))::INTEGER AS s,
         len(list_distinct(list(m.doc_id)))::INTEGER AS a
       FROM ${batch} k JOIN mentions m ON m.event_id = k.id GROUP BY k.id, k.added) AS c
     WHERE events.id = c.id`));
}

/** The last version of each document id in the batch, in order of first appearance. */
function lastVersions(docs: readonly DocumentToStore[]): DocumentToStore[] {
  const byId = new Map<string, DocumentToStore>();
  for (const d of docs) byId.set(d.document.id, d);
  return [...byId.values()];
}

interface NewEvent {
  seq: number;
  record: Event;
  reports: { docId: string; source: string | null; evidence: string }[];
}

/** A report as the mentions table keeps it: the event it was given, and its document's source. */
interface Report {
  seq: number;
  eventId: string;
  record: Event;
  source: string | null;
}

/**
 * Gives each report its event, in document order: the stored or new event it repeats, or a new one
 * numbered next. Returns the reports, the new events, and the stored events that gained reports.
 */
function assignReports(fresh: readonly DocumentToStore[], dedupe: Deduplicator, taken: Set<string>, firstSeq: { events: number; mentions: number }) {
  let { events: eventSeq, mentions: mentionSeq } = firstSeq;
  const created = new Map<string, NewEvent>(), grown = new Map<string, string[]>();
  const reports: Report[] = [];
  for (const d of fresh) {
    const doc = d.document, source = doc.source ?? null;
    for (const e of d.events) {
      const h = happeningOf(e);
      let id = dedupe.match(h)?.id;
      if (id === undefined) {
        id = e.id;
        for (let n = 2; taken.has(id); n++) id = `${e.id}~${n}`;
        taken.add(id);
        created.set(id, { seq: eventSeq, record: e, reports: [] });
        dedupe.add({ ...h, id, seq: eventSeq++ });
      }
      const started = created.get(id);
      if (started) started.reports.push({ docId: doc.id, source, evidence: e.evidence.text });
      else if (grown.has(id)) grown.get(id)!.push(e.evidence.text);
      else grown.set(id, [e.evidence.text]);
      reports.push({ seq: mentionSeq++, eventId: id, record: e, source });
    }
  }
  return { reports, created, grown };
}

/** The documents table's rows for `fresh`, numbered from `firstSeq`. */
function documentRows(fresh: readonly DocumentToStore[], hashes: Map<string, string>, firstSeq: number): Rows {
  const now = new Date().toISOString().replace('T', ' ').replace('Z', '');
  return rowsOf(fresh, (d, i) => {
    const doc = d.document;
    return [firstSeq + i, doc.id, doc.date, doc.title ?? null, doc.source ?? null, doc.url ?? null, doc.language ?? null, doc.text,
      hashes.get(doc.id)!, JSON.stringify(d.sentences), now, JSON.stringify({ dates: d.dates ?? [], places: d.places ?? [] })];
  });
}

/** The actor_mentions table's rows for `fresh`. */
function actorRows(fresh: readonly DocumentToStore[]): Rows {
  const mentions = fresh.flatMap((d) => d.actors.map((a) => ({ docId: d.document.id, ...a })));
  return rowsOf(mentions, (m) => [m.docId, m.sentence, ...actorValues(m.actor)]);
}

/**
 * Stores a batch of analysed documents in one transaction: all of it, or (on any error) none of it.
 * A document stored before with the same content is left alone; with other content, its reports are
 * replaced. With `dedup`, each report joins the event it repeats, or starts a new one.
 */
export async function writeBatch(db: Database, batch: readonly DocumentToStore[], dedup: boolean): Promise<BatchResult> {
  return db.transaction('writing a batch', async () => {
    await checkMode(db, dedup, true);
    const docs = lastVersions(batch);
    const result: BatchResult = { stored: 0, unchanged: 0, replaced: [], mentions: 0, newEvents: 0 };
    if (docs.length === 0) return result;
    const ids = docs.map((d) => d.document.id);
    const stored = new Map((await db.all(`SELECT id, content_hash FROM documents WHERE id IN ${placeholders(ids.length)}`, ids))
      .map((r) => [r.id as string, r.content_hash as string]));
    const hashes = new Map(docs.map((d) => [d.document.id, contentHash(d.document)]));
    const fresh = docs.filter((d) => stored.get(d.document.id) !== hashes.get(d.document.id));
    result.unchanged = docs.length - fresh.length;
    result.replaced = fresh.filter((d) => stored.has(d.document.id)).map((d) => d.document.id);
    if (fresh.length === 0) return result;

    const { rebuilt, days } = result.replaced.length ? await removeDocuments(db, result.replaced) : { rebuilt: [], days: [] };
    const events = fresh.flatMap((d) => d.events);
    const dedupe = new Deduplicator(dedup);
    const candidates: Candidate[] = dedup ? await storedCandidates(db, events) : [];
    for (const r of rebuilt) candidates.push({ ...happeningOf(r.record), id: r.id, seq: r.seq });
    candidates.sort((a, b) => a.seq - b.seq).forEach((c) => dedupe.add(c));
    // Event ids hash their document's id: only a document stored before can meet its old ids again.
    const again = new Set(result.replaced);
    const taken = await takenIds(db, [...new Set(fresh.filter((d) => again.has(d.document.id)).flatMap((d) => d.events.map((e) => e.id)))]);
    for (const r of rebuilt) taken.add(r.id);

    const seqs = await nextSeqs(db);
    const { reports, created, grown } = assignReports(fresh, dedupe, taken, seqs);
    for (const r of rebuilt) if (!grown.has(r.id)) grown.set(r.id, []);
    // Rows are made as DuckDB reads them (see rowsOf): a batch's rows and records die young.
    const eventsToStore = [
      // Rebuilt events are counted by recount, with the events that grew.
      ...rebuilt.map((r) => ({ ...r, counts: { numMentions: 0, numSources: 0, numArticles: 0 } })),
      ...[...created].map(([id, c]) => ({ seq: c.seq, id, record: c.record, counts: countsOf(c.reports), search: searchOf(c.reports.map((r) => r.evidence)) })),
    ];
    await appendRows(db, 'documents', documentRows(fresh, hashes, seqs.documents));
    await appendRows(db, 'actor_mentions', actorRows(fresh));
    await appendRows(db, 'mentions', rowsOf(reports, (r) => mentionValues(r.seq, r.eventId, r.record, r.source)));
    await appendRows(db, 'events', rowsOf(eventsToStore, (e) => eventValues(e.seq, e.id, e.record, e.counts, e.search)));
    await recount(db, grown);
    await refreshCountryDays(db, [...days, ...rebuilt.map((r) => r.record.date), ...[...created.values()].map((c) => c.record.date)]);
    result.stored = fresh.length;
    result.mentions = reports.length;
    result.newEvents = created.size;
    return result;
  });
}

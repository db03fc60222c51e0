import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CommuniqueError } from '../model/index.js';
import { Database } from './database.js';
import { countryDays, doc, type EventSpec } from './fixtures.js';
import { SCHEMA_VERSION, Store } from './index.js';

const dir = mkdtempSync(join(tmpdir(), 'communique-store-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const fresh = () => join(dir, `t${n++}.duckdb`);

async function withStore<T>(path: string, work: (s: Store) => Promise<T>): Promise<T> {
  const store = await Store.open(path);
  try { return await work(store); } finally { store.close(); }
}

describe('deduplication', () => {
  const base: EventSpec = { source: 'CHN', target: 'BRA', cameo: '040' };
  // [what differs in the second report, same event?]
  const cases: [string, Partial<EventSpec>, string | null, boolean][] = [
    ['the same report from another paper', {}, '2023-01-25', true],
    ['a day later', { shift: 1 }, '2023-01-25', true],
    ['two days later', { shift: 2 }, '2023-01-25', false],
    ['the same CAMEO root, another code', { cameo: '043' }, '2023-01-25', true],
    ['another CAMEO root', { cameo: '057' }, '2023-01-25', false],
    ['the dyad reversed', { source: 'BRA', target: 'CHN' }, '2023-01-25', false],
    ['a place where the first has none', { place: 'Nairobi' }, '2023-01-25', true],
    ['denied', { negated: true }, '2023-01-25', false],
    ['undated, the first dated', {}, null, false],
  ];
  it.each(cases)('%s', async (_, change, date2, same) => {
    const path = fresh();
    const second = doc('b', date2, 'AFP', 'China and Brazil met again.', [{ ...base, ...change }]);
    await withStore(path, async (s) => {
      await s.writeBatch([doc('a', '2023-01-25', 'Reuters', 'China and Brazil held talks.', [base])], { dedup: true });
      await s.writeBatch([second], { dedup: true });
      const { events } = await s.queryEvents({ limit: 10 });
      expect(events).toHaveLength(same ? 1 : 2);
      if (same) expect(events[0]).toMatchObject({ id: 'a-e0', numMentions: 2, numSources: 2, numArticles: 2 });
      // The words of either report find the event.
      expect((await s.queryEvents({ text: 'MET AGAIN', limit: 10 })).events.map((e) => e.id)).toEqual([same ? 'a-e0' : 'b-e0']);
      expect((await s.queryEvents({ text: 'held talks', limit: 10 })).events.map((e) => e.id)).toEqual(['a-e0']);
    });
  });

  it('gathers the same search text whether reports come in one batch or several', async () => {
    const reports = [
      doc('a', '2023-01-25', 'Reuters', 'China and Brazil held talks.', [base]),
      doc('b', '2023-01-25', 'AFP', 'China and Brazil MET again.', [base]),
      doc('c', '2023-01-25', 'EFE', 'Brazil met again', [base]), // within b's words: adds nothing
      doc('d', '2023-01-26', 'AP', 'Talks in Beijing.', [base]),
    ];
    const searches = async (batches: ReturnType<typeof doc>[][]) => {
      const path = fresh();
      await withStore(path, async (s) => { for (const batch of batches) await s.writeBatch(batch, { dedup: true }); });
      const db = await Database.open(path);
      try { return await db.all('SELECT id, search FROM events ORDER BY id'); } finally { db.close(); }
    };
    const together = await searches([reports]);
    expect(together).toEqual([{ id: 'a-e0', search: 'china and brazil held talks.\nchina and brazil met again.\ntalks in beijing.' }]);
    expect(await searches(reports.map((r) => [r]))).toEqual(together);
    expect(await searches([reports.slice(0, 1), reports.slice(1)])).toEqual(together);
  });

  it('places must agree when both reports name one', async () => {
    const path = fresh();
    await withStore(path, async (s) => {
      await s.writeBatch([
        doc('a', '2023-01-25', 'Reuters', 'China and Brazil held talks.', [{ ...base, place: 'Nairobi' }]),
        doc('b', '2023-01-25', 'Reuters', 'China and Brazil held talks.', [{ ...base, place: 'Geneva' }]),
        doc('c', '2023-01-26', 'Reuters', 'China and Brazil held talks.', [{ ...base, place: 'Nairobi' }]),
      ], { dedup: true });
      const { events } = await s.queryEvents({ limit: 10 });
      expect(events.map((e) => [e.place?.name, e.numMentions, e.numSources, e.numArticles])).toEqual([['Geneva', 1, 1, 1], ['Nairobi', 2, 1, 2]]);
    });
  });

  it('--no-dedup keeps one event per report, and the two modes do not mix', async () => {
    const path = fresh();
    const docs = [doc('a', '2023-01-25', 'Reuters', 'China and Brazil held talks.', [base]), doc('b', '2023-01-25', 'AFP', 'China and Brazil held talks.', [base])];
    await withStore(path, async (s) => {
      await s.writeBatch(docs, { dedup: false });
      expect((await s.queryEvents({ limit: 10 })).events.map((e) => e.numMentions)).toEqual([1, 1]);
      await expect(s.writeBatch([doc('c', '2023-01-25', 'AFP', 'Kenya spoke.', [{ source: 'KEN', cameo: '010' }])], { dedup: true }))
        .rejects.toThrow(/keeps one event per report \(built with --no-dedup\)/);
      expect(await s.dedupMode()).toBe('off');
    });
  });
});

describe('writing batches', () => {
  const a = doc('a', '2023-01-25', 'Reuters', 'China and Brazil held talks.', [{ source: 'CHN', target: 'BRA', cameo: '040' }]);
  const b = doc('b', '2023-01-25', 'AFP', 'China and Brazil met.', [{ source: 'CHN', target: 'BRA', cameo: '040' }, { source: 'USA', cameo: '010' }]);

  it('gives back every field of the event record it stored', async () => {
    const path = fresh();
    const full = doc('f', '2023-01-25', 'Reuters', 'Xi Jinping met Kenya in Nairobi.', [{ source: 'CHNGOV', target: 'KEN', cameo: '042', plover: 'CONSULT', place: 'Nairobi' }]);
    await withStore(path, async (s) => {
      await s.writeBatch([full], { dedup: true });
      const stored = await s.getEvent('f-e0');
      expect(stored?.event).toEqual({ ...full.events[0], numMentions: 1, numSources: 1, numArticles: 1 });
      expect(stored?.event.source).toMatchObject({ entity: 'person/chn/xi-jinping', role: 'President' });
    });
  });

  it('stores the same document once', async () => {
    const path = fresh();
    await withStore(path, async (s) => {
      expect(await s.writeBatch([a, b], { dedup: true })).toMatchObject({ stored: 2, unchanged: 0, mentions: 3, newEvents: 2 });
      expect(await s.writeBatch([a, b, a], { dedup: true })).toMatchObject({ stored: 0, unchanged: 2, mentions: 0 });
      expect(await s.counts()).toEqual({ documents: 2, events: 2, mentions: 3, actorMentions: 5 });
    });
  });

  it('replaces the reports of a document whose content changed, and rebuilds the events it shared', async () => {
    const path = fresh();
    await withStore(path, async (s) => {
      await s.writeBatch([a, b], { dedup: true });
      const changed = doc('a', '2023-01-25', 'Reuters', 'Kenya protested to China.', [{ source: 'KEN', target: 'CHN', cameo: '140' }]);
      expect(await s.writeBatch([changed], { dedup: true })).toMatchObject({ stored: 1, replaced: ['a'], newEvents: 1 });
      expect(await s.counts()).toEqual({ documents: 2, events: 3, mentions: 3, actorMentions: 5 });
      const talks = await s.getEvent('a-e0');
      // The event keeps its id; its record now comes from the report that remains (document b).
      expect(talks?.event).toMatchObject({ docId: 'b', numMentions: 1, numSources: 1, numArticles: 1 });
      const { id: _, ...fromB } = b.events[0]!;
      expect(talks?.event).toMatchObject(fromB);
      expect(talks?.mentions.map((m) => m.docId)).toEqual(['b']);
      // The replaced report's words no longer find it; those of the report that remains do.
      expect((await s.queryEvents({ text: 'held talks', limit: 10 })).events).toEqual([]);
      expect((await s.queryEvents({ text: 'brazil met', limit: 10 })).events.map((e) => e.id).sort()).toEqual(['a-e0', 'b-e1']);
      expect((await s.getEvent('a-e0~2'))?.event.source?.code).toBe('KEN');
      expect((await s.getDocument('a'))?.text).toBe('Kenya protested to China.');
      expect((await s.timeline({ country: 'KEN', limit: 50 }, 'day')).map((p) => [p.period, p.count])).toEqual([['2023-01-25', 1]]);
    });
    const { kept, counted } = await countryDays(path);
    expect(kept).toEqual(counted);
    expect(kept.length).toBeGreaterThan(0);
  });

  it('rolls a failing batch back whole, leaving the store as it was', async () => {
    const path = fresh();
    await withStore(path, async (s) => {
      await s.writeBatch([a], { dedup: true });
      const before = await s.counts();
      const broken = doc('c', '2023-01-26', 'AFP', 'Brazil spoke.', [{ source: 'BRA', cameo: '010' }]);
      Object.defineProperty(broken.events[0]!, 'rule', { get: () => { throw new Error('injected failure'); } });
      await expect(s.writeBatch([b, broken], { dedup: true })).rejects.toThrow('writing a batch failed: injected failure');
      expect(await s.counts()).toEqual(before);
      expect(await s.dedupMode()).toBe('on');
      expect(await s.writeBatch([b], { dedup: true })).toMatchObject({ stored: 1 });
    });
  });

  it('brings an older database up to date, filling what the new version adds', async () => {
    const path = fresh();
    await withStore(path, (s) => s.writeBatch([a, b], { dedup: true }));
    const db = await Database.open(path);
    await db.run('DROP TABLE country_days');
    await db.run('ALTER TABLE documents DROP COLUMN spans');
    await db.run('ALTER TABLE events DROP COLUMN search');
    await db.setMeta('schema_version', '1');
    db.close();
    await withStore(path, async (s) => expect((await s.timeline({ country: 'BRA', limit: 50 }, 'month')).map((p) => p.count)).toEqual([1]));
    const { kept, counted } = await countryDays(path);
    expect(kept).toEqual(counted);
    // documents stored before version 3 kept no dates or places: they show none
    await withStore(path, async (s) => expect(await s.getDocument(a.document.id)).toMatchObject({ dates: [], places: [] }));
    // the search text is gathered from every report: a-e0's second report is b's
    await withStore(path, async (s) => expect((await s.queryEvents({ text: 'brazil met', limit: 10 })).events.map((e) => e.id).sort()).toEqual(['a-e0', 'b-e1']));
  });

  it('refuses a database from a newer communique, naming the file and both versions', async () => {
    const path = fresh();
    await withStore(path, async () => undefined);
    const db = await Database.open(path);
    await db.setMeta('schema_version', '99');
    db.close();
    const error = await Store.open(path).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CommuniqueError);
    expect((error as CommuniqueError).describe()).toBe(`E_SCHEMA at ${path}: the database has schema version 99, newer than this communique's ${SCHEMA_VERSION}: upgrade communique to read it`);
  });

  it('says what a file that is no database is, and that a reader needs an existing file', async () => {
    await expect(Store.open(join(dir, 'missing.duckdb'), { readOnly: true })).rejects.toThrow(/no such database/);
    const { writeFileSync } = await import('node:fs');
    const notes = join(dir, 'notes.duckdb');
    writeFileSync(notes, 'not a database at all, just words written for this test');
    await expect(Store.open(notes)).rejects.toThrow(/not a communique database \(not a DuckDB file\)/);
    const other = join(dir, 'other.duckdb');
    const db = await Database.open(join(dir, 'scratch.duckdb'));
    await db.run(`ATTACH '${other}' AS other`);
    await db.run(`CREATE TABLE other.sales (amount INTEGER)`);
    await db.run(`DETACH other`);
    db.close();
    await expect(Store.open(other)).rejects.toThrow('not a communique database: a DuckDB file with other tables (sales)');
  });
});

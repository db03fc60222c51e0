import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { DuckDBInstance } from '@duckdb/node-api';
import { codeInputs } from '../dist/app/code.js';
import { ingestInputs } from '../dist/app/ingest.js';
import { createWriter } from '../dist/cli/output.js';
import { loadLexicon } from '../dist/lexicon/index.js';
import { loadGazetteer } from '../dist/lexicon/gazetteer/index.js';
import type { Event } from '../dist/model/index.js';
import { createNlpEngine } from '../dist/pipeline/nlp/index.js';
import { MIGRATIONS, Store, parseEventFilter } from '../dist/store/index.js';
import { FILL_COUNTRY_DAYS } from '../dist/store/rollup.js';
import { corpusFile, median, pairedRatio } from './frontend.js';

const discard = () => new Writable({ write(_chunk, _encoding, done) { done(); } });

/**
 * `ingest` beside `code` over the same documents (the example corpus, repeated), alternating: each
 * ingest goes into a fresh database file, opening and migrating it included.
 */
export async function benchIngest(rounds = 9, bytes = 1_200_000) {
  const corpus = corpusFile(bytes);
  const dir = mkdtempSync(join(tmpdir(), 'communique-bench-store-'));
  const nlp = createNlpEngine();
  const lexicon = loadLexicon();
  const gazetteer = loadGazetteer({ states: lexicon.data.states.values() });
  let documents = 0, events = 0, stored = 0;
  const code = async () => {
    const writer = createWriter<Event>('jsonl', discard(), []);
    const s = await codeInputs([corpus.path], { nlp, lexicon, gazetteer, onDocument: async (doc) => { for (const e of doc.events) await writer.write(e); } });
    await writer.end();
    documents = s.documents;
    events = s.events;
  };
  let run = 0;
  const ingest = async () => {
    const store = await Store.open(join(dir, `i${run++}.duckdb`));
    try {
      stored = (await ingestInputs([corpus.path], store, { nlp, lexicon, gazetteer })).totals.events;
    } finally {
      store.close();
    }
  };
  await code(); await ingest(); // warm
  const times = { code: [] as number[], ingest: [] as number[] };
  for (let i = 0; i < rounds; i++) {
    let t = performance.now(); await code(); times.code.push((performance.now() - t) / 1000);
    t = performance.now(); await ingest(); times.ingest.push((performance.now() - t) / 1000);
  }
  corpus.cleanup();
  rmSync(dir, { recursive: true, force: true });
  return { documents, events, stored, code: median(times.code), ingest: median(times.ingest), ratio: pairedRatio(times.code, times.ingest) };
}

const CACHE = join('bench', '.cache');
const SYNTHETIC = join(CACHE, `synthetic-10m-v${MIGRATIONS.at(-1)!.version}.duckdb`);

/** `total` synthetic events (ten million for the store's bench) over ten years (2015–2024), made by DuckDB itself, in date order as ingest stores them. */
export async function generate(path: string, total: number): Promise<void> {
  const store = await Store.open(path); // creates the schema
  store.close();
  const instance = await DuckDBInstance.create(path);
  const c = await instance.connect();
  const list = (xs: string[]) => `[${xs.map((x) => `'${x}'`).join(', ')}]`;
  const countries = list(['USA', 'CHN', 'RUS', 'GBR', 'FRA', 'DEU', 'JPN', 'IND', 'BRA', 'ZAF', 'NGA', 'KEN', 'EGY', 'ISR', 'PSE', 'IRN', 'IRQ', 'SYR', 'TUR', 'SAU',
    'UKR', 'POL', 'ITA', 'ESP', 'MEX', 'ARG', 'CHL', 'PER', 'COL', 'VEN', 'CAN', 'AUS', 'IDN', 'PHL', 'VNM', 'THA', 'MYS', 'KOR', 'PRK', 'PAK']);
  const sectors = list(['', 'GOV', 'MIL', 'OPP', 'BUS', 'MED']);
  const cameos = list(['010', '020', '036', '040', '042', '043', '046', '051', '057', '061', '071', '080', '090', '100', '111', '112', '120', '130', '138', '141', '163', '173', '190', '193']);
  const plovers = list(['', '', '', 'CONSULT', 'CONSULT', 'CONSULT', 'CONSULT', 'SUPPORT', 'AGREE', 'COOPERATE', 'AID', 'CONCEDE', 'CONCEDE', 'REQUEST', 'ACCUSE', 'ACCUSE',
    'REJECT', 'THREATEN', 'THREATEN', 'PROTEST', 'SANCTION', 'COERCE', 'ASSAULT', 'ASSAULT']);
  const cities = list(['Geneva', 'Nairobi', 'Beijing', 'Washington', 'Moscow', 'Paris', 'Brasilia', 'Cairo', 'Gaza', 'Kyiv', 'Tehran', 'Delhi']);
  await c.run(`INSERT INTO events SELECT
      i AS seq, 'syn-' || i AS id, 'doc-' || (i // 4) AS doc_id, 0 AS sentence,
      DATE '2015-01-01' + (i * 3652 // ${total})::INTEGER AS date, 'day',
      sc || ss, sc, nullif(ss, ''), 'state', sc || ss, sc, 0, 3, NULL, NULL,
      tc || ts, tc, nullif(ts, ''), 'state', tc || ts, tc, 10, 13, NULL, NULL,
      cameo, left(cameo, 2), 'event ' || cameo, CASE WHEN cameo < '06' THEN 1 WHEN cameo < '09' THEN 2 WHEN cameo < '14' THEN 3 ELSE 4 END,
      CASE WHEN cameo < '10' THEN 3.0 ELSE -5.0 END, nullif(plover, ''), NULL, hash(i) % 100 = 0,
      city, CASE WHEN city IS NULL THEN NULL ELSE sc END, NULL, CASE WHEN city IS NULL THEN NULL ELSE 10.0 END, CASE WHEN city IS NULL THEN NULL ELSE 20.0 END,
      NULL, CASE WHEN city IS NULL THEN NULL ELSE 'city' END,
      'Synthetic report number ' || i || ' of ' || sc || ' and ' || tc || '.', 0, 40, 'met', 20, 23, cameo || '.synthetic', 'synthetic-1',
      1 + (hash(i) % 4)::INTEGER, 1 + (hash(i) % 3)::INTEGER, 1 + (hash(i) % 3)::INTEGER,
      lower('Synthetic report number ' || i || ' of ' || sc || ' and ' || tc || '.')
    FROM (SELECT i,
      ${countries}[1 + (hash(i * 7) % 40)::INTEGER] AS sc, ${sectors}[1 + (hash(i * 11) % 6)::INTEGER] AS ss,
      ${countries}[1 + (hash(i * 13) % 40)::INTEGER] AS tc, ${sectors}[1 + (hash(i * 17) % 6)::INTEGER] AS ts,
      ${cameos}[1 + (hash(i * 19) % 24)::INTEGER] AS cameo, ${plovers}[list_position(${cameos}, cameo)] AS plover,
      CASE WHEN hash(i * 23) % 3 = 0 THEN ${cities}[1 + (hash(i * 29) % 12)::INTEGER] END AS city
      FROM range(1, ${total} + 1) t(i))`);
  await c.run(FILL_COUNTRY_DAYS);
  await c.run('CHECKPOINT');
  c.closeSync();
  instance.closeSync();
}

async function time<T>(work: () => Promise<T>, runs = 15): Promise<number> {
  await work();
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await work();
    ms.push(performance.now() - t);
  }
  return median(ms);
}

/** Medians of the store's three headline queries over ten million synthetic events (cached in bench/.cache). */
export async function benchQueries(total = 10_000_000) {
  let generatedIn: number | undefined;
  if (!existsSync(SYNTHETIC)) {
    mkdirSync(CACHE, { recursive: true });
    const partial = `${SYNTHETIC}.partial`;
    rmSync(partial, { force: true });
    const t = performance.now();
    await generate(partial, total);
    renameSync(partial, SYNTHETIC);
    generatedIn = (performance.now() - t) / 1000;
  }
  const store = await Store.open(SYNTHETIC, { readOnly: true });
  try {
    const events = (await store.counts()).events;
    const timeline = await time(() => store.timeline(parseEventFilter({ country: 'CHN' }), 'month'));
    const timelineScan = await time(() => store.timeline(parseEventFilter({ country: 'CHN', cameo: '04' }), 'month'));
    const dyads = await time(() => store.topDyads(parseEventFilter({ from: '2020-01-01', to: '2020-12-31', limit: 50 })));
    const page = await time(() => store.queryEvents(parseEventFilter({ country: 'CHN', limit: 50 })));
    const pageCameo = await time(() => store.queryEvents(parseEventFilter({ country: 'CHN', cameo: '04', limit: 50 })));
    const pageAll = await time(() => store.queryEvents(parseEventFilter({ limit: 50 })));
    const pageYear = await time(() => store.queryEvents(parseEventFilter({ dyad: 'USA,CHN', from: '2019-01-01', to: '2019-12-31', limit: 50 })));
    return { events, generatedIn, path: SYNTHETIC, timeline, timelineScan, dyads, page, pageCameo, pageAll, pageYear };
  } finally {
    store.close();
  }
}

// Hand-built documents and events for the store's tests: short texts written for them, with spans
// that point into the text as the pipeline's would.
import type { Actor, Event, Place } from '../model/index.js';
import type { DocumentToStore } from './write.js';
import { Database } from './database.js';
import { FILL_COUNTRY_DAYS } from './rollup.js';

const ACTORS: Record<string, Omit<Actor, 'text' | 'span'>> = {
  CHN: { code: 'CHN', country: 'CHN', sector: null, kind: 'state', name: 'China' },
  CHNGOV: { code: 'CHNGOV', country: 'CHN', sector: 'GOV', kind: 'person', name: 'Xi Jinping', entity: 'person/chn/xi-jinping', role: 'President' },
  BRA: { code: 'BRA', country: 'BRA', sector: null, kind: 'state', name: 'Brazil' },
  USA: { code: 'USA', country: 'USA', sector: null, kind: 'state', name: 'United States' },
  KEN: { code: 'KEN', country: 'KEN', sector: null, kind: 'state', name: 'Kenya' },
};

export const PLACES: Record<string, Place> = {
  Nairobi: { name: 'Nairobi', country: 'KEN', admin1: 'Nairobi', lat: -1.28, lon: 36.82, geonameId: 184745, precision: 'city' },
  Geneva: { name: 'Geneva', country: 'CHE', admin1: 'Geneva', lat: 46.2, lon: 6.14, geonameId: 2660646, precision: 'city' },
};

export interface EventSpec {
  source: string;
  target?: string;
  cameo: string;
  plover?: Event['plover'];
  /** Days after the document's date (default 0). */
  shift?: number;
  place?: string;
  negated?: boolean;
}

function shiftDate(date: string, days: number): string {
  return new Date(Date.parse(date) + days * 86_400_000).toISOString().slice(0, 10);
}

function actorIn(text: string, code: string): Actor {
  const a = ACTORS[code]!;
  const at = Math.max(0, text.indexOf(a.name));
  return { ...a, text: text.slice(at, at + a.name.length), span: [at, at + a.name.length] };
}

/**
 * A document whose one sentence reports the given events: `doc('d1', '2023-01-25', 'Reuters',
 * 'China and Brazil held talks.', [{ source: 'CHN', target: 'BRA', cameo: '040' }])`.
 */
export function doc(id: string, date: string | null, source: string | undefined, text: string, specs: EventSpec[]): DocumentToStore {
  const events = specs.map((s, i): Event => ({
    id: `${id}-e${i}`,
    docId: id,
    sentence: 0,
    date: date === null ? null : shiftDate(date, s.shift ?? 0),
    datePrecision: date === null ? null : 'day',
    source: actorIn(text, s.source),
    target: s.target ? actorIn(text, s.target) : null,
    cameo: s.cameo,
    cameoName: `code ${s.cameo}`,
    quadClass: s.cameo < '06' ? 1 : s.cameo < '09' ? 2 : s.cameo < '14' ? 3 : 4,
    goldstein: s.cameo < '10' ? 3 : -5,
    plover: s.plover ?? null,
    ploverMode: null,
    negated: s.negated ?? false,
    place: s.place ? PLACES[s.place]! : null,
    evidence: { text, span: [0, text.length] },
    trigger: { text: text.split(' ')[1] ?? text, span: [0, 1] },
    rule: `${s.cameo}.test`,
    lexicon: 'test-1',
  }));
  const sourceCodes = new Set(specs.flatMap((s) => [s.source, s.target].filter((c): c is string => !!c)));
  return {
    document: { id, date, text, source, title: `Report ${id}`, url: `https://example.org/${id}`, meta: {}, origin: { file: 'fixture.jsonl', line: 1, format: 'jsonl' } },
    sentences: [[0, text.length]],
    actors: [...sourceCodes].map((c) => ({ sentence: 0, actor: actorIn(text, c) })),
    events,
  };
}

/** Every table's rows, without the time of storage, for comparing two databases. */
export async function tables(path: string): Promise<{ documents: unknown[]; events: unknown[]; mentions: unknown[]; actors: unknown[]; countryDays: unknown[] }> {
  const db = await Database.open(path, { readOnly: true });
  try {
    return {
      documents: await db.all(`SELECT * EXCLUDE (ingested_at) REPLACE (seq::DOUBLE AS seq, date::VARCHAR AS date) FROM documents ORDER BY seq`),
      events: await db.all(`SELECT * REPLACE (seq::DOUBLE AS seq, date::VARCHAR AS date, place_geoname_id::DOUBLE AS place_geoname_id) FROM events ORDER BY seq`),
      mentions: await db.all(`SELECT * REPLACE (seq::DOUBLE AS seq, date::VARCHAR AS date) FROM mentions ORDER BY seq`),
      actors: await db.all(`SELECT * FROM actor_mentions ORDER BY doc_id, sentence, actor_start, actor_code`),
      countryDays: await db.all(`SELECT country, day::VARCHAR AS day, n, goldstein_sum FROM country_days ORDER BY country, day`),
    };
  } finally {
    db.close();
  }
}


/** country_days as kept, and as counted afresh from the events: equal when the rollup is right. */
export async function countryDays(path: string): Promise<{ kept: unknown[]; counted: unknown[] }> {
  const db = await Database.open(path, { readOnly: true });
  try {
    const read = (table: string) => db.all(`SELECT country, day::VARCHAR AS day, n, goldstein_sum FROM ${table} ORDER BY country, day`);
    const kept = await read('country_days');
    await db.run(`CREATE TEMP TABLE fresh AS SELECT * FROM country_days LIMIT 0`);
    await db.run(FILL_COUNTRY_DAYS.replace('INSERT INTO country_days', 'INSERT INTO fresh'));
    return { kept, counted: await read('fresh') };
  } finally {
    db.close();
  }
}

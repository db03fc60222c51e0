import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { doc } from './fixtures.js';
import { Store, parseEventFilter } from './index.js';

const dir = mkdtempSync(join(tmpdir(), 'communique-query-'));
let store: Store;

// Six reports, five happenings: d1 and d2 report the same talks.
const DOCS = [
  doc('d1', '2023-01-25', 'Reuters', 'China and Brazil held talks in Nairobi.', [{ source: 'CHN', target: 'BRA', cameo: '040', plover: 'CONSULT', place: 'Nairobi' }]),
  doc('d2', '2023-01-26', 'AFP', 'China and Brazil held talks.', [{ source: 'CHN', target: 'BRA', cameo: '043', plover: 'CONSULT' }]),
  doc('d3', '2023-02-10', 'AFP', 'Xi Jinping criticised the United States.', [{ source: 'CHNGOV', target: 'USA', cameo: '111', plover: 'ACCUSE' }]),
  doc('d4', '2023-03-05', 'Reuters', 'Kenya protested to China in Geneva.', [{ source: 'KEN', target: 'CHN', cameo: '141', plover: 'PROTEST', place: 'Geneva' }]),
  doc('d5', '2022-12-30', 'Reuters', 'The United States spoke.', [{ source: 'USA', cameo: '010' }]),
  doc('d6', null, undefined, 'Brazil and Kenya signed an accord.', [{ source: 'BRA', target: 'KEN', cameo: '057', plover: 'AGREE' }]),
];

beforeAll(async () => {
  store = await Store.open(join(dir, 'q.duckdb'));
  await store.writeBatch(DOCS.slice(0, 3), { dedup: true });
  await store.writeBatch(DOCS.slice(3), { dedup: true });
});
afterAll(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

const ids = async (filter: Record<string, unknown>) => (await store.queryEvents(parseEventFilter(filter))).events.map((e) => e.docId);

describe('queries', () => {
  // [filter, documents of the events found, newest first]
  const cases: [Record<string, unknown>, string[]][] = [
    [{}, ['d4', 'd3', 'd1', 'd5', 'd6']],
    [{ from: '2023-01-26' }, ['d4', 'd3']],
    [{ from: '2023-01-01', to: '2023-02-10' }, ['d3', 'd1']],
    [{ actor: 'CHN' }, ['d4', 'd3', 'd1']],
    [{ actor: 'CHNGOV' }, ['d3']],
    [{ actor: 'xi jin' }, ['d3']],
    [{ country: 'KEN' }, ['d4', 'd6']],
    [{ dyad: 'CHN,BRA' }, ['d1']],
    [{ dyad: 'CHN,USA' }, ['d3']],
    [{ cameo: '14' }, ['d4']],
    [{ cameo: '111' }, ['d3']],
    [{ plover: 'AGREE' }, ['d6']],
    [{ quad: '4' }, ['d4']],
    [{ quad: 3 }, ['d3']],
    [{ place: 'nairo' }, ['d1']],
    [{ placeCountry: 'CHE' }, ['d4']],
    [{ text: 'PROTESTED' }, ['d4']],
    [{ text: 'held talks.' }, ['d1']], // in the second report's evidence only
    [{ country: 'CHN', limit: '2' }, ['d4', 'd3']],
  ];
  it.each(cases)('%j finds %j', async (filter, expected) => {
    expect(await ids(filter)).toEqual(expected);
  });

  // [filter, message]
  const bad: [Record<string, unknown>, string][] = [
    [{ from: '2023-13-45' }, 'from: not a real calendar day (got "2023-13-45")'],
    [{ to: '2023-02-29' }, 'to: not a real calendar day (got "2023-02-29")'],
    [{ from: '2023-02-01', to: '2023-01-01' }, 'from: 2023-02-01 is after to (2023-01-01)'],
    [{ country: 'China' }, 'country: expected an ISO 3166 alpha-3 code such as "CHN" (got "China")'],
    [{ dyad: 'CHN' }, 'dyad: expected SOURCE,TARGET codes such as "CHN,USA" (got "CHN")'],
    [{ quad: '5' }, 'quad: Too big: expected number to be <=4 (got "5")'],
    [{ limit: 'ten' }, 'limit: Invalid input: expected number, received NaN (got "ten")'],
    [{ colour: 'red' }, 'unknown filter "colour"'],
    [{ cursor: 'nonsense' }, 'cursor: not a cursor this store gave out'],
  ];
  it.each(bad)('refuses %j', (filter, message) => {
    expect(() => parseEventFilter(filter)).toThrow(message);
  });

  it('pages through events with a cursor', async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await store.queryEvents(parseEventFilter({ limit: 2, cursor }));
      seen.push(...page.events.map((e) => e.docId));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toEqual(['d4', 'd3', 'd1', 'd5', 'd6']);
  });

  it('gives an event with every report, and a document with its spans', async () => {
    const talks = await store.getEvent('d1-e0');
    expect(talks?.event).toMatchObject({ cameo: '040', numMentions: 2, numSources: 2, numArticles: 2, place: { name: 'Nairobi', country: 'KEN' } });
    expect(talks?.mentions.map((m) => [m.docId, m.docSource, m.date, m.evidence.text])).toEqual([
      ['d1', 'Reuters', '2023-01-25', 'China and Brazil held talks in Nairobi.'],
      ['d2', 'AFP', '2023-01-26', 'China and Brazil held talks.'],
    ]);
    expect(await store.getEvent('nope')).toBeUndefined();
    const d3 = await store.getDocument('d3');
    expect(d3).toMatchObject({ id: 'd3', date: '2023-02-10', source: 'AFP', url: 'https://example.org/d3', sentences: [[0, 40]] });
    expect(d3?.actors.map((a) => [a.actor.code, d3.text.slice(...a.actor.span)])).toEqual([['CHNGOV', 'Xi Jinping'], ['USA', 'United States']]);
    expect(d3?.actors[0]?.actor).toMatchObject({ entity: 'person/chn/xi-jinping', role: 'President' });
    expect(d3?.mentions.map((m) => m.eventId)).toEqual(['d3-e0']);
    expect(d3?.ingestedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(await store.getDocument('nope')).toBeUndefined();
  });
});

describe('aggregates', () => {
  it('counts events per month, week and day, with the Goldstein mean and sum', async () => {
    expect(await store.timeline(parseEventFilter({}), 'month')).toEqual([
      { period: '2022-12-01', count: 1, goldsteinMean: 3, goldsteinSum: 3 },
      { period: '2023-01-01', count: 1, goldsteinMean: 3, goldsteinSum: 3 },
      { period: '2023-02-01', count: 1, goldsteinMean: -5, goldsteinSum: -5 },
      { period: '2023-03-01', count: 1, goldsteinMean: -5, goldsteinSum: -5 },
    ]);
    expect((await store.timeline(parseEventFilter({ country: 'CHN' }), 'week')).map((p) => p.period)).toEqual(['2023-01-23', '2023-02-06', '2023-02-27']);
    // A country and dates are read from country_days; any other filter from the events: they agree.
    const fast = await store.timeline(parseEventFilter({ country: 'CHN', from: '2023-02-01' }), 'month');
    expect(fast).toEqual([{ period: '2023-02-01', count: 1, goldsteinMean: -5, goldsteinSum: -5 }, { period: '2023-03-01', count: 1, goldsteinMean: -5, goldsteinSum: -5 }]);
    expect(await store.timeline(parseEventFilter({ country: 'CHN', from: '2023-02-01', cameo: '1' }), 'month')).toEqual(fast);
    expect((await store.timeline(parseEventFilter({ from: '2023-01-01' }), 'day')).map((p) => p.period)).toEqual(['2023-01-25', '2023-02-10', '2023-03-05']);
  });

  it('ranks dyads, actors and places', async () => {
    expect((await store.topDyads(parseEventFilter({ limit: 2 }))).map((d) => [d.source, d.target, d.count])).toEqual([['BRA', 'KEN', 1], ['CHN', 'BRA', 1]]);
    expect((await store.topActors(parseEventFilter({}))).slice(0, 3)).toEqual([
      { code: 'BRA', name: 'Brazil', country: 'BRA', count: 2 },
      { code: 'CHN', name: 'China', country: 'CHN', count: 2 },
      { code: 'KEN', name: 'Kenya', country: 'KEN', count: 2 },
    ]);
    expect(await store.topPlaces(parseEventFilter({}))).toEqual([
      { name: 'Geneva', country: 'CHE', lat: 46.2, lon: 6.14, count: 1 },
      { name: 'Nairobi', country: 'KEN', lat: -1.28, lon: 36.82, count: 1 },
    ]);
  });

  it('finds actors by code prefix or name', async () => {
    expect((await store.searchActors('CHN')).map((a) => [a.code, a.count])).toEqual([['CHN', 3], ['CHNGOV', 1]]);
    expect((await store.searchActors('united')).map((a) => a.code)).toEqual(['USA']);
  });
});

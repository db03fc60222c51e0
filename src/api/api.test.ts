import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { serve, type ServerType } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestDocuments } from '../app/ingest.js';
import { loadLexicon } from '../lexicon/index.js';
import { loadGazetteer } from '../lexicon/gazetteer/index.js';
import { EventFilter, type Document, type StoredDocument } from '../model/index.js';
import { createPipeline } from '../pipeline/index.js';
import { Store } from '../store/index.js';
import { engine } from '../../test/helpers/front-end.js';
import { scratch } from '../../test/helpers/files.js';
import { createApp } from './app.js';
import { checkMayPost } from './documents.js';

// The real server on a real database file, over HTTP on 127.0.0.1.
const files = scratch();
const lexicon = loadLexicon();
const coder = createPipeline({ nlp: engine, lexicon, gazetteer: loadGazetteer({ states: lexicon.data.states.values() }) });

const REPORTS: [string, string, string][] = [
  ['r1', '2023-03-14', 'NAIROBI, March 14 -- Kenya and Ethiopia signed a trade agreement in Nairobi on Monday. Kenya\'s president praised Ethiopia.'],
  ['r2', '2023-03-15', 'Ethiopia and Kenya signed an agreement on trade on Monday, officials said.'],
  ['r3', '2023-05-02', 'Protesters rallied in Lima on Sunday. Peru condemned Chile over the border dispute.'],
];
const doc = (id: string, date: string, text: string): Document => ({ id, date, text, meta: {}, origin: { file: id, format: 'text' } });

let store: Store, server: ServerType, base = '', secured: ServerType, securedBase = '';
const get = async (path: string, at = base) => {
  const r = await fetch(at + path);
  return { status: r.status, body: (await r.json()) as Record<string, any> };
};
const post = async (path: string, body: unknown, headers: Record<string, string> = {}, at = base) => {
  const r = await fetch(at + path, { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json', ...headers } });
  return { status: r.status, body: (await r.json()) as Record<string, any> };
};
const listen = (app: ReturnType<typeof createApp>) => new Promise<[ServerType, string]>((resolve) => {
  const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) => resolve([s, `http://127.0.0.1:${info.port}`]));
});

beforeAll(async () => {
  store = await Store.open(join(files.dir, 'api.duckdb'));
  await ingestDocuments(REPORTS.map(([id, date, text]) => doc(id, date, text)), store, coder);
  [server, base] = await listen(createApp({ store, coder: () => coder }, 'test'));
  [secured, securedBase] = await listen(createApp({ store, coder: () => coder, token: 's3cret' }, 'test'));
});
afterAll(() => {
  server?.close();
  secured?.close();
  store?.close();
});

describe('the REST API', () => {
  it('pages events newest first under the filters', async () => {
    const all = await get('/api/events');
    expect(all.status).toBe(200);
    expect(all.body.events.length).toBeGreaterThanOrEqual(3);
    const dates = all.body.events.map((e: { date: string }) => e.date);
    expect(dates).toEqual([...dates].sort().reverse());
    const kenya = await get('/api/events?country=KEN&cameo=057');
    expect(kenya.body.events.length).toBeGreaterThan(0);
    for (const e of kenya.body.events) expect([e.source?.country, e.target?.country]).toContain('KEN');
    // the two reports of one signing are one event with two mentions
    expect(kenya.body.events.some((e: { numMentions: number }) => e.numMentions === 2)).toBe(true);
    const first = await get('/api/events?limit=1');
    expect(first.body.events).toHaveLength(1);
    const next = await get(`/api/events?limit=1&cursor=${encodeURIComponent(first.body.nextCursor)}`);
    expect(next.body.events[0].id).not.toBe(first.body.events[0].id);
  });

  // [request, status, error code, words the message must hold]
  const errors: [string, number, string, RegExp][] = [
    ['/api/events?bogus=1', 400, 'E_PARAM', /unknown parameter "bogus"/],
    ['/api/events?from=2023-13-45', 400, 'E_PARAM', /"from": not a real calendar day/],
    ['/api/events?country=Kenya', 400, 'E_PARAM', /"country"/],
    ['/api/events?limit=0', 400, 'E_PARAM', /"limit"/],
    ['/api/events?country=KEN&country=ETH', 400, 'E_PARAM', /given 2 times/],
    ['/api/stats/timeline?interval=year', 400, 'E_PARAM', /"interval"/],
    ['/api/actors', 400, 'E_PARAM', /"q"/],
    ['/api/events/no-such-event', 404, 'E_NOT_FOUND', /no event "no-such-event"/],
    ['/api/documents/no-such-document', 404, 'E_NOT_FOUND', /no document/],
    ['/api/nothing-here', 404, 'E_NOT_FOUND', /no such API path/],
  ];
  it.each(errors)('answers %s with %i %s', async (path, status, code, message) => {
    const r = await get(path);
    expect(r.status).toBe(status);
    expect(r.body.error.code).toBe(code);
    expect(r.body.error.message).toMatch(message);
  });

  it('gives an event with every report of it, and a document with every span', async () => {
    const { body: page } = await get('/api/events?country=KEN&cameo=057');
    const id = page.events.find((e: { numMentions: number }) => e.numMentions === 2).id;
    const one = await get(`/api/events/${id}`);
    expect(one.status).toBe(200);
    expect(one.body.mentions.map((m: { docId: string }) => m.docId).sort()).toEqual(['r1', 'r2']);
    const d = (await get("/api/documents/r1")).body as unknown as StoredDocument;
    expect(d.text).toBe(REPORTS[0]![2]);
    for (const [s, e] of d.sentences) expect(e).toBeGreaterThan(s);
    for (const a of d.actors) expect(d.text.slice(...a.actor.span)).toBe(a.actor.text);
    for (const m of d.mentions) expect(d.text.slice(...m.trigger.span)).toBe(m.trigger.text);
    expect(d.dates.map((x) => `${d.text.slice(...x.span)} ${x.date}`)).toEqual(['March 14 2023-03-14', 'Monday 2023-03-13']);
    expect(d.places.map((x) => `${d.text.slice(...x.span)} ${x.use}`)).toEqual(['NAIROBI dateline', 'Nairobi locative']);
  });

  it('finds actors, and counts by period, dyad, actor and place', async () => {
    const actors = await get('/api/actors?q=kenya');
    expect(actors.body.actors.map((a: { code: string }) => a.code)).toContain('KENGOV');
    const timeline = await get('/api/stats/timeline?interval=month&country=KEN');
    expect(timeline.body).toMatchObject({ interval: 'month', points: [{ period: '2023-03-01' }] });
    expect(timeline.body.points[0].count).toBeGreaterThan(0);
    const dyads = await get('/api/stats/dyads?limit=5');
    expect(dyads.body.dyads.length).toBeGreaterThan(0);
    expect(dyads.body.dyads[0]).toEqual(expect.objectContaining({ count: expect.any(Number), goldsteinMean: expect.any(Number) }));
    const places = await get('/api/stats/places');
    expect(places.body.places.map((p: { name: string }) => p.name)).toContain('Nairobi');
    const top = await get('/api/stats/actors?limit=3');
    expect(top.body.actors.length).toBeGreaterThan(0);
  });

  it('codes a report without storing it', async () => {
    const before = await store.counts();
    const r = await post('/api/code', { text: 'Brazil and Argentina held talks in Buenos Aires on Tuesday.', date: '2023-06-01' });
    expect(r.status).toBe(200);
    expect(r.body.events.map((e: { source: { code: string } }) => e.source.code)).toContain('BRA');
    expect(r.body.events[0]).toMatchObject({ date: '2023-05-30', place: { name: 'Buenos Aires', country: 'ARG' } });
    expect(r.body.places[0]).toMatchObject({ text: 'Buenos Aires', use: 'locative' });
    expect(await store.counts()).toEqual(before);
    const bad = await post('/api/code', { text: '' });
    expect(bad).toMatchObject({ status: 400, body: { error: { code: 'E_BODY', message: expect.stringMatching(/"text"/) } } });
  });

  it('stores a posted report once, and asks for the token where the server has one', async () => {
    const report = { text: 'Chile and Bolivia held talks in Santiago on Friday.', date: '2023-06-03', id: 'posted-1' };
    // answers are kept until the store changes: the same question, asked again after a post, sees it
    expect((await get('/api/events?country=BOL')).body.events).toEqual([]);
    const first = await post('/api/documents', report);
    expect(first).toMatchObject({ status: 201, body: { id: 'posted-1', stored: true } });
    expect(first.body.events.length).toBeGreaterThan(0);
    expect(await post('/api/documents', report)).toMatchObject({ status: 200, body: { stored: false } });
    expect((await get('/api/documents/posted-1')).status).toBe(200);
    expect((await get('/api/events?country=BOL')).body.events.length).toBeGreaterThan(0);
    const other = { ...report, id: 'posted-2' };
    expect(await post('/api/documents', other, {}, securedBase)).toMatchObject({ status: 401, body: { error: { code: 'E_TOKEN' } } });
    expect(await post('/api/documents', other, { authorization: 'Bearer s3cret' }, securedBase)).toMatchObject({ status: 201 });
  });

  // [server token, Authorization header, client address, allowed]
  const posting: [string | undefined, string | undefined, string | undefined, boolean][] = [
    [undefined, undefined, '127.0.0.1', true],
    [undefined, undefined, '::1', true],
    [undefined, undefined, '::ffff:127.0.0.1', true],
    [undefined, undefined, '192.168.1.20', false],
    [undefined, undefined, undefined, false],
    ['t', 'Bearer t', '192.168.1.20', true],
    ['t', 'Bearer x', '127.0.0.1', false],
    ['t', undefined, '127.0.0.1', false],
  ];
  it.each(posting)('token %s, header %s, from %s: allowed %s', (token, header, address, allowed) => {
    const check = () => checkMayPost(token, header, address);
    if (allowed) expect(check).not.toThrow();
    else expect(check).toThrow();
  });

  it('publishes an OpenAPI document made from the same schemas', async () => {
    const { status, body } = await get('/openapi.json');
    expect(status).toBe(200);
    expect(body.openapi).toBe('3.1.0');
    expect(Object.keys(body.paths)).toEqual(expect.arrayContaining(['/api/events', '/api/events/{id}', '/api/documents', '/api/documents/{id}', '/api/code', '/api/actors', '/api/stats/timeline', '/api/stats/dyads', '/api/stats/places']));
    expect(body.paths['/api/events'].get.parameters.map((p: { name: string }) => p.name)).toEqual(Object.keys(EventFilter.shape));
  });
});

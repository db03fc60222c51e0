import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StoredEvent } from '../model/index.js';
import { doc } from './fixtures.js';
import { GDELT_COLUMNS, Store } from './index.js';

const dir = mkdtempSync(join(tmpdir(), 'communique-export-'));
const path = join(dir, 'x.duckdb');

beforeAll(async () => {
  const store = await Store.open(path);
  await store.writeBatch([
    doc('d1', '2023-01-25', 'Reuters', 'China and Brazil held talks in Nairobi.', [{ source: 'CHN', target: 'BRA', cameo: '043', plover: 'CONSULT', place: 'Nairobi' }]),
    doc('d2', '2023-01-26', 'AFP', 'China and Brazil held talks.', [{ source: 'CHN', target: 'BRA', cameo: '040', plover: 'CONSULT' }]),
    doc('d3', '2023-02-10', 'AFP', 'The United States spoke,\tsaid Kenya.', [{ source: 'USA', cameo: '010' }]),
  ], { dedup: true });
  store.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function exported(format: Parameters<Store['exportEvents']>[0], name: string) {
  const store = await Store.open(path, { readOnly: true });
  try {
    const out = join(dir, name);
    return { result: await store.exportEvents(format, out), out };
  } finally {
    store.close();
  }
}

describe('exports', () => {
  it('writes JSON Lines events that the model validates', async () => {
    const { result, out } = await exported('jsonl', 'e.jsonl');
    expect(result).toEqual({ events: 2, skipped: 0 });
    const events = readFileSync(out, 'utf8').trim().split('\n').map((l) => StoredEvent.parse(JSON.parse(l)));
    expect(events.map((e) => [e.id, e.numMentions, e.numSources])).toEqual([['d1-e0', 2, 2], ['d3-e0', 1, 1]]);
  });

  it("writes GDELT 2.0's 61 columns in the codebook's order", async () => {
    expect(GDELT_COLUMNS).toHaveLength(61);
    expect([0, 1, 4, 5, 15, 25, 26, 29, 30, 31, 34, 35, 51, 58, 59, 60].map((i) => GDELT_COLUMNS[i]![0])).toEqual([
      'GlobalEventID', 'Day', 'FractionDate', 'Actor1Code', 'Actor2Code', 'IsRootEvent', 'EventCode', 'QuadClass', 'GoldsteinScale',
      'NumMentions', 'AvgTone', 'Actor1Geo_Type', 'ActionGeo_Type', 'ActionGeo_FeatureID', 'DATEADDED', 'SOURCEURL',
    ]);
    const { out } = await exported('gdelt', 'e.tsv');
    const rows = readFileSync(out, 'utf8').trimEnd().split('\n').map((l) => l.split('\t'));
    expect(rows.map((r) => r.length)).toEqual([61, 61]);
    const row = Object.fromEntries(GDELT_COLUMNS.map(([name], i) => [name, rows[0]![i]]));
    expect(row).toMatchObject({
      GlobalEventID: '1', Day: '20230125', MonthYear: '202301', Year: '2023', FractionDate: '2023.0685',
      Actor1Code: 'CHN', Actor1Name: 'CHINA', Actor1CountryCode: 'CHN', Actor2Code: 'BRA', IsRootEvent: '1',
      EventCode: '043', EventBaseCode: '043', EventRootCode: '04', QuadClass: '1', GoldsteinScale: '3',
      NumMentions: '2', NumSources: '2', NumArticles: '2', AvgTone: '', Actor1Geo_Type: '0',
      ActionGeo_Type: '4', ActionGeo_FullName: 'Nairobi, Nairobi, KEN', ActionGeo_Lat: '-1.28', ActionGeo_FeatureID: '184745',
      SOURCEURL: 'https://example.org/d1',
    });
    expect(row.DATEADDED).toMatch(/^\d{14}$/);
  });

  it('writes PLOVER records, leaving out events PLOVER has no type for', async () => {
    const { result, out } = await exported('plover', 'e.plover.jsonl');
    expect(result).toEqual({ events: 1, skipped: 1 });
    expect(JSON.parse(readFileSync(out, 'utf8'))).toMatchObject({
      event_id: 'd1-e0', event_date: '2023-01-25', event_type: 'CONSULT', source_actor: 'China', source_country: 'CHN',
      target_actor: 'Brazil', place_name: 'Nairobi', latitude: -1.28, event_text: 'China and Brazil held talks in Nairobi.', num_sources: 2,
    });
  });

  it('writes CSV and Parquet through DuckDB', async () => {
    const csv = await exported('csv', 'e.csv');
    const lines = readFileSync(csv.out, 'utf8').trim().split('\n');
    expect(lines[0]).toMatch(/^id,doc_id,sentence,date,/);
    expect(lines).toHaveLength(3);
    const parquet = await exported('parquet', 'e.parquet');
    expect(parquet.result.events).toBe(2);
    const memory = await DuckDBInstance.create(':memory:');
    const c = await memory.connect();
    const rows = (await c.runAndReadAll(`SELECT id, num_mentions FROM read_parquet('${parquet.out}') ORDER BY id`)).getRowObjectsJS();
    expect(rows).toEqual([{ id: 'd1-e0', num_mentions: 2 }, { id: 'd3-e0', num_mentions: 1 }]);
    c.closeSync();
    memory.closeSync();
  });

  it('leaves no half file when writing fails', async () => {
    const before = readdirSync(dir).sort();
    for (const format of ['jsonl', 'parquet'] as const) {
      await expect(exported(format, join('no-such-folder', 'e.out'))).rejects.toThrow(/^cannot write the export|failed/);
    }
    expect(readdirSync(dir).sort()).toEqual(before);
  });
});

describe('a database another process holds', () => {
  it('is refused with a clear message', async () => {
    const holder = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e',
      `const { DuckDBInstance } = await import('@duckdb/node-api');
       const db = await DuckDBInstance.create(${JSON.stringify(path)}); console.log('ready'); setTimeout(() => {}, 30000);`], { stdio: ['ignore', 'pipe', 'inherit'] });
    try {
      await new Promise<void>((resolve, reject) => {
        holder.stdout.on('data', (d: Buffer) => { if (d.toString().includes('ready')) resolve(); });
        holder.on('exit', () => reject(new Error('the holder exited')));
      });
      const error = await Store.open(path, { readOnly: true }).catch((e: { describe(): string }) => e.describe());
      expect(error).toBe(`E_LOCKED at ${path}: the database is in use by process ${holder.pid}; close it there first (DuckDB allows one writer)`);
    } finally {
      holder.kill('SIGKILL');
    }
  });
});

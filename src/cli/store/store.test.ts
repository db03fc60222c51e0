import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cli } from '../../../test/helpers/cli.js';
import { scratch } from '../../../test/helpers/files.js';
import { countryDays, tables } from '../../store/fixtures.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const files = scratch();

const STATES = ['Chile', 'Peru', 'Brazil', 'Argentina', 'Kenya', 'China', 'Japan', 'France'];
const TEMPLATES = ['{a} and {b} held talks.', '{a} criticised {b}.', '{a} signed an agreement with {b}.', '{a} protested against {b}.'];

/** `n` short reports written for these tests; papers repeat the same stories on nearby days. */
function feed(n: number): string {
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    const a = STATES[i % STATES.length]!, b = STATES[(i * 3 + 1) % STATES.length]!;
    const text = TEMPLATES[i % TEMPLATES.length]!.replace('{a}', a).replace('{b}', b === a ? 'Peru' : b);
    const day = String(1 + (i % 27)).padStart(2, '0');
    lines.push(JSON.stringify({ id: `r${i}`, date: `2023-0${1 + (i % 3)}-${day}`, source: ['Wire A', 'Wire B', 'Wire C'][i % 3], text }));
  }
  return lines.join('\n') + '\n';
}

const small = files.write('small.jsonl', feed(12));

describe('communique ingest, query and export', () => {
  it('ingests, says so, and stores a document only once', async () => {
    const db = join(files.dir, 'a.duckdb');
    const first = await cli(['ingest', small, '--db', db, '--batch', '5']);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^documents\s+12 read: 12 new, 0 replaced, 0 already stored$/m);
    const events = Number(/(\d+) events, \d+ reports/.exec(first.stdout)![1]);
    expect(events).toBeGreaterThan(5);
    const again = await cli(['ingest', small, '--db', db]);
    expect(again.stdout).toMatch(/^documents\s+12 read: 0 new, 0 replaced, 12 already stored$/m);
    expect(again.stdout).toContain(`${events} events`);

    const changed = files.write('changed.jsonl', JSON.stringify({ id: 'r0', date: '2023-01-01', text: 'Kenya protested against Japan.' }));
    const replaced = await cli(['ingest', changed, '--db', db]);
    expect(replaced.stderr).toContain(`${changed}:1: W_REPLACED document r0 was stored before with other content: its events were replaced`);
    const { kept, counted } = await countryDays(db);
    expect(kept).toEqual(counted);
    expect((await cli(['ingest', small, '--db', db, '--no-dedup'])).stderr).toMatch(/E_STORE_MODE at .*a\.duckdb: the database deduplicates events across reports; --no-dedup cannot add to it/);

    const table = await cli(['query', '--db', db, '--country', 'KEN', '--format', 'table']);
    expect(table.stdout.split('\n')[0]).toMatch(/^id\s+date\s+source\s+target\s+cameo\s+plover/);
    expect(table.stdout).toContain('Kenya protested against Japan.');
    const month = await cli(['query', '--db', db, '--by', 'month', '--format', 'csv']);
    expect(month.stdout.split('\n').slice(0, 2)).toEqual(['period,count,goldsteinMean,goldsteinSum', expect.stringMatching(/^2023-01-01,\d+,/)]);
    const top = await cli(['query', '--db', db, '--top', 'actors', '--limit', '3']);
    expect(top.stdout.trim().split('\n')).toHaveLength(3);

    const out = join(files.dir, 'a.tsv');
    const exported = await cli(['export', '--db', db, '--format', 'gdelt', '--out', out]);
    const written = Number(/wrote (\d+) events to/.exec(exported.stderr)?.[1]);
    expect(readFileSync(out, 'utf8').replace(/\n$/, '').split('\n').map((l) => l.split('\t').length)).toEqual(Array(written).fill(61));
  });

  // [arguments, what stderr says]
  const usage: [string[], RegExp][] = [
    [['query', '--db', 'x.duckdb', '--from', '2023-13-45'], /^communique: E_USAGE: --from: not a real calendar day \(got "2023-13-45"\)$/],
    [['query', '--db', 'x.duckdb', '--place-country', 'Kenya'], /--place-country: expected an ISO 3166 alpha-3 code/],
    [['query', '--db', 'x.duckdb', '--colour', 'red'], /Unknown option '--colour'/],
    [['query', '--db', 'x.duckdb', '--quad', '7'], /--quad must be one of 1, 2, 3, 4, not "7"/],
    [['query', '--from', '2023-01-01'], /--db FILE is required/],
    [['query', '--db', 'x.duckdb', '--by', 'month', '--top', 'dyads'], /--by and --top cannot be combined/],
    [['ingest', small, '--db', 'x.duckdb', '--batch', '0'], /--batch must be a whole number of 1 or more, not "0"/],
    [['export', '--db', 'x.duckdb', '--format', 'xml', '--out', 'x'], /--format must be one of jsonl, csv, parquet, gdelt, plover/],
  ];
  it.each(usage)('refuses %j with status 2', async (args, message) => {
    const r = await cli(args);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toMatch(message);
  });

  it('ends with what a clean run stores when killed with -9 and run again', async () => {
    const big = files.write('big.jsonl', feed(300));
    const clean = join(files.dir, 'clean.duckdb'), crashed = join(files.dir, 'crashed.duckdb');
    const args = (db: string) => ['--import', 'tsx', 'src/cli/bin.ts', 'ingest', big, '--db', db, '--batch', '3', '--quiet'];
    const child = spawn(process.execPath, args(crashed), { cwd: ROOT, stdio: 'ignore' });
    const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
    // Kill it once some batches have reached the write-ahead log.
    const wal = `${crashed}.wal`;
    for (let i = 0; i < 1500 && !(existsSync(wal) && statSync(wal).size > 20_000); i++) await new Promise((r) => setTimeout(r, 10));
    child.kill('SIGKILL');
    await exited;
    const partial = await tables(crashed);
    expect(partial.documents.length).toBeGreaterThan(0);
    expect(partial.documents.length).toBeLessThan(600);

    const rerun = spawnSync(process.execPath, args(crashed), { cwd: ROOT, encoding: 'utf8' });
    expect(rerun.stderr).toBe('');
    expect(rerun.status).toBe(0);
    expect(rerun.stdout).toMatch(new RegExp(`300 read: ${300 - partial.documents.length} new, 0 replaced, ${partial.documents.length} already stored`));
    expect((await cli(['ingest', big, '--db', clean, '--batch', '3', '--quiet'])).code).toBe(0);
    const [want, got] = [await tables(clean), await tables(crashed)];
    expect(want.documents).toHaveLength(300);
    expect(got.events.length).toBe(want.events.length);
    expect(got).toEqual(want);
  });
});

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, describe, expect, it } from 'vitest';
import { Database } from './database.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'communique-database-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const threads = async (db: Database) => (await db.all(`SELECT current_setting('threads')::INTEGER AS n`))[0]!.n;

describe('singleThreaded', () => {
  it('gives DuckDB one thread for the work, and its threads back for the next statement', async () => {
    const db = await Database.open(join(dir, 'a.duckdb'));
    try {
      await db.run('SET threads = 3');
      expect(await db.singleThreaded(() => threads(db))).toBe(1);
      expect(await threads(db)).toBe(3);
      await expect(db.singleThreaded(async () => { throw new Error('failed'); })).rejects.toThrow('failed');
      expect(await threads(db)).toBe(3);
      await db.singleThreaded(async () => undefined);
      expect(await db.singleThreaded(() => threads(db))).toBe(1); // one after another, without a statement between
      expect(await threads(db)).toBe(3);
    } finally {
      db.close();
    }
  });
});

describe('read', () => {
  it('answers many statements at once on connections of its own, which see committed data only', async () => {
    const db = await Database.open(join(dir, 'b.duckdb'));
    try {
      await db.run('CREATE TABLE t (x INTEGER)');
      await db.run('INSERT INTO t SELECT range FROM range(1000)');
      const sums = await Promise.all(Array.from({ length: 8 }, (_, i) => db.read(`SELECT sum(x)::INTEGER + ? AS n FROM t`, [i])));
      expect(sums.map((r) => r[0]!.n)).toEqual(Array.from({ length: 8 }, (_, i) => 499_500 + i));
      const count = async () => (await db.read('SELECT count(*)::INTEGER AS n FROM t'))[0]!.n;
      await db.transaction('adding a row', async () => {
        await db.run('INSERT INTO t VALUES (1000)');
        expect(await count()).toBe(1000);
      });
      expect(await count()).toBe(1001);
      await db.run('SET threads = 3');
      await db.singleThreaded(async () => undefined);
      expect((await db.read(`SELECT current_setting('threads')::INTEGER AS n`))[0]!.n).toBe(3);
    } finally {
      db.close();
    }
  });
});

describe('storage format', () => {
  const format = async (db: Database) => (await db.all(`SELECT tags['storage_version'] AS v FROM duckdb_databases() WHERE database_name = current_database()`))[0]!.v;
  it('is DuckDB 1.5’s for a new file, and stays what it was for a file made before', async () => {
    const older = join(dir, 'older.duckdb');
    (await DuckDBInstance.create(older)).closeSync();
    for (const [path, expected] of [[join(dir, 'new.duckdb'), 'v1.5.0+'], [older, 'v1.0.0+']]) {
      const db = await Database.open(path!);
      try {
        expect(await format(db)).toBe(expected);
      } finally {
        db.close();
      }
    }
  });
});

describe('a database its writer was killed holding', () => {
  it('finds every stored row by its indexes after a command that only reads and closes', async () => {
    const path = join(dir, 'killed.duckdb');
    // A writer stores reports of one event and is killed before it closes the file: its batches are
    // in the write-ahead log.
    const writer = `const { Store } = await import('./src/store/index.ts');
      const { doc } = await import('./src/store/fixtures.ts');
      const s = await Store.open(${JSON.stringify(path)});
      const spec = { source: 'CHN', target: 'BRA', cameo: '040' };
      for (let i = 0; i < 4; i++) await s.writeBatch([doc('d' + i, '2023-01-25', 'Wire ' + i, 'China and Brazil held talks.', [spec])], { dedup: true });
      process.kill(process.pid, 'SIGKILL');`;
    spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', writer], { cwd: ROOT });
    expect(existsSync(`${path}.wal`)).toBe(true);
    (await Database.open(path)).close(); // replays the log, writes nothing, checkpoints
    const db = await Database.open(path, { readOnly: true });
    try {
      const count = async (where: string) => (await db.all(`SELECT count(*)::INTEGER AS n FROM mentions WHERE ${where}`))[0]!.n;
      const [{ id }] = await db.all(`SELECT id FROM events`) as [{ id: string }];
      expect(await count(`event_id || '' = '${id}'`)).toBe(4); // a scan
      expect(await count(`event_id = '${id}'`)).toBe(4); // the index
      expect(await count(`doc_id = 'd2'`)).toBe(1);
    } finally {
      db.close();
    }
  });
});

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BOOLEAN, DATE, INTEGER, VARCHAR, type DuckDBValue } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Database } from './database.js';
import { appendRows } from './rows.js';

const dir = mkdtempSync(join(tmpdir(), 'communique-rows-'));
let db: Database;
beforeAll(async () => { db = await Database.open(join(dir, 'r.duckdb')); });
afterAll(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('rows from JS as a relation', () => {
  // [rows, what SQL reads back] — more rows than a data chunk holds come in several chunks.
  const many = Array.from({ length: 5000 }, (_, i) => [`k${i}`, i, i % 2 === 0, null]);
  const cases: [string, DuckDBValue[][], Record<string, unknown>][] = [
    ['none', [], { n: 0, top: null, s: null, f: 0, d: null }],
    ['values and nulls', [['a', 1, true, '2023-01-25'], [null, null, null, null]], { n: 2, top: 1, s: 'a', f: 1, d: '2023-01-25' }],
    ['several chunks', many, { n: 5000, top: 4999, s: 'k999', f: 2500, d: null }],
  ];
  it.each(cases)('%s', async (_, rows, expected) => {
    const got = await db.rows.with({ s: VARCHAR, i: INTEGER, b: BOOLEAN, d: DATE }, rows, (relation) => db.all(
      `SELECT count(*)::INTEGER AS n, max(i) AS top, max(s) AS s, (count(*) FILTER (WHERE b))::INTEGER AS f, max(d)::VARCHAR AS d FROM ${relation}`));
    expect(got[0]).toEqual(expected);
  });

  it('appends in the table’s column order, inside the caller’s transaction', async () => {
    await db.run(`CREATE TABLE t (seq BIGINT, day DATE, stamp TIMESTAMP, name VARCHAR NOT NULL)`);
    await db.transaction('appending', () => appendRows(db, 't', [[1, '2024-02-29', '2024-03-01 12:30:00.250', 'x']]));
    await expect(db.transaction('appending', async () => {
      await appendRows(db, 't', [[2, null, null, 'y']]);
      await appendRows(db, 't', [[3, null, null, null]]);
    })).rejects.toThrow(/appending failed: .*NOT NULL/);
    expect(await db.all(`SELECT seq::INTEGER AS seq, day::VARCHAR AS day, stamp::VARCHAR AS stamp, name FROM t`))
      .toEqual([{ seq: 1, day: '2024-02-29', stamp: '2024-03-01 12:30:00.25', name: 'x' }]);
  });

  it('fails the statement, not the process, on a value the column cannot hold', async () => {
    await expect(db.rows.with({ i: INTEGER }, [['not a number']], (relation) => db.all(`SELECT * FROM ${relation}`))).rejects.toThrow();
    expect(await db.rows.with({ i: INTEGER }, [[7]], (relation) => db.all(`SELECT i FROM ${relation}`))).toEqual([{ i: 7 }]);
  });
});

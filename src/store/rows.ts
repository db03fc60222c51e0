import {
  DuckDBTableFunction, DuckDBTypeId, INTEGER, dateValue, timestampValue,
  type DuckDBConnection, type DuckDBDataChunk, type DuckDBType, type DuckDBValue,
} from '@duckdb/node-api';
import type { Database } from './database.js';

/** Column names and types, in order: `{ id: VARCHAR, day: DATE }`. */
export type Columns = Readonly<Record<string, DuckDBType>>;

/**
 * Rows, each its values in column order: an array, or a list that makes each row as DuckDB reads it
 * (see `rowsOf`), so that the values live a moment instead of for the whole batch.
 */
export interface Rows {
  readonly length: number;
  at(index: number): readonly DuckDBValue[] | undefined;
}

/** `items` as rows, made one at a time by `row` as they are read. */
export function rowsOf<T>(items: readonly T[], row: (item: T, index: number) => readonly DuckDBValue[]): Rows {
  return { length: items.length, at: (index) => row(items[index]!, index) };
}

type Convert = (v: DuckDBValue) => DuckDBValue;

/** How a JS value becomes a value of each column type the schema uses; dates and times come as text. */
function converterFor(type: DuckDBTypeId): Convert {
  switch (type) {
    case DuckDBTypeId.BIGINT: return (v) => BigInt(v as number);
    case DuckDBTypeId.DATE: return (v) => dateValue(Math.round(Date.parse(`${v as string}T00:00:00Z`) / 86_400_000));
    case DuckDBTypeId.TIMESTAMP: return (v) => timestampValue(BigInt(Date.parse(`${(v as string).replace(' ', 'T')}Z`)) * 1000n);
    default: return (v) => v;
  }
}

/** Rows a data chunk holds: DuckDB's vector size. */
const CHUNK_ROWS = 2048;

interface Scan {
  types: DuckDBType[];
  names: string[];
  convert: Convert[];
  rows: Rows;
}

/** Fills `chunk` with rows from `next` on, a whole column per call into DuckDB; returns how many. */
function fill(chunk: DuckDBDataChunk, scan: Scan, next: number): number {
  const count = Math.max(0, Math.min(CHUNK_ROWS, scan.rows.length - next));
  chunk.rowCount = count;
  if (count === 0) return 0;
  const rows = Array.from({ length: count }, (_, i) => scan.rows.at(next + i)!);
  chunk.setColumns(scan.types.map((_, c) => rows.map((r) => {
    const v = r[c];
    return v === null || v === undefined ? null : scan.convert[c]!(v);
  })));
  return count;
}

const FUNCTION = 'communique_rows';

/**
 * Rows held in JS, readable in SQL as `communique_rows(key)`: a table function DuckDB scans on its
 * own threads, asking the JS thread for a data chunk at a time. A statement that inserts or joins
 * them runs asynchronously, where an appender's flush (the rows into the transaction, and into the
 * tables' indexes) would block the JS thread, which during ingest is coding the next batch.
 */
export class RowSource {
  private readonly scans = new Map<number, Scan>();
  private nextKey = 0;
  private registered = false;

  constructor(private readonly connection: DuckDBConnection) {}

  /** Runs `use` with `rows` (values in the order of `columns`) as a relation: `${relation}` in its SQL. */
  async with<T>(columns: Columns, rows: Rows, use: (relation: string) => Promise<T>): Promise<T> {
    this.register();
    const key = this.nextKey++;
    const types = Object.values(columns);
    this.scans.set(key, { types, names: Object.keys(columns), convert: types.map((t) => converterFor(t.typeId)), rows });
    try {
      return await use(`${FUNCTION}(${key})`);
    } finally {
      this.scans.delete(key);
    }
  }

  private register(): void {
    if (this.registered) return;
    this.connection.registerTableFunction(DuckDBTableFunction.create({
      name: FUNCTION,
      parameterTypes: [INTEGER],
      bindFunction: (info) => {
        const scan = this.scans.get(info.getParameter(0) as number);
        if (!scan) throw new Error(`${FUNCTION}: no rows under key ${String(info.getParameter(0))}`);
        scan.types.forEach((t, i) => info.addResultColumn(scan.names[i]!, t));
        info.setBindData(scan);
      },
      initFunction: (info) => info.setInitData({ next: 0 }),
      mainFunction: (info, output) => {
        const state = info.initData as { next: number };
        state.next += fill(output, info.bindData as Scan, state.next);
      },
    }));
    this.registered = true;
  }
}

/** Appends rows, values in the table's column order, in the statement's transaction. */
export async function appendRows(db: Database, table: string, rows: Rows): Promise<void> {
  if (rows.length === 0) return;
  await db.rows.with(await db.columnsOf(table), rows, (relation) => db.run(`INSERT INTO ${table} SELECT * FROM ${relation}`));
}

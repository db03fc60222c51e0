import { DuckDBDataChunk, DuckDBTypeId, dateValue, timestampValue, type DuckDBValue } from '@duckdb/node-api';
import type { Database } from './database.js';

/** "(?, ?, ?)" for n values. */
export function placeholders(n: number): string {
  return `(${Array.from({ length: n }, () => '?').join(', ')})`;
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

/**
 * Appends rows in the table's column order through DuckDB's appender, a data chunk of whole columns
 * at a time: one call into DuckDB per column rather than one per value, which dominated ingest.
 */
export async function appendRows(db: Database, table: string, rows: readonly DuckDBValue[][]): Promise<void> {
  if (rows.length === 0) return;
  const appender = await db.connection.createAppender(table);
  try {
    const types = Array.from({ length: appender.columnCount }, (_, i) => appender.columnType(i));
    const convert = types.map((t) => converterFor(t.typeId));
    for (let start = 0; start < rows.length; start += CHUNK_ROWS) {
      const slice = rows.slice(start, start + CHUNK_ROWS);
      const chunk = DuckDBDataChunk.create(types, slice.length);
      chunk.setColumns(types.map((_, c) => slice.map((r) => {
        const v = r[c];
        return v === null || v === undefined ? null : convert[c]!(v);
      })));
      appender.appendDataChunk(chunk);
    }
    appender.closeSync(); // flushes
  } catch (e) {
    try { appender.clear(); appender.closeSync(); } catch { /* the first error is the one to report */ }
    throw e;
  }
}

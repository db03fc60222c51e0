import { DuckDBTypeId, type DuckDBAppender, type DuckDBValue } from '@duckdb/node-api';
import type { Database } from './database.js';

/** "(?, ?, ?)" for n values. */
export function placeholders(n: number): string {
  return `(${Array.from({ length: n }, () => '?').join(', ')})`;
}

type Append = (a: DuckDBAppender, v: DuckDBValue) => void;

/** How to append a JS value to a column of each type the schema uses; dates and times go as text. */
function appenderFor(type: DuckDBTypeId): Append {
  switch (type) {
    case DuckDBTypeId.BOOLEAN: return (a, v) => a.appendBoolean(v as boolean);
    case DuckDBTypeId.TINYINT: return (a, v) => a.appendTinyInt(v as number);
    case DuckDBTypeId.INTEGER: return (a, v) => a.appendInteger(v as number);
    case DuckDBTypeId.BIGINT: return (a, v) => a.appendBigInt(BigInt(v as number));
    case DuckDBTypeId.DOUBLE: return (a, v) => a.appendDouble(v as number);
    case DuckDBTypeId.VARCHAR: case DuckDBTypeId.DATE: case DuckDBTypeId.TIMESTAMP: return (a, v) => a.appendVarchar(v as string);
    default: return (a, v) => a.appendValue(v);
  }
}

/**
 * Appends rows in the table's column order through DuckDB's appender, with the append call each
 * column's type takes (several times faster than INSERT, or than letting the appender guess).
 */
export async function appendRows(db: Database, table: string, rows: readonly DuckDBValue[][]): Promise<void> {
  if (rows.length === 0) return;
  const appender = await db.connection.createAppender(table);
  try {
    const columns = Array.from({ length: appender.columnCount }, (_, i) => appenderFor(appender.columnType(i).typeId));
    for (const row of rows) {
      for (let i = 0; i < columns.length; i++) {
        const v = row[i];
        if (v === null || v === undefined) appender.appendNull();
        else columns[i]!(appender, v);
      }
      appender.endRow();
    }
    appender.closeSync(); // flushes
  } catch (e) {
    try { appender.clear(); appender.closeSync(); } catch { /* the first error is the one to report */ }
    throw e;
  }
}

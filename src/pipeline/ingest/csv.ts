import { parse } from 'csv-parse/sync';
import type { Diagnostic } from '../../model/index.js';
import { documentFromRecord, type ReadResult } from './record.js';

interface Row {
  record: Record<string, string>;
  line: number;
}

/**
 * CSV with a header row naming the same columns as JSON Lines; `text` is required. A malformed row is
 * reported with its line and skipped; rows before a fatal error (an unclosed quote) are kept.
 */
export function readCsv(content: string, file: string): ReadResult[] {
  const rows: Row[] = [];
  const problems: Diagnostic[] = [];
  let columns: string[] = [];
  try {
    parse(content, {
      columns: (header: string[]) => (columns = header.map((h) => h.trim())),
      bom: true,
      relax_column_count: true,
      skip_empty_lines: true,
      skip_records_with_error: true,
      on_skip: (err) => {
        const e = err as (Error & { lines?: number }) | undefined;
        // csv-parse may report one bad row more than once
        if (e && problems.at(-1)?.line !== e.lines) problems.push({ level: 'error', code: 'E_CSV', file, line: e.lines, message: `${e.message}: row skipped` });
      },
      on_record: (record: Record<string, string>, context) => {
        rows.push({ record, line: context.lines });
        return null;
      },
    });
  } catch (e) {
    const err = e as Error & { lines?: number };
    problems.push({ level: 'error', code: 'E_CSV', file, line: err.lines, message: `${err.message}: the rest of the file is skipped` });
  }
  if (columns.length > 0 && !columns.some((c) => c.toLowerCase() === 'text')) {
    return [{ diagnostics: [{ level: 'error', code: 'E_CSV_COLUMNS', file, line: 1, message: `no "text" column (found: ${columns.join(', ')}): file skipped` }] }];
  }
  const results: ReadResult[] = rows.map(({ record, line }) => documentFromRecord(record, { file, line, format: 'csv' }));
  if (problems.length) results.push({ diagnostics: problems });
  if (rows.length === 0 && problems.length === 0) results.push({ diagnostics: [{ level: 'warning', code: 'W_EMPTY', file, message: 'no rows to read' }] });
  return results;
}

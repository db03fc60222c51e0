import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import { basename, dirname, join } from 'node:path';
import { JSDuckDBValueConverter } from '@duckdb/node-api';
import { CommuniqueError } from '../model/index.js';
import { EVENT_SELECT, eventFrom } from './columns.js';
import { storeError, type Database, type Row } from './database.js';
import { gdeltLine, type ExportRow } from './gdelt.js';
import { ploverRecord } from './plover.js';

export const EXPORT_FORMATS = ['jsonl', 'csv', 'parquet', 'gdelt', 'plover'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportResult {
  events: number;
  /** Events left out because the format cannot hold them (statements in PLOVER). */
  skipped: number;
}

const literal = (s: string) => `'${s.replaceAll("'", "''")}'`;

/** The flat events table for CSV and Parquet: every column but the internal sequence number. */
const FLAT = `SELECT * EXCLUDE (seq, search) FROM events ORDER BY seq`;

/** Streams every event with its document's URL and storage time, in the order stored. */
async function* exportRows(db: Database): AsyncGenerator<ExportRow> {
  const result = await db.stream(
    `SELECT ${EVENT_SELECT}, d.url AS doc_url, strftime(d.ingested_at, '%Y%m%d%H%M%S') AS doc_added
     FROM events e LEFT JOIN documents d ON d.id = e.doc_id ORDER BY e.seq`);
  for await (const rows of result.yieldConvertedRowObjects(JSDuckDBValueConverter)) {
    for (const row of rows as Row[]) {
      yield { seq: row.seq as number, event: eventFrom(row), url: row.doc_url as string | null, added: (row.doc_added as string | null) ?? '' };
    }
  }
}

/** Writes lines to `path`, honouring back-pressure; any write error (a full disk) rejects. */
async function writeLines(path: string, lines: AsyncIterable<string | null>): Promise<ExportResult> {
  const out = createWriteStream(path);
  let failure: Error | undefined;
  out.on('error', (e) => { failure = e; });
  const result: ExportResult = { events: 0, skipped: 0 };
  let buffer = '';
  for await (const line of lines) {
    if (failure) break;
    if (line === null) { result.skipped++; continue; }
    result.events++;
    buffer += line + '\n';
    if (buffer.length > 1 << 16) {
      if (!out.write(buffer)) await Promise.race([once(out, 'drain'), once(out, 'error')]);
      buffer = '';
    }
  }
  if (!failure) out.end(buffer);
  else out.destroy();
  await finished(out).catch((e: Error) => { failure ??= e; });
  if (failure) throw failure;
  return result;
}

async function* lines(db: Database, format: 'jsonl' | 'gdelt' | 'plover'): AsyncGenerator<string | null> {
  for await (const r of exportRows(db)) {
    if (format === 'jsonl') yield JSON.stringify(r.event);
    else if (format === 'gdelt') yield gdeltLine(r);
    else {
      const record = ploverRecord(r);
      yield record ? JSON.stringify(record) : null;
    }
  }
}

/**
 * Exports every event to `out` in `format`. It writes a temporary file beside `out` and renames it
 * at the end, so a failed export leaves no half file (and an older `out` as it was).
 */
export async function exportEvents(db: Database, format: ExportFormat, out: string): Promise<ExportResult> {
  const temporary = join(dirname(out), `.${basename(out)}.${process.pid}.partial`);
  try {
    let result: ExportResult;
    if (format === 'csv' || format === 'parquet') {
      const options = format === 'csv' ? '(FORMAT csv, HEADER true)' : '(FORMAT parquet, COMPRESSION zstd)';
      await db.run(`COPY (${FLAT}) TO ${literal(temporary)} ${options}`);
      const rows = await db.all(`SELECT count(*)::INTEGER AS n FROM events`);
      result = { events: rows[0]!.n as number, skipped: 0 };
    } else {
      result = await writeLines(temporary, lines(db, format));
    }
    await rename(temporary, out);
    return result;
  } catch (e) {
    await rm(temporary, { force: true });
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOSPC' || code === 'EACCES' || code === 'ENOENT' || code === 'EROFS') {
      throw new CommuniqueError('E_WRITE', `cannot write the export: ${(e as Error).message}`, { file: out }, { cause: e });
    }
    throw storeError(db.path, e, 'exporting');
  }
}

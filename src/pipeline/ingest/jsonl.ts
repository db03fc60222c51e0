import { isUtf8 } from 'node:buffer';
import type { Diagnostic, Origin } from '../../model/index.js';
import { firstInvalidUtf8, looksBinary } from './decode.js';
import { documentFromRecord, type ReadResult } from './record.js';

/**
 * Splits a byte stream into lines without decoding the whole file, numbering them from 1; the lines of
 * each chunk come together, so that reading does not wait on a promise per line.
 */
async function* lines(chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>): AsyncGenerator<{ bytes: Buffer; line: number }[]> {
  let rest: Buffer = Buffer.alloc(0);
  let line = 0;
  for await (const chunk of chunks) {
    const buf = rest.length ? Buffer.concat([rest, chunk]) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    const batch: { bytes: Buffer; line: number }[] = [];
    let from = 0;
    for (let nl = buf.indexOf(10, from); nl >= 0; nl = buf.indexOf(10, from)) {
      batch.push({ bytes: buf.subarray(from, nl), line: ++line });
      from = nl + 1;
    }
    rest = Buffer.from(buf.subarray(from));
    if (batch.length) yield batch;
  }
  if (rest.length) yield [{ bytes: rest, line: ++line }];
}

function parseLine(text: string, origin: Origin): ReadResult {
  const where = { file: origin.file, line: origin.line };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { diagnostics: [{ level: 'error', code: 'E_JSON', ...where, message: `malformed JSON (${(e as Error).message}): line skipped` }] };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    const found = Array.isArray(value) ? 'an array' : value === null ? 'null' : `a ${typeof value}`;
    return { diagnostics: [{ level: 'error', code: 'E_RECORD', ...where, message: `expected a JSON object per line, found ${found}: line skipped` }] };
  }
  return documentFromRecord(value as Record<string, unknown>, origin);
}

/**
 * JSON Lines, one `{id, date, text, …}` per line, read as a stream. A bad line is reported with its
 * number and skipped; the other lines are still read.
 */
export async function* readJsonl(chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>, file: string): AsyncGenerator<ReadResult> {
  let binary = false;
  async function* checked(): AsyncGenerator<Uint8Array> {
    let first = true;
    for await (const chunk of chunks) {
      if (first && looksBinary(chunk)) {
        binary = true;
        return;
      }
      first = false;
      yield chunk;
    }
  }
  let any = false;
  for await (const batch of lines(checked())) for (const { bytes, line } of batch) {
    const origin: Origin = { file, line, format: 'jsonl' };
    const diagnostics: Diagnostic[] = [];
    const bad = isUtf8(bytes) ? -1 : firstInvalidUtf8(bytes);
    if (bad >= 0) {
      diagnostics.push({ level: 'warning', code: 'W_ENCODING', file, line, message: `invalid UTF-8 at byte ${bad} of the line: bad bytes read as U+FFFD` });
    }
    const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
    if (text.trim() === '') continue;
    any = true;
    const result = parseLine(text, origin);
    yield { document: result.document, diagnostics: [...diagnostics, ...result.diagnostics] };
  }
  if (binary) yield { diagnostics: [{ level: 'error', code: 'E_BINARY', file, message: 'binary file, not JSON Lines: skipped' }] };
  else if (!any) yield { diagnostics: [{ level: 'warning', code: 'W_EMPTY', file, message: 'no records to read' }] };
}

/** A JSON file holding an array of records, read whole. */
export function readJsonArray(content: string, file: string): ReadResult[] {
  let value: unknown;
  try {
    value = JSON.parse(content);
  } catch (e) {
    return [{ diagnostics: [{ level: 'error', code: 'E_JSON', file, message: `malformed JSON (${(e as Error).message}): file skipped` }] }];
  }
  if (!Array.isArray(value)) return [parseLine(content, { file, format: 'jsonl' })];
  return value.map((item, i) =>
    typeof item === 'object' && item !== null && !Array.isArray(item)
      ? documentFromRecord(item as Record<string, unknown>, { file, format: 'jsonl' })
      : { diagnostics: [{ level: 'error', code: 'E_RECORD', file, field: `[${i}]`, message: 'expected a JSON object: item skipped' }] },
  );
}

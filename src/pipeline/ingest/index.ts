import { createReadStream } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Diagnostic, InputFormat } from '../../model/index.js';
import { decodeBytes } from './decode.js';
import { formatFromName, sniffFormat } from './detect.js';
import { readCsv } from './csv.js';
import { readHtml } from './html.js';
import { readJsonArray, readJsonl } from './jsonl.js';
import type { ReadResult } from './record.js';
import { readText } from './text.js';

export type { ReadResult } from './record.js';
export { normalizeDate, stableId } from './fields.js';
export { sniffFormat, formatFromName } from './detect.js';

export interface ReadOptions {
  /** Force a format instead of guessing it from the name and content. */
  format?: InputFormat;
  /** Where `-` reads from; process.stdin by default. */
  stdin?: AsyncIterable<Uint8Array>;
}

const STDIN = '<stdin>';

function failure(file: string, code: string, message: string): ReadResult {
  return { diagnostics: [{ level: 'error', code, file, message } satisfies Diagnostic] };
}

/** Reads decoded content in one of the formats held whole in memory. */
function readContent(content: string, format: InputFormat, file: string): ReadResult[] {
  switch (format) {
    case 'text': return [readText(content, { file, format })];
    case 'csv': return readCsv(content, file);
    case 'html': return [readHtml(content, file)];
    case 'jsonl': return content.trimStart().startsWith('[') ? readJsonArray(content, file) : [];
  }
}

async function* readBytes(bytes: Uint8Array, file: string, forced?: InputFormat): AsyncGenerator<ReadResult> {
  if (bytes.length === 0) {
    yield { diagnostics: [{ level: 'warning', code: 'W_EMPTY', file, message: 'empty file: nothing to read' }] };
    return;
  }
  const { text, diagnostics } = decodeBytes(bytes, file);
  if (diagnostics.length) yield { diagnostics };
  if (text === null) return;
  const format = forced ?? (file === STDIN ? undefined : formatFromName(file)) ?? sniffFormat(text);
  if (format === 'jsonl' && !text.trimStart().startsWith('[')) {
    yield* readJsonl([Buffer.from(text)], file);
    return;
  }
  yield* readContent(text, format, file);
}

async function* readFileAt(path: string, forced?: InputFormat): AsyncGenerator<ReadResult> {
  const format = forced ?? formatFromName(path);
  // JSON Lines can be far larger than memory: stream them, unless it is a .json array.
  if (format === 'jsonl' && !/\.json$/i.test(path)) {
    yield* readJsonl(createReadStream(path, { highWaterMark: 1 << 20 }), path);
    return;
  }
  yield* readBytes(await readFile(path), path, forced);
}

async function* walk(dir: string): AsyncGenerator<string> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const path = join(dir, e.name);
    if (e.isDirectory()) yield* walk(path);
    else if (e.isFile() && formatFromName(path)) yield path;
  }
}

function fileError(path: string, e: unknown): ReadResult {
  const code = (e as NodeJS.ErrnoException).code;
  const reason = code === 'ENOENT' ? 'no such file or folder' : code === 'EACCES' ? 'permission denied' : (e as Error).message;
  return failure(path, 'E_FILE', `cannot read: ${reason}`);
}

/**
 * Documents from files, folders (recursively, files with a known extension) and `-` for stdin, in
 * order. Each result carries a document, diagnostics, or both; nothing is thrown for bad input.
 */
export async function* readInputs(paths: readonly string[], options: ReadOptions = {}): AsyncGenerator<ReadResult> {
  for (const path of paths) {
    if (path === '-') {
      const chunks: Uint8Array[] = [];
      for await (const chunk of options.stdin ?? process.stdin) chunks.push(chunk);
      yield* readBytes(Buffer.concat(chunks), STDIN, options.format);
      continue;
    }
    try {
      const info = await stat(path);
      if (info.isDirectory()) {
        for await (const file of walk(path)) {
          try { yield* readFileAt(file, options.format); } catch (e) { yield fileError(file, e); }
        }
      } else {
        yield* readFileAt(path, options.format);
      }
    } catch (e) {
      yield fileError(path, e);
    }
  }
}

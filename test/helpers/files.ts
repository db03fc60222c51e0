import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll } from 'vitest';
import { readInputs, type ReadOptions, type ReadResult } from '../../src/pipeline/ingest/index.js';

/** A temporary folder for a test file's inputs, removed when the file's tests end. */
export function scratch(): { dir: string; write(name: string, content: string | Uint8Array): string } {
  const dir = mkdtempSync(join(tmpdir(), 'communique-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return {
    dir,
    write(name, content) {
      const path = join(dir, name);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, content);
      return path;
    },
  };
}

/** Everything readInputs yields, split into documents and diagnostics. */
export async function readAll(paths: string[], options?: ReadOptions) {
  const results: ReadResult[] = [];
  for await (const r of readInputs(paths, options)) results.push(r);
  return {
    documents: results.flatMap((r) => (r.document ? [r.document] : [])),
    diagnostics: results.flatMap((r) => r.diagnostics),
  };
}

/** An async stream of one chunk, standing in for stdin. */
export async function* stream(content: string | Uint8Array): AsyncGenerator<Uint8Array> {
  yield typeof content === 'string' ? Buffer.from(content) : content;
}

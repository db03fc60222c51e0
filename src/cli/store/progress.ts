import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { IngestProgress } from '../../app/ingest.js';
import { formatFromName } from '../../pipeline/ingest/index.js';

const ONE_PER_FILE = new Set(['.txt', '.text', '.html', '.htm', '.xhtml']);
const LINES = new Set(['.jsonl', '.ndjson']);

async function countLines(path: string, minus: number): Promise<number> {
  let n = 0, last = 10;
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) n++;
    last = chunk[chunk.length - 1] ?? last;
  }
  return Math.max(0, n + (last === 10 ? 0 : 1) - minus);
}

async function countPath(path: string): Promise<number | undefined> {
  const info = await stat(path);
  if (info.isDirectory()) {
    let n = 0;
    const entries = await readdir(path, { withFileTypes: true });
    for (const e of entries) {
      if (e.name.startsWith('.')) continue;
      const child = join(path, e.name);
      if (!e.isDirectory() && !(e.isFile() && formatFromName(child))) continue; // as readInputs walks
      const c = await countPath(child);
      if (c === undefined) return undefined;
      n += c;
    }
    return n;
  }
  const ext = extname(path).toLowerCase();
  if (ONE_PER_FILE.has(ext)) return 1;
  if (LINES.has(ext)) return countLines(path, 0);
  if (ext === '.csv') return countLines(path, 1); // quoted line breaks make this an estimate
  return undefined;
}

/**
 * About how many documents the inputs hold, when that is cheap to know (files and folders; not
 * stdin or JSON arrays): a line per JSON Lines record, a row per CSV line, one per text or HTML file.
 */
export async function estimateDocuments(paths: readonly string[]): Promise<number | undefined> {
  let total = 0;
  for (const p of paths) {
    if (p === '-') return undefined;
    try {
      const n = await countPath(p);
      if (n === undefined) return undefined;
      total += n;
    } catch {
      return undefined; // the reader reports the missing file
    }
  }
  return total;
}

const clock = (s: number) => `${Math.floor(s / 60)}:${String(Math.round(s % 60)).padStart(2, '0')}`;

/** The ingest's progress: a line rewritten in place on a terminal, a plain line every `every` seconds otherwise. */
export function createIngestProgress(err: NodeJS.WritableStream, mode: 'terminal' | 'lines' | 'off', total: number | undefined, every = 10) {
  let last = 0;
  const line = (p: IngestProgress) => {
    const rate = p.seconds > 0 ? p.documents / p.seconds : 0;
    const share = total ? ` of ${total} (${Math.min(100, Math.round((100 * p.documents) / total))}%)` : '';
    const left = total && rate > 0 && total > p.documents ? `, ${clock((total - p.documents) / rate)} left` : '';
    return `${p.documents} documents${share}, ${rate.toFixed(1)} documents/s, ${p.mentions} reports, ${p.newEvents} new events${left}`;
  };
  return {
    update(p: IngestProgress): void {
      if (mode === 'off') return;
      const now = performance.now();
      if (mode === 'terminal') {
        if (now - last < 200) return;
        last = now;
        err.write(`\r\x1b[2K${line(p)}`);
      } else if (now - last >= every * 1000) {
        if (last === 0) { last = now; return; } // not for a run that ends within the first period
        last = now;
        err.write(`communique: ${line(p)}\n`);
      }
    },
    done(): void {
      if (mode === 'terminal' && last > 0) err.write('\r\x1b[2K');
    },
  };
}

import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { codeInputs } from '../dist/app/code.js';
import { createNlpEngine, WINK_PIPE } from '../dist/pipeline/nlp/index.js';
import { readInputs } from '../dist/pipeline/ingest/index.js';
import type { Doc } from '../dist/pipeline/index.js';
import type { Document } from '../dist/model/index.js';

/** One side of an interleaved pass: what it does to a document, and what it does once the corpus is read. */
export interface Side {
  run(document: Document): Promise<Doc> | Doc;
  end?(): Promise<void>;
}

/**
 * One pass over a JSON Lines corpus with each document through every side in turn (which goes first
 * alternates), each timed on its own: the machine's slow spells, which last longer than a document,
 * fall on all sides alike. Reading, done once per document, counts on every side. `seen` is told
 * each document a side made, untimed. Returns seconds per side.
 */
export async function interleaved(path: string, sides: Side[], seen?: (side: number, doc: Doc) => void): Promise<number[]> {
  const spent = sides.map(() => 0);
  const order = sides.map((_, i) => i);
  const started = performance.now();
  for await (const { document } of readInputs([path])) {
    if (!document) continue;
    for (const side of order) {
      const t = performance.now();
      const doc = await sides[side]!.run(document);
      spent[side]! += performance.now() - t;
      seen?.(side, doc);
    }
    order.reverse();
  }
  for (const [side, { end }] of sides.entries()) {
    const t = performance.now();
    await end?.();
    spent[side]! += performance.now() - t;
  }
  const reading = performance.now() - started - spent.reduce((a, b) => a + b, 0);
  return spent.map((ms) => (ms + reading) / 1000);
}

export interface Row {
  name: string;
  seconds: number;
  sentences: number;
  tokens: number;
}

/** The fastest of several runs: for CPU-bound work, the run least disturbed by GC and the machine. */
export function fastest(xs: number[]): number {
  return Math.min(...xs);
}

/** The middle value (the upper of the two middle ones for an even count). */
export function median(xs: number[]): number {
  return [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
}

/**
 * The median of the ratios of paired runs a[i] / b[i]. Each pair runs back to back, so a machine that
 * slows down for a while (shared hardware does) slows both sides of a pair alike.
 */
export function pairedRatio(a: number[], b: number[]): number {
  const r = a.map((x, i) => x / b[i]!).sort((p, q) => p - q);
  return r[r.length >> 1]!;
}

/** The example corpus, repeated with fresh ids until it holds at least `bytes` of text, as JSON Lines. */
export function corpusFile(bytes: number): { path: string; texts: string[]; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'communique-bench-'));
  const records = readdirSync('examples')
    .filter((f) => f.endsWith('.jsonl'))
    .flatMap((f) => readFileSync(join('examples', f), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { id: string; text: string }));
  if (records.length === 0) throw new Error('examples/ holds no JSON Lines reports to measure with');
  const texts: string[] = [], lines: string[] = [];
  let size = 0;
  for (let round = 0; size < bytes; round++) {
    for (const r of records) {
      texts.push(r.text);
      lines.push(JSON.stringify({ ...r, id: `${r.id}#${round}` }));
      size += Buffer.byteLength(r.text);
    }
  }
  const path = join(dir, 'corpus.jsonl');
  writeFileSync(path, lines.join('\n') + '\n');
  return { path, texts, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * Reading + repair + NLP (`code`'s front end, from a JSON Lines file) beside bare wink-nlp tagging of
 * the same texts with the same pipes, alternating: the fastest of `rounds` runs for the speeds, the
 * median ratio of paired runs for the ratio.
 */
export async function benchFrontEnd(rounds = 15, bytes = 1_200_000) {
  const corpus = corpusFile(bytes);
  const megabytes = corpus.texts.reduce((n, t) => n + Buffer.byteLength(t), 0) / 1e6;
  let t = performance.now();
  const nlp = winkNLP(model, WINK_PIPE);
  const engine = createNlpEngine();
  const loadMs = performance.now() - t;
  const its = nlp.its;

  const bare = () => {
    for (const text of corpus.texts) nlp.readDoc(text).tokens().out(its.pos);
  };
  let sentences = 0, tokens = 0;
  const front = async () => {
    const s = await codeInputs([corpus.path], { nlp: engine, lexicon: null });
    sentences = s.sentences;
    tokens = s.tokens;
  };
  for (let i = 0; i < 2; i++) { bare(); await front(); } // warm both
  const times = { bare: [] as number[], front: [] as number[] };
  for (let i = 0; i < rounds; i++) {
    t = performance.now(); bare(); times.bare.push((performance.now() - t) / 1000);
    t = performance.now(); await front(); times.front.push((performance.now() - t) / 1000);
  }
  corpus.cleanup();
  const rows: Row[] = [
    { name: `bare wink-nlp (${WINK_PIPE.join('+')}), tagging`, seconds: fastest(times.bare), sentences, tokens },
    { name: 'front end: read JSONL + repair + NLP', seconds: fastest(times.front), sentences, tokens },
  ];
  return { megabytes, documents: corpus.texts.length, loadMs, rows, ratio: pairedRatio(times.bare, times.front) };
}

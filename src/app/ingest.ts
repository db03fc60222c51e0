import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Diagnostic, Document } from '../model/index.js';
import type { Doc, Pipeline } from '../pipeline/index.js';
import { Store, type BatchResult, type DocumentToStore } from '../store/index.js';
import { codeInputs, type CodeOptions } from './code.js';

export interface IngestOptions extends Omit<CodeOptions, 'onDocument' | 'pause'> {
  /** Merge reports of the same happening into one event (default); false keeps one event per report. */
  dedup?: boolean;
  /**
   * Documents per transaction (default 300). Each transaction costs about 30 ms beyond its rows (the
   * commit, the look-up of stored events its reports may join, the recounts): fewer, larger ones
   * store more a second.
   */
  batch?: number;
  /** Called after each document is analysed and each batch committed (a progress line throttles it). */
  onProgress?: (progress: IngestProgress) => void;
}

export interface IngestProgress {
  /** Documents read and analysed so far. */
  documents: number;
  /** Of those, stored for the first time or replaced. */
  stored: number;
  unchanged: number;
  replaced: number;
  mentions: number;
  newEvents: number;
  seconds: number;
}

export interface IngestSummary extends IngestProgress {
  errors: number;
  warnings: number;
  /** What the database holds at the end. */
  totals: { documents: number; events: number; mentions: number };
}

/** A Doc as the store takes it. */
export function toStored(doc: Doc): DocumentToStore {
  return {
    document: doc.document,
    sentences: doc.sentences.map((s) => [s.charStart, s.charEnd]),
    actors: doc.actors.map((m) => ({ sentence: m.sentence, actor: m.actor })),
    events: doc.events,
    dates: doc.dates,
    places: doc.places,
  };
}

/**
 * Codes every input and stores the results in `store`, a batch of documents per transaction, so an
 * interrupted run keeps every complete batch and a rerun adds exactly what is missing.
 */
export async function ingestInputs(paths: readonly string[], store: Store, options: IngestOptions = {}): Promise<IngestSummary> {
  const dedup = options.dedup ?? true;
  const size = options.batch ?? 300;
  let started = performance.now(); // reset at the first document: the model's loading is not ingesting
  const progress: IngestProgress = { documents: 0, stored: 0, unchanged: 0, replaced: 0, mentions: 0, newEvents: 0, seconds: 0 };
  await store.checkMode({ dedup }); // before the lexicon loads, not after
  let pending: DocumentToStore[] = [];
  const report = options.onDiagnostic ?? (() => undefined);
  const write = async (batch: DocumentToStore[]) => {
    const r = await store.writeBatch(batch, { dedup });
    progress.stored += r.stored;
    progress.unchanged += r.unchanged;
    progress.replaced += r.replaced.length;
    progress.mentions += r.mentions;
    progress.newEvents += r.newEvents;
    progress.seconds = (performance.now() - started) / 1000;
    for (const id of r.replaced) {
      const d = batch.find((x) => x.document.id === id)!.document;
      report({ level: 'warning', code: 'W_REPLACED', file: d.origin.file, line: d.origin.line,
        message: `document ${id} was stored before with other content: its events were replaced` } satisfies Diagnostic);
    }
    options.onProgress?.({ ...progress });
  };
  // One batch is written (DuckDB works on a thread of its own) while the next is coded; a failed
  // write stops the run at the next batch.
  let writing: Promise<void> = Promise.resolve();
  let inFlight = false;
  const flush = async () => {
    await writing;
    if (pending.length === 0) return;
    const batch = pending;
    pending = [];
    inFlight = true;
    writing = write(batch).finally(() => { inFlight = false; });
    writing.catch(() => undefined); // awaited at the next flush or at the end
  };
  // DuckDB on one thread while this one codes (see Store.singleThreaded); the counts are read
  // before it gets its threads back, which a store closed next never needs.
  let flushed = 0;
  // Coding never waits on I/O: without a turn of the event loop, the write in flight would take its
  // next step (each of its statements ends in a callback) only at the next flush. It gets a turn
  // after each document and between the stages of the documents coded together.
  const giveTurn = () => (inFlight ? nextTurn() : undefined);
  const { summary, totals } = await store.singleThreaded(async () => {
    const coded = await codeInputs(paths, {
      ...options,
      onDocument: async (doc) => {
        if (progress.documents++ === 0) started = performance.now();
        pending.push(toStored(doc));
        if (pending.length >= size) await flush();
        else if (options.onProgress) options.onProgress({ ...progress, seconds: (performance.now() - started) / 1000 });
        await giveTurn();
      },
      pause: giveTurn,
    }).catch(async (e: unknown) => {
      await writing.catch(() => undefined); // let the batch in flight end before the store closes
      throw e;
    });
    flushed = performance.now();
    await flush();
    await writing;
    return { summary: coded, totals: await store.counts() };
  });
  return {
    ...progress, seconds: summary.seconds + (performance.now() - flushed) / 1000, errors: summary.errors, warnings: summary.warnings,
    totals: { documents: totals.documents, events: totals.events, mentions: totals.mentions },
  };
}

/**
 * Codes documents already read (an API's request body) and stores them in one transaction, in the
 * database's own mode (deduplicating when it has none yet). Returns what the batch changed.
 */
export async function ingestDocuments(documents: readonly Document[], store: Store, pipeline: Pipeline): Promise<BatchResult> {
  return storeCoded(documents.map((d) => pipeline.run(d)), store);
}

/** Stores documents already coded in one transaction, in the database's own mode (see ingestDocuments). */
export async function storeCoded(docs: readonly Doc[], store: Store): Promise<BatchResult> {
  const dedup = (await store.dedupMode()) !== 'off';
  return store.writeBatch(docs.map(toStored), { dedup });
}

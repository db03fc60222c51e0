import type { Diagnostic, Document, InputFormat, SentenceRecord } from '../model/index.js';
import { readInputs } from '../pipeline/ingest/index.js';
import { CHUNK_CHARS } from '../pipeline/nlp/chunks.js';
import { createPipeline, type Doc, type PipelineOptions } from '../pipeline/index.js';
import { loadLexicon, type Lexicon } from '../lexicon/index.js';
import { loadGazetteer, type Gazetteer } from '../lexicon/gazetteer/index.js';

export interface CodeOptions extends Omit<PipelineOptions, 'lexicon' | 'gazetteer'> {
  /** The lexicon to recognise actors with: the package's by default; null for the front end alone. */
  lexicon?: Lexicon | null;
  /** The places events are resolved to: the package's by default; null for none. */
  gazetteer?: Gazetteer | null;
  format?: InputFormat;
  /** PETRARCH/TABARI dictionaries to load beside the package's lexicon. */
  dictionaries?: readonly string[];
  stdin?: AsyncIterable<Uint8Array>;
  onDiagnostic?: (diagnostic: Diagnostic) => void;
  /** Called with each analysed document, and awaited: a slow consumer slows reading. */
  onDocument?: (doc: Doc) => void | Promise<void>;
  /**
   * Awaited between the stages of each few documents (see Pipeline.runAll): a caller with work
   * waiting on the event loop (ingest's writes to the store) gets its turns while coding goes on.
   */
  pause?: () => Promise<void> | void;
}

export interface CodeSummary {
  documents: number;
  sentences: number;
  actors: number;
  events: number;
  /** Events with a place. */
  placed: number;
  /** Events by PLOVER type ("none" for statements). */
  byType: Record<string, number>;
  tokens: number;
  characters: number;
  undated: number;
  repairs: Record<string, number>;
  byYear: Record<string, number>;
  errors: number;
  warnings: number;
  seconds: number;
}

/** The records of one analysed document: until events are coded, its sentences with their spans. */
export function sentenceRecords(doc: Doc): SentenceRecord[] {
  const actors = doc.sentences.map(() => [] as SentenceRecord['actors']);
  for (const m of doc.actors) actors[m.sentence]!.push(m.actor);
  return doc.sentences.map((s, i) => ({
    docId: doc.document.id,
    date: doc.document.date,
    sentence: i,
    span: [s.charStart, s.charEnd],
    text: doc.sentenceText(i),
    tokens: s.end - s.start,
    actors: actors[i]!,
  }));
}

/**
 * How many documents, and how much text, the pipeline runs over at once (see Pipeline.runAll): a
 * few, so that its stages keep their tables in the cache; not many, so that memory stays flat and
 * results come out steadily.
 */
const BATCH_DOCUMENTS = 16;
const BATCH_CHARS = 100_000;

/**
 * Reads every input, runs the pipeline over each document (a few at a time) and reports records and
 * problems, document by document in the order read.
 */
export async function codeInputs(paths: readonly string[], options: CodeOptions = {}): Promise<CodeSummary> {
  const lexicon = options.lexicon === null ? undefined : options.lexicon ?? loadLexicon({ dictionaries: options.dictionaries });
  const gazetteer = options.gazetteer === null || !lexicon || options.events === false
    ? undefined
    : options.gazetteer ?? loadGazetteer({ states: lexicon.data.states.values() });
  const pipeline = createPipeline({ ...options, lexicon, gazetteer });
  const started = performance.now(); // after the model has loaded
  const summary: CodeSummary = {
    documents: 0, sentences: 0, actors: 0, events: 0, placed: 0, byType: {}, tokens: 0, characters: 0, undated: 0,
    repairs: {}, byYear: {}, errors: 0, warnings: 0, seconds: 0,
  };
  const report = (d: Diagnostic) => {
    if (d.level === 'error') summary.errors++;
    else summary.warnings++;
    options.onDiagnostic?.(d);
  };
  lexicon?.problems.forEach(report);

  let batch: Document[] = [], chars = 0;
  const runBatch = async () => {
    const docs = await pipeline.runAll(batch, options.pause);
    batch = [];
    chars = 0;
    for (const doc of docs) await summarise(doc);
  };
  const summarise = async (doc: Doc) => {
    const { document } = doc;
    summary.documents++;
    summary.sentences += doc.sentences.length;
    summary.actors += doc.actors.length;
    summary.events += doc.events.length;
    for (const e of doc.events) if (e.place) summary.placed++;
    for (const e of doc.events) summary.byType[e.plover ?? 'none'] = (summary.byType[e.plover ?? 'none'] ?? 0) + 1;
    summary.tokens += doc.tokens.length;
    summary.characters += document.text.length;
    if (document.date) {
      const year = document.date.slice(0, 4);
      summary.byYear[year] = (summary.byYear[year] ?? 0) + 1;
    } else summary.undated++;
    for (const [kind, n] of doc.repairs) summary.repairs[kind] = (summary.repairs[kind] ?? 0) + n;
    if (options.onDocument) await options.onDocument(doc);
  };

  for await (const { document, diagnostics } of readInputs(paths, options)) {
    diagnostics.forEach(report);
    if (!document) continue;
    if (document.text.length > CHUNK_CHARS) {
      const mb = (Buffer.byteLength(document.text) / 1e6).toFixed(1);
      report({
        level: 'warning', code: 'W_LARGE', file: document.origin.file, line: document.origin.line,
        message: `document ${document.id} is ${mb} MB: analysed in pieces of at most ${CHUNK_CHARS.toLocaleString('en')} characters; no sentence crosses their edges`,
      });
    }
    batch.push(document);
    chars += document.text.length;
    if (batch.length >= BATCH_DOCUMENTS || chars >= BATCH_CHARS) await runBatch();
  }
  await runBatch();
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}

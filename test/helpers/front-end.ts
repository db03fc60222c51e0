import { createPipeline, createNlpEngine, type Pipeline } from '../../src/pipeline/index.js';
import type { Document } from '../../src/model/index.js';

/** One engine for a test file: loading wink-nlp's model takes a few hundred milliseconds. */
export const engine = createNlpEngine();
export const frontEnd = createPipeline({ nlp: engine });

/** A document as a reader would give it, for unit tests. */
export function doc(text: string, id = 'test'): Document {
  return { id, date: '2023-01-25', text, meta: {}, origin: { file: 'test.txt', format: 'text' } };
}

/** The events of one text as "SOURCE→TARGET CAMEO", "not " before the negated. */
export function eventCodes(pipeline: Pipeline, text: string, date: string): string[] {
  const d = pipeline.run({ ...doc(text, 't'), date });
  return d.events.map((e) => `${e.negated ? 'not ' : ''}${e.source?.code ?? '-'}→${e.target?.code ?? '-'} ${e.cameo}`);
}

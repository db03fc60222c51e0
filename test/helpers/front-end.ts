import { createPipeline, createNlpEngine } from '../../src/pipeline/index.js';
import type { Document } from '../../src/model/index.js';

/** One engine for a test file: loading wink-nlp's model takes a few hundred milliseconds. */
export const engine = createNlpEngine();
export const frontEnd = createPipeline({ nlp: engine });

/** A document as a reader would give it, for unit tests. */
export function doc(text: string, id = 'test'): Document {
  return { id, date: '2023-01-25', text, meta: {}, origin: { file: 'test.txt', format: 'text' } };
}

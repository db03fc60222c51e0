import { silentLogger, type Context, type Logger } from './context.js';
import { createNlpEngine, nlpStage, type NlpEngine } from './nlp/index.js';
import { repairStage, type NameRepairer } from './repair/index.js';
import { buildPipeline, type Pipeline } from './runner.js';

export { Doc, type Sentence } from './doc.js';
export { buildPipeline, type Pipeline } from './runner.js';
export type { Stage } from './stage.js';
export { silentLogger, type Context, type Logger } from './context.js';
export { repairStage, nlpStage, createNlpEngine };

export interface FrontEndOptions {
  logger?: Logger;
  /** Mends names lost in transcoding; the actor lexicon supplies one. */
  names?: NameRepairer;
  /** Share one loaded engine between pipelines. */
  nlp?: NlpEngine;
}

/** The front end: text repair, then sentences, tokens, part of speech, lemmas and negation. */
export function createFrontEnd(options: FrontEndOptions = {}): Pipeline {
  const ctx: Context = { logger: options.logger ?? silentLogger, nlp: options.nlp ?? createNlpEngine(), names: options.names };
  return buildPipeline([repairStage, nlpStage], ctx);
}

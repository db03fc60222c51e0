import { silentLogger, type Context, type Logger } from './context.js';
import { createNlpEngine, nlpStage, type NlpEngine } from './nlp/index.js';
import { repairStage, type NameRepairer } from './repair/index.js';
import { buildPipeline, type Pipeline } from './runner.js';
import { actorsStage } from './actors/index.js';
import type { Lexicon } from '../lexicon/index.js';

export { Doc, type Sentence } from './doc.js';
export { buildPipeline, type Pipeline } from './runner.js';
export type { Stage } from './stage.js';
export { silentLogger, type Context, type Logger } from './context.js';
export { repairStage, nlpStage, actorsStage, createNlpEngine };
export type { ActorMention } from './actors/index.js';

export interface FrontEndOptions {
  logger?: Logger;
  /** Mends names lost in transcoding; the actor lexicon supplies one. */
  names?: NameRepairer;
  /** Share one loaded engine between pipelines. */
  nlp?: NlpEngine;
  /** With a lexicon, actors are recognised and names repaired from it. */
  lexicon?: Lexicon;
}

/**
 * The front end: text repair, then sentences, tokens, part of speech, lemmas and negation; with a
 * lexicon, actors too.
 */
export function createFrontEnd(options: FrontEndOptions = {}): Pipeline {
  const ctx: Context = {
    logger: options.logger ?? silentLogger,
    nlp: options.nlp ?? createNlpEngine(),
    names: options.names ?? options.lexicon?.names,
    lexicon: options.lexicon,
  };
  return buildPipeline(options.lexicon ? [repairStage, nlpStage, actorsStage] : [repairStage, nlpStage], ctx);
}

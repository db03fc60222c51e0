import { silentLogger, type Context, type Logger } from './context.js';
import { createNlpEngine, nlpStage, type NlpEngine } from './nlp/index.js';
import { repairStage, type NameRepairer } from './repair/index.js';
import { buildPipeline, type Pipeline } from './runner.js';
import { actorsStage } from './actors/index.js';
import { eventsStage } from './events/index.js';
import { whenStage } from './when/index.js';
import { whereStage } from './where/index.js';
import { placeKey, type Gazetteer } from '../lexicon/gazetteer/index.js';
import type { Lexicon } from '../lexicon/index.js';

export { Doc, type Sentence } from './doc.js';
export { buildPipeline, type Pipeline } from './runner.js';
export type { Stage } from './stage.js';
export { silentLogger, type Context, type Logger } from './context.js';
export { repairStage, nlpStage, actorsStage, eventsStage, whenStage, whereStage, createNlpEngine };
export type { ActorMention } from './actors/index.js';

export interface PipelineOptions {
  logger?: Logger;
  /** Mends names lost in transcoding; the actor lexicon supplies one. */
  names?: NameRepairer;
  /** Share one loaded engine between pipelines. */
  nlp?: NlpEngine;
  /** With a lexicon, actors are recognised, names repaired and events coded from it. */
  lexicon?: Lexicon;
  /** False stops after the actors: the front end alone, as the benchmarks measure it. */
  events?: boolean;
  /** With a gazetteer, events get their places; without one, place stays null. */
  gazetteer?: Gazetteer;
}

/**
 * The pipeline: text repair, then sentences, tokens, part of speech, lemmas and negation; with a
 * lexicon, actors, events and their dates too; with a gazetteer, their places.
 */
export function createPipeline(options: PipelineOptions = {}): Pipeline {
  const ctx: Context = {
    logger: options.logger ?? silentLogger,
    nlp: options.nlp ?? createNlpEngine(),
    names: placesKept(options.names ?? options.lexicon?.names, options.gazetteer),
    lexicon: options.lexicon,
    gazetteer: options.gazetteer,
  };
  const front = [repairStage, nlpStage];
  if (!options.lexicon) return buildPipeline(front, ctx);
  if (options.events === false) return buildPipeline([...front, actorsStage], ctx);
  const places = options.gazetteer ? [whereStage] : [];
  return buildPipeline([...front, actorsStage, eventsStage, whenStage, ...places], ctx);
}

/** A name repairer that leaves the places of the gazetteer alone: "Nakuru" is a Kenyan town, no slip for "Nauru". */
function placesKept(names: NameRepairer | undefined, gazetteer: Gazetteer | undefined): NameRepairer | undefined {
  if (!names || !gazetteer) return names;
  return {
    repair(word) {
      const mended = names.repair(word);
      return mended !== undefined && gazetteer.lookup(placeKey(word)) ? undefined : mended;
    },
    mayRepair: names.mayRepair?.bind(names),
  };
}

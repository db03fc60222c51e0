import type { NameRepairer } from './repair/step.js';
import type { NlpEngine } from './nlp/engine.js';
import type { Lexicon } from '../lexicon/index.js';
import type { Gazetteer } from '../lexicon/gazetteer/index.js';

/** Where library code reports; the CLI decides what reaches the terminal. */
export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warn(message: string): void;
}

export const silentLogger: Logger = { debug() {}, info() {}, warn() {} };

/** Everything a stage may use besides the Doc: engines and dictionaries, never globals. */
export interface Context {
  logger: Logger;
  nlp: NlpEngine;
  names?: NameRepairer;
  /** The actor lexicon, compiled; stages after the NLP front end need it. */
  lexicon?: Lexicon;
  /** Places by name, for the where stage. */
  gazetteer?: Gazetteer;
}

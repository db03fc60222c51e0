import type { NameRepairer } from '../pipeline/repair/step.js';
import { BUNDLE_PATH, dataFromBundle, readBundle, toBundle } from './bundle.js';
import { buildMatcher } from './compile.js';
import { DEFAULT_DATA_DIR, lexiconVersion, loadLexiconData, type LexiconData } from './load.js';
import { compilePhrase, type PhraseMatcher } from './matcher.js';
import { nameRepairer, typoRepairs } from './names.js';
import { readDictionary, type DictActor } from './petrarch.js';
import { compileEventPatterns, type EventPatterns } from './events.js';
import type { Diagnostic } from '../model/index.js';

export { DEFAULT_DATA_DIR, loadLexiconData, lexiconVersion, type LexiconData } from './load.js';
export { PhraseMatcher, type PhraseEntry, type PhraseMatch, type Target } from './matcher.js';
export { writeBundle, BUNDLE_PATH } from './bundle.js';
export { fold, pieces } from './fold.js';
export { parseDictionary, readDictionary, codeOn, type DictActor, type Dictionary } from './petrarch.js';
export type { StateInfo } from './states.js';
export * from './schemas.js';
export { compileEventPatterns, loadEventLexicon, type EventPatterns, type LoadedRule, type CompiledPattern } from './events.js';
export type { CameoEntry, Ontology } from './ontology.js';

/** The lexicon ready for the pipeline: the data, its phrases compiled, and its name repairer. */
export interface Lexicon {
  data: LexiconData;
  matcher: PhraseMatcher;
  names: NameRepairer;
  version: string;
  /** Actors of PETRARCH/TABARI dictionaries loaded beside the lexicon (`--actors`). */
  dictionary: DictActor[];
  /** What could not be read in those dictionaries, line by line. */
  problems: Diagnostic[];
  /** The verb patterns, compiled when first read, with the ontology they code into. */
  readonly events: EventPatterns;
}

export interface LexiconOptions {
  /** A data folder laid out like the package's `data/`. */
  dir?: string;
  /** PETRARCH or TABARI actor and agent dictionaries to load too; their entries win over the lexicon's. */
  dictionaries?: readonly string[];
}

/** The one-word role words of the agents ("government", "troops", "rebels"), lower case. */
function agentWords(data: LexiconData): Set<string> {
  return new Set(data.agents.flatMap((a) => a.words).filter((w) => !w.includes(' ')).map((w) => w.toLowerCase()));
}

/**
 * Loads the lexicon once; pipelines share it read-only. The package's own data comes from the bundle
 * `npm run build` compiles when it is current, and from the YAML files otherwise.
 */
export function loadLexicon(options: LexiconOptions = {}): Lexicon {
  const dir = options.dir ?? DEFAULT_DATA_DIR;
  const version = lexiconVersion(dir);
  const bundle = (dir === DEFAULT_DATA_DIR ? readBundle(BUNDLE_PATH, version) : undefined) ?? toBundle(loadLexiconData(dir));
  const data: LexiconData = dataFromBundle(bundle);
  const matcher = buildMatcher(bundle.phrases);
  const dictionary: DictActor[] = [];
  const problems: Diagnostic[] = [];
  for (const file of options.dictionaries ?? []) {
    const dict = readDictionary(file);
    problems.push(...dict.problems);
    for (const actor of dict.actors) {
      const index = dictionary.push(actor) - 1;
      for (const { text, stem } of actor.phrases) {
        const c = compilePhrase(text, { type: 'dict', index });
        // Dictionaries are written in capitals: their case says nothing about the text's.
        if (c) matcher.insert({ ...c, exact: false, stem: stem && c.key.length > 0 });
      }
    }
    for (const agent of dict.agents) {
      for (const phrase of agent.phrases) {
        const c = compilePhrase(phrase, { type: 'agent', sector: agent.code.slice(0, 3) });
        if (c) matcher.insert(c);
      }
    }
  }
  const extra = dictionary.length ? `+${dictionary.length}` : '';
  // The verb patterns compile when first asked for (~90 ms): recognising actors does not need them.
  let events: EventPatterns | undefined;
  return {
    data, matcher, names: nameRepairer(bundle.repairs, () => typoRepairs(data)), version: version + extra, dictionary, problems,
    get events() {
      return (events ??= compileEventPatterns(data.events, agentWords(data)));
    },
  };
}

import type { Lexicon } from '../lexicon/index.js';
import type { Actor } from '../model/index.js';
import { createPipeline } from '../pipeline/index.js';
import type { NlpEngine } from '../pipeline/nlp/index.js';

/** A gold sentence: the actors an analyst codes in it, each by code and the words naming it. */
export interface ActorGold {
  id: string;
  date: string;
  text: string;
  actors: { code: string; text: string }[];
}

export interface ActorScore {
  sentences: number;
  gold: number;
  found: number;
  matched: number;
  precision: number;
  recall: number;
  f1: number;
  misses: { id: string; code: string; text: string }[];
  falseAlarms: { id: string; code: string; text: string }[];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Where each gold actor's words stand in the sentence: gold actors come in order, so each is the
 * first whole-word occurrence after the one before ("Brazil" is not the start of "Brazilian").
 */
function locate(g: ActorGold): { code: string; text: string; span: [number, number] }[] {
  let from = 0;
  return g.actors.map((a) => {
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${escape(a.text)}(?![\\p{L}\\p{N}])`, 'gu');
    re.lastIndex = from;
    const m = re.exec(g.text) ?? ((re.lastIndex = 0), re.exec(g.text));
    const at = m?.index ?? g.text.indexOf(a.text);
    from = at + a.text.length;
    return { ...a, span: [at, at + a.text.length] };
  });
}

const overlaps = (a: [number, number], b: [number, number]) => a[0] < b[1] && b[0] < a[1];

/**
 * Scores actor recognition on gold sentences: an actor found matches a gold actor with the same code
 * whose words overlap its own; each gold actor matches once.
 */
export function scoreActors(gold: readonly ActorGold[], lexicon: Lexicon, nlp?: NlpEngine): ActorScore {
  const pipeline = createPipeline({ lexicon, nlp });
  const score: ActorScore = { sentences: gold.length, gold: 0, found: 0, matched: 0, precision: 0, recall: 0, f1: 0, misses: [], falseAlarms: [] };
  for (const g of gold) {
    const doc = pipeline.run({ id: g.id, date: g.date, text: g.text, meta: {}, origin: { file: g.id, format: 'text' } });
    const found: Actor[] = doc.actors.map((m) => m.actor);
    const expected = locate(g);
    const used = new Set<number>();
    score.gold += expected.length;
    score.found += found.length;
    for (const a of found) {
      const k = expected.findIndex((e, i) => !used.has(i) && e.code === a.code && overlaps(e.span, a.span));
      if (k >= 0) { used.add(k); score.matched++; }
      else score.falseAlarms.push({ id: g.id, code: a.code, text: a.text });
    }
    expected.forEach((e, i) => { if (!used.has(i)) score.misses.push({ id: g.id, code: e.code, text: e.text }); });
  }
  score.precision = score.found ? score.matched / score.found : 1;
  score.recall = score.gold ? score.matched / score.gold : 1;
  score.f1 = score.precision + score.recall ? (2 * score.precision * score.recall) / (score.precision + score.recall) : 0;
  return score;
}

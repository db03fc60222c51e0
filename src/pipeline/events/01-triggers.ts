import type { CompiledPattern, EventPatterns, PatternElement } from '../../lexicon/events.js';
import type { TokenTable } from '../nlp/tokens.js';
import { compoundRuns, type ActorMention } from '../actors/index.js';
import { GAP_STOPS, SLOT_FILLERS } from './words.js';
import { isPassive } from './02-frame.js';

/** Where a pattern matched: its words' tokens `[start, end)`, and the actors its slots took. */
export interface Trigger {
  pattern: CompiledPattern;
  start: number;
  end: number;
  target?: ActorMention;
  source?: ActorMention;
}

const GAP = 4;

/** The actors and places of one sentence, found by the token they start at, with their compounds. */
export class SentenceMentions {
  readonly all: ActorMention[];
  private readonly starts = new Map<number, ActorMention>();
  private readonly runs = new Map<ActorMention, ActorMention[]>();

  /**
   * @param gathering the organisation whose summit or meeting the report last named ("the seventh
   * Summit of CELAC"): "the summit" means it.
   */
  constructor(actors: ActorMention[], places: ActorMention[], tokens: TokenTable, readonly gathering?: ActorMention) {
    this.all = [...actors, ...places].sort((a, b) => a.start - b.start);
    for (const m of places) this.starts.set(m.start, m);
    for (const m of actors) this.starts.set(m.start, m); // an actor wins over a place on the same words
    // "visited Chile and Bolivia": a place and an actor may make one compound.
    for (const run of compoundRuns(this.all, (t) => tokens.normal(t))) for (const m of run) this.runs.set(m, run);
  }

  at(t: number): ActorMention | undefined {
    return this.starts.get(t);
  }

  /** A mention at `t` or after an article or two: "by the rebels". */
  near(t: number): ActorMention | undefined {
    for (let k = t; k < t + 3; k++) {
      const m = this.starts.get(k);
      if (m) return m;
    }
    return undefined;
  }

  /** The members of a mention's compound ("China and Brazil"), or the mention alone. */
  members(m: ActorMention): ActorMention[] {
    return this.runs.get(m) ?? [m];
  }
}


function matchFrom(
  tokens: TokenTable, els: PatternElement[], i: number, t: number, end: number, mentions: SentenceMentions, found: Trigger, agentWords: ReadonlySet<string>,
): boolean {
  if (i === els.length) return true;
  const el = els[i]!;
  switch (el.type) {
    case 'word': {
      if (t < end && tokens.normal(t) === '-' && i > 0) t++; // "air-strike" reads as "air strike"
      if (t >= end || !el.words.has(tokens.normal(t))) return false;
      if (!matchFrom(tokens, els, i + 1, t + 1, end, mentions, found, agentWords)) return false;
      found.end = Math.max(found.end, t + 1);
      return true;
    }
    case 'gap': {
      for (let k = 0; k <= GAP && t + k < end; k++) {
        if (k > 0 && GAP_STOPS.has(tokens.normal(t + k - 1))) return false;
        if (matchFrom(tokens, els, i + 1, t + k, end, mentions, found, agentWords)) return true;
      }
      return false;
    }
    default: {
      let p = t;
      while (p < end && p - t < 3 && !mentions.at(p) && (SLOT_FILLERS.has(tokens.normal(p)) || tokens.pos[p] === 'ADJ')) p++;
      const m = mentions.at(p);
      if (!m) {
        // A role word with no country ("against the government", "on the rebels") fills the slot
        // as an actor the sentence leaves unnamed: the event has no target.
        let q = p;
        while (q < end && agentWords.has(tokens.normal(q))) q++;
        return q > p && el.type === 'target' && matchFrom(tokens, els, i + 1, q, end, mentions, found, agentWords);
      }
      if (!matchFrom(tokens, els, i + 1, afterAcronym(tokens, m.end, end), end, mentions, found, agentWords)) return false;
      if (el.type === 'target') found.target = m;
      else found.source = m;
      return true;
    }
  }
}

/** Past an acronym in brackets after a name: "the Community of … States (CELAC) is held". */
function afterAcronym(tokens: TokenTable, t: number, end: number): number {
  if (tokens.normal(t) !== '(') return t;
  for (let k = t + 1; k < Math.min(end, t + 4); k++) if (tokens.normal(k) === ')') return k + 1;
  return t;
}


/**
 * Every pattern that matches in the sentence `[from, to)`, the best at each anchor (most literal
 * words, then the longest), then those that do not overlap a better one.
 */
export function findTriggers(tokens: TokenTable, from: number, to: number, patterns: EventPatterns, mentions: SentenceMentions): Trigger[] {
  const best: Trigger[] = [];
  const present = new Map<ReadonlySet<string>, boolean>();
  for (let t = from; t < to; t++) {
    const list = patterns.byAnchor.get(tokens.normal(t));
    if (!list) continue;
    let top: Trigger | undefined;
    let passive: boolean | undefined;
    present.clear();
    for (const pattern of list) {
      // Most patterns fail on their next word: look for it near the anchor first, once per word set.
      const probe = pattern.probe;
      if (probe) {
        let here = present.get(probe);
        if (here === undefined) present.set(probe, (here = near(tokens, t + 1, Math.min(to, t + 2 + GAP), probe)));
        if (!here) continue;
      }
      const found: Trigger = { pattern, start: t, end: t + 1 };
      let ok = matchFrom(tokens, pattern.elements, 1, t + 1, to, mentions, found, patterns.agentWords);
      // "was attacked by X": the target of "attack +" is the subject, before the trigger.
      if (!ok && pattern.elements[1]?.type === 'target') {
        passive ??= isPassive(tokens, t, from, to, (k) => mentions.near(k) !== undefined);
        ok = passive && matchFrom(tokens, pattern.elements, 2, t + 1, to, mentions, found, patterns.agentWords);
      }
      if (ok && (!top || better(found, top))) top = found;
    }
    if (top) best.push(top);
  }
  best.sort((a, b) => (better(a, b) ? -1 : better(b, a) ? 1 : a.start - b.start));
  const kept: Trigger[] = [];
  for (const c of best) if (!kept.some((k) => c.start < k.end && k.start < c.end)) kept.push(c);
  return kept.sort((a, b) => a.start - b.start);
}

/** Whether a token of `[from, to)` is one of `words`, before any clause break. */
function near(tokens: TokenTable, from: number, to: number, words: ReadonlySet<string>): boolean {
  for (let t = from; t < to; t++) {
    const w = tokens.normal(t);
    if (words.has(w)) return true;
    if (GAP_STOPS.has(w)) return false;
  }
  return false;
}

function better(a: Trigger, b: Trigger): boolean {
  if (a.pattern.literals !== b.pattern.literals) return a.pattern.literals > b.pattern.literals;
  return a.end - a.start > b.end - b.start;
}

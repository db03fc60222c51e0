import type { CompiledPattern, EventPatterns, PatternElement, PatternGroup } from '../../lexicon/events.js';
import { WORDS_KEPT, widened, type TokenTable } from '../nlp/tokens.js';
import { compoundRuns, type ActorMention } from '../actors/index.js';
import { AMOUNTS, GAP_STOPS, NUMBER_WORDS, PHRASE_POS, QUANTITIES, SLOT_FILLERS } from './words.js';
import { isPassive } from './02-frame.js';
import { afterTime } from './time.js';

/** Where a pattern matched: its words' tokens `[start, end)`, and the actors its slots took. */
export interface Trigger {
  pattern: CompiledPattern;
  start: number;
  end: number;
  target?: ActorMention;
  source?: ActorMention;
  /**
   * Matches as good at the same anchor by rules that admit other doers (`onlyBy`, `notBy`):
   * "protesters besieged the airport" is a protest, "troops besieged the airport" a blockade.
   */
  alternates?: Trigger[];
}

const GAP = 4;
// Words of an amount, which a gap does not count: "$", "billion".
// How far near() looks for a pattern's next word: a gap of GAP words, names and hyphenated words in it.
const PROBE_REACH = 12;
// Where a next word with no gap before it may stand: past "-" or a phrase of time ("on March 3").
const NEXT_REACH = 4;

/** The actors of one sentence and the names set aside, found by the token they start at, with their compounds. */
export class SentenceMentions {
  readonly all: ActorMention[];
  /** The mention starting at each token from `base` on (an array, not a map: the matcher asks it for nearly every word it reads). */
  private readonly starts: (ActorMention | undefined)[] = [];
  private readonly base: number;
  private readonly runs = new Map<ActorMention, ActorMention[]>();

  /**
   * @param gathering the organisation whose summit or meeting the report last named ("the seventh
   * Summit of CELAC"): "the summit" means it.
   */
  constructor(
    actors: ActorMention[], aside: ActorMention[], private readonly tokens: TokenTable, readonly gathering?: ActorMention,
    /** Whom "it", "they", "he" or "she" opening a clause means: the last actor to act before this sentence. */
    readonly antecedent: ActorMention[] = [],
  ) {
    this.all = byStart([...actors, ...aside]);
    this.base = this.all.length ? this.all[0]!.start : 0;
    for (const m of aside) this.starts[m.start - this.base] = m;
    for (const m of actors) this.starts[m.start - this.base] = m; // an actor wins over a name set aside on the same words
    // "visited Chile and Bolivia": a place and an actor may make one compound.
    // A role word the story's country fills joins no compound: in "British sailors and marines" the
    // marines are British too, not the story's.
    const joinable = this.all.filter((m) => m.use !== 'role');
    for (const run of compoundRuns(joinable, tokens)) for (const m of run) this.runs.set(m, run);
  }

  private startAt(t: number): ActorMention | undefined {
    return t >= this.base ? this.starts[t - this.base] : undefined;
  }
  private startsAt(t: number): boolean {
    return this.startAt(t) !== undefined;
  }

  at(t: number): ActorMention | undefined {
    return this.startAt(t);
  }

  /** Whether token t is a capitalised word of an actor's name: "Support" in "the Rapid Support Forces". */
  inName(t: number, tokens: TokenTable): boolean {
    if (tokens.startsLower(t)) return false;
    for (const m of this.all) if (m.start <= t && t < m.end && m.end - m.start > 1) return true;
    return false;
  }

  /** Whether a mention stands at `t` or after an article and an adjective (see near): the agent of a passive. */
  readonly agentAt = (t: number): boolean => this.near(t, this.tokens) !== undefined;

  /** A mention at `t` or after an article and an adjective: "by the rebels", "by the new government". */
  near(t: number, tokens: TokenTable): ActorMention | undefined {
    for (let k = t; k < t + 3; k++) {
      const m = this.startAt(k);
      if (m) return m;
      if (tokens.pos[k] !== 'DET' && tokens.pos[k] !== 'ADJ') return undefined;
    }
    return undefined;
  }

  /**
   * The mention right after `t`, past articles, adjectives, numbers and the participles and
   * hyphenated words that describe it: "the 15 detained British sailors", "war-torn Mozambique",
   * "several members of the European Parliament".
   */
  after(tokens: TokenTable, t: number, to: number): ActorMention | undefined {
    let p = t;
    while (p < to && p - t < 5 && !this.startsAt(p) && this.filler(tokens, p, t)) p++;
    if (!this.startsAt(p) && QUANTITIES.has(tokens.normal(p)) && (tokens.normal(p + 1) === 'of' || tokens.normal(p + 1) === 'from')) {
      p += 2;
      while (p < to && p - t < 8 && !this.startsAt(p) && this.filler(tokens, p, t)) p++;
    }
    return this.startAt(p);
  }

  /** Whether token k, in words read from `t` (see after), may stand before a mention it describes. */
  private filler(tokens: TokenTable, k: number, t: number): boolean {
    return SLOT_FILLERS.has(tokens.normal(k)) || NUMBER_WORDS.has(tokens.normal(k)) || tokens.pos[k] === 'ADJ' || tokens.pos[k] === 'NUM'
      || (tokens.pos[k] === 'VERB' && tokens.normal(k).endsWith('ed') && k > t)
      || (tokens.normal(k) === '-' && k > t) || tokens.normal(k + 1) === '-' || (k > t && tokens.normal(k - 1) === '-')
      // a name the lexicon does not know or a noun, right before a role word: "to Moslem guerrillas",
      // "to flood victims"
      || ((tokens.pos[k] === 'PROPN' || tokens.pos[k] === 'NOUN') && this.startsAt(k + 1) && tokens.startsLower(k + 1));
  }

  /**
   * The actor a noun phrase at `t` that names none belongs to: after "of" ("the breakaway republics
   * of Slovenia and Croatia"), or with `doers`, whose deeds it names, after "by" ("abuses by the
   * army", "crimes committed by Serbian forces").
   */
  owner(tokens: TokenTable, t: number, to: number, doers = false): ActorMention | undefined {
    let q = t;
    while (q < to && q - t < 6 && (PHRASE_POS.has(tokens.pos[q]!) || tokens.normal(q) === '-') && !(this.startsAt(q) && this.startAt(q)!.use !== 'attribute')) q++;
    if (q === t) return undefined;
    const w = tokens.normal(q);
    const at = w === 'of' ? q + 1
      : !doers ? -1
        : w === 'by' ? q + 1 : tokens.pos[q] === 'VERB' && w.endsWith('ed') && tokens.normal(q + 1) === 'by' ? q + 2 : -1;
    const m = at < 0 ? undefined : this.after(tokens, at, to);
    return m && m.use !== 'place' ? m : undefined;
  }

  /** The members of a mention's compound ("China and Brazil"), or the mention alone. */
  members(m: ActorMention): ActorMention[] {
    return this.runs.get(m) ?? [m];
  }
}

/** Sorts mentions by where they start, in place, where they are not in order already (they nearly always are). */
function byStart(mentions: ActorMention[]): ActorMention[] {
  for (let i = 1; i < mentions.length; i++) if (mentions[i]!.start < mentions[i - 1]!.start) return mentions.sort((a, b) => a.start - b.start);
  return mentions;
}

const QUOTES: ReadonlySet<string> = new Set(['"', '“', '”']);
const LIST_JOINERS: ReadonlySet<string> = new Set([',', 'and', 'or']);
const LIST_WORDS: ReadonlySet<string> = new Set(['NOUN', 'ADJ']);

const SINGLE_QUOTES: ReadonlySet<string> = new Set(["'", '‘', '’']);

/** Whether token k is a quote mark of a nickname inside a name: "Joaquín 'El Chapo' Guzmán". */
function nickname(tokens: TokenTable, k: number): boolean {
  return SINGLE_QUOTES.has(tokens.normal(k)) && tokens.pos[k - 1] === 'PROPN' && tokens.pos[k + 1] === 'PROPN';
}
/** Whether token k joins two nouns or adjectives of a list: the comma and "and" of "land, sea and air". */
function listJoiner(tokens: TokenTable, k: number): boolean {
  return LIST_JOINERS.has(tokens.normal(k)) && LIST_WORDS.has(tokens.pos[k - 1]!) && LIST_WORDS.has(tokens.pos[k + 1]!);
}
// What a quoted phrase inside a noun phrase follows: 'a "permanent ceasefire"', 'its "special operation"'.
const QUOTE_OPENERS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NUM', 'PRON']);

/** Whether token p (after `from`) is a quote mark that opens words of a noun phrase, not a quotation. */
function quotedWords(tokens: TokenTable, p: number, from: number): boolean {
  return p > from && QUOTES.has(tokens.normal(p)) && QUOTE_OPENERS.has(tokens.pos[p - 1]!);
}

/** One attempt to match a pattern in a sentence ending at `end` (see matchFrom). */
interface Attempt {
  tokens: TokenTable;
  end: number;
  mentions: SentenceMentions;
  agentWords: ReadonlySet<string>;
  /** Where the match is recorded: the end of its last word, and the actors its slots took. */
  found: Trigger;
  /** The sentence's words' lists (see Literals), and those of the pattern's elements from `at` in `lists` (see PlanTable.elementLists). */
  literals: Literals;
  lists: Int32Array;
  at: number;
}

/** Whether token t is a word of element i of the attempt's pattern. */
function wordOf(a: Attempt, el: PatternElement & { type: 'word' }, i: number, t: number): boolean {
  const list = a.lists[a.at + i]!;
  // by its list, in the numbers the scan read; a list with a word nearly every sentence holds has none
  return list >= 0 ? a.literals.holds(t, list) : el.words.has(a.tokens.normal(t));
}

/**
 * Matches a pattern's elements from `i` on, from token `t`: words by their forms, gaps of a few
 * words, and the slots' actors, which it records in the attempt's `found` with the end of the last word.
 */
function matchFrom(a: Attempt, els: PatternElement[], i: number, t: number): boolean {
  if (i === els.length) return true;
  const { tokens, end, mentions, found } = a;
  const el = els[i]!;
  switch (el.type) {
    case 'word': {
      if (t < end && tokens.normal(t) === '-' && i > 0) t++; // "air-strike" reads as "air strike"
      // "demanded on Tuesday that …": a phrase of time between a pattern's words is no break.
      if (t < end && i > 0 && !wordOf(a, el, i, t)) t = afterTime(tokens, t, end);
      if (t >= end || !wordOf(a, el, i, t)) return false;
      if (!matchFrom(a, els, i + 1, t + 1)) return false;
      found.end = Math.max(found.end, t + 1);
      return true;
    }
    case 'gap': {
      // Up to GAP words, where a name ("the Regional Comprehensive Economic Partnership trade
      // agreement") and a hyphenated word ("state-of-the-nation") count as one.
      let words = 0, within = -1;
      for (let p = t; p < end; p++) {
        const w = tokens.normal(p);
        // an amount ("a $17.8 billion standby credit") counts as no word, a name the lexicon does not
        // know as one ("extradited Dairo Antonio Usuga to")
        const quoted = quotedWords(tokens, p, t);
        // the words of a list count as one: "its land, sea and air borders"
        const listed = p > t && (listJoiner(tokens, p) || listJoiner(tokens, p - 1));
        const joined = w === '-' || (p > t && tokens.normal(p - 1) === '-') || p < within || tokens.pos[p] === 'NUM' || AMOUNTS.has(w) || quoted || listed
          || SINGLE_QUOTES.has(w) // a quote mark is no word: "would 'not sit idly by' if"
          || (p > t && tokens.pos[p] === 'PROPN' && (tokens.pos[p - 1] === 'PROPN' || nickname(tokens, p - 1)) && !tokens.startsLower(p)) || nickname(tokens, p);
        if (!joined && ++words > GAP + 1) return false;
        if (matchFrom(a, els, i + 1, p)) return true;
        // a quote stops a gap, unless it opens words of the phrase: 'declared a "permanent ceasefire"';
        // so does a verb joined by "and" after an object ("override the veto and impose sanctions"
        // vetoes no sanctions; "train and advise troops" trains them)
        if (GAP_STOPS.has(w) && !quoted) return false;
        if ((w === 'and' || w === 'or') && tokens.pos[p + 1] === 'VERB' && (p > t || tokens.pos[t - 1] !== 'VERB')) return false;
        // A compound ("the European Union and the IMF") and a phrase of time ("on Friday") count as one word.
        const m = mentions.at(p);
        if (m) within = Math.max(within, mentions.members(m).at(-1)!.end);
        const timed = afterTime(tokens, p, end);
        if (timed > p + 1) within = Math.max(within, timed);
        // and so does a description set off by commas: "extradited X, the leader of a cartel, to"
        if (w === ',') within = Math.max(within, closingComma(tokens, p + 1, end));
        // and whose words name the thing: "struck what New Delhi called a training camp"
        if (w === 'what') within = Math.max(within, namedBy(tokens, p + 1, end, mentions));
      }
      return false;
    }
    default: {
      // "recognised the breakaway Yugoslav republics of Slovenia and Croatia": the owner after "of"
      const m = mentions.after(tokens, t, end) ?? (el.type === 'target' ? mentions.owner(tokens, t, end) : undefined);
      if (!m) {
        let p = t;
        while (p < end && p - t < 3 && (SLOT_FILLERS.has(tokens.normal(p)) || tokens.pos[p] === 'ADJ')) p++;
        // A role word with no country ("against the government", "on the rebels") fills the slot
        // as an actor the sentence leaves unnamed: the event has no target.
        let q = p;
        while (q < end && a.agentWords.has(tokens.normal(q))) q++;
        return q > p && el.type === 'target' && matchFrom(a, els, i + 1, q);
      }
      // Past the whole compound ("Sudan and South Sudan"), an acronym, and when: "on Tuesday".
      const last = mentions.members(m).at(-1)!;
      const past = afterAcronym(tokens, Math.max(m.end, last.end), end), next = afterTime(tokens, past, end);
      // (a pattern may itself name the time: "called + on * Monday")
      if (!matchFrom(a, els, i + 1, next) && (next === past || !matchFrom(a, els, i + 1, past))) return false;
      // (the noun before "of" must be one of the gap's words, not the pattern's: "halt to U.S. imports of +")
      if (el.type === 'target') {
        const named = i >= 2 && els[i - 2]!.type === 'gap' ? doerBefore(tokens, t, mentions) : undefined;
        found.target = doerAfter(tokens, m, end, mentions) ?? named ?? m;
      } else found.source = m;
      return true;
    }
  }
}

const POSSESSIVE_MARKS: ReadonlySet<string> = new Set(["'s", '’s']);
/** Verbs that give a thing a name someone uses for it: "what Beijing called a provocation". */
const NAMING: ReadonlySet<string> = new Set(['called', 'calls', 'described', 'describes', 'termed', 'terms', 'dubbed', 'labelled', 'labeled', 'branded', 'said', 'says', 'claimed', 'claims']);

/** Whether an actor only names a thing: "New Delhi" in "struck what New Delhi called a camp". */
export function onlyNames(tokens: TokenTable, m: ActorMention): boolean {
  return tokens.normal(m.start - 1) === 'what' && NAMING.has(tokens.normal(m.end));
}

/**
 * After "what", an actor and a verb that names the thing ("what New Delhi described as"): the token
 * after them, or `t` when the words are no such phrase.
 */
function namedBy(tokens: TokenTable, t: number, end: number, mentions: SentenceMentions): number {
  const m = mentions.at(t);
  if (!m || m.use || !onlyNames(tokens, m)) return t;
  let k = m.end + 1;
  if (tokens.normal(k) === 'as' || tokens.normal(k) === 'was' || tokens.normal(k) === 'were') k++;
  return Math.min(k, end);
}

/**
 * "condemned the Israeli seizure of the Rafah crossing", "Russia's invasion of Ukraine": an act named
 * by a noun before "of", with its doer right before it, is the doer's; the slot after "of" is what
 * the act befell. Returns the doer, for a slot at `slot` after "of".
 */
function doerBefore(tokens: TokenTable, slot: number, mentions: SentenceMentions): ActorMention | undefined {
  let k = slot - 1;
  while (k > 0 && SLOT_FILLERS.has(tokens.normal(k))) k--;
  if (tokens.normal(k) !== 'of' || tokens.pos[k - 1] !== 'NOUN') return undefined;
  let j = k - 2;
  if (POSSESSIVE_MARKS.has(tokens.normal(j))) j--;
  const doer = mentions.all.find((m) => m.end === j + 1);
  return doer && (doer.use === 'attribute' || !doer.use) ? doer : undefined;
}
/**
 * "condemned the killing of civilians by Indian troops": people a role word names, with the doer of
 * what befell them after "by", make the doer the act's target.
 */
function doerAfter(tokens: TokenTable, m: ActorMention, end: number, mentions: SentenceMentions): ActorMention | undefined {
  if (m.use !== 'role' || tokens.normal(m.end) !== 'by') return undefined;
  const doer = mentions.after(tokens, m.end + 1, end);
  return doer && !doer.use ? doer : undefined;
}

// How long a description set off by commas may be.
const APPOSITION = 14;

/** Past the comma that closes a description opened at `t`, or `t` when none closes it soon. */
function closingComma(tokens: TokenTable, t: number, end: number): number {
  for (let k = t; k < Math.min(end, t + APPOSITION); k++) {
    const w = tokens.normal(k);
    if (w === ',') return k + 1;
    if (GAP_STOPS.has(w)) return t;
  }
  return t;
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
  const literals = literalsOf(patterns);
  const sentence = literals.scan(tokens, from, to);
  const { anchors, anchored, anchorCount, window, opened, table } = literals;
  if (anchorCount === 0) return best;
  const { first, needs, needsAt, opens, opensAt, open, gap, always } = table;
  // One scratch record for every attempt in the sentence; a copy for a match (most attempts fail).
  const scratch: Trigger = { pattern: table.patterns[0]!, start: 0, end: 0, target: undefined, source: undefined, alternates: undefined };
  const attempt: Attempt = { tokens, end: to, mentions, agentWords: patterns.agentWords, found: scratch, literals, lists: table.elementLists, at: 0 };
  for (let a = 0; a < anchorCount; a++) {
    const t = anchors[a]!, plan = anchored[a]!;
    // A name is no act: "the Rapid Support Forces" support no one, the "Free Syrian Army" frees no one.
    if (mentions.inName(t, tokens)) continue;
    // Most patterns fail on their next word: the words near the anchor, read once, turn them away.
    // (a group with no gap before its next word opens only at the first few words)
    const near = literals.near(tokens, t + 1, to, plan.gapped ? PROBE_REACH + 1 : NEXT_REACH);
    const stamp = table.nextAnchor();
    // the groups to try: those with no probe, and those a word near the anchor lets through, in order
    let count = 0;
    for (let j = 0; j < near; j++) {
      const at = window[j]! < 0 ? -1 : table.probeIndex(plan, window[j]!);
      if (at < 0) continue;
      for (let k = opensAt[at]!; k < opensAt[at + 1]!; k++) {
        const g = opens[k]!;
        if (open[g] !== stamp && (j < NEXT_REACH || gap[g] === 1)) {
          open[g] = stamp;
          opened[count++] = g;
        }
      }
    }
    for (let k = plan.alwaysAt; k < plan.alwaysAt + plan.alwaysCount; k++) opened[count++] = always[k]!;
    if (count === 0) continue;
    ascending(opened, count);
    let matched: Trigger[] | undefined;
    let passive: boolean | undefined;
    scratch.start = t;
    for (let o = 0; o < count; o++) {
      const g = opened[o]!;
      for (let k = first[g]!; k < first[g + 1]!; k++) {
        if (!literals.possible(needs, needsAt[k]!, needsAt[k + 1]!, sentence)) continue;
        const pattern = table.patterns[k]!;
        scratch.pattern = pattern;
        scratch.end = t + 1;
        scratch.target = scratch.source = undefined;
        attempt.at = table.elementsAt[k]!;
        let ok = matchFrom(attempt, pattern.elements, 1, t + 1);
        // "was attacked by X": the target of "attack +" is the subject, before the trigger.
        if (!ok && pattern.elements[1]?.type === 'target') {
          passive ??= isPassive(tokens, t, from, to, mentions.agentAt);
          ok = passive && matchFrom(attempt, pattern.elements, 2, pastAgent(tokens, t + 1, to, mentions));
        }
        if (ok) (matched ??= []).push({ ...scratch });
      }
    }
    if (matched) best.push(bestOf(matched));
  }
  // Of two overlapping matches, one that reaches over the other's anchor governs it ("demanded that
  // Russia pull its troops out" is the demand); otherwise the more specific wins. (The matches stand
  // in the order of their anchors, so the kept ones do too.)
  const kept: Trigger[] = [];
  for (const c of best) if (!overruled(c, best)) kept.push(c);
  return kept;
}

/** Whether another match overlapping `c` wins over it (see wins). */
function overruled(c: Trigger, all: readonly Trigger[]): boolean {
  for (const o of all) if (o !== c && c.start < o.end && o.start < c.end && wins(o, c)) return true;
  return false;
}

/** Sorts the first `count` numbers of a short list in place, ascending (an insertion sort: the lists hold a few groups). */
function ascending(xs: Int32Array, count: number): void {
  for (let i = 1; i < count; i++) {
    const x = xs[i]!;
    let j = i - 1;
    for (; j >= 0 && xs[j]! > x; j--) xs[j + 1] = xs[j]!;
    xs[j + 1] = x;
  }
}

/** Past "by X" and a phrase of time after a passive: "Iran was urged by the EU on Monday to …". */
function pastAgent(tokens: TokenTable, t: number, to: number, mentions: SentenceMentions): number {
  t = afterTime(tokens, t, to);
  if (tokens.normal(t) !== 'by') return t;
  const m = mentions.near(t + 1, tokens);
  return m ? afterTime(tokens, mentions.members(m).at(-1)!.end, to) : t;
}

/**
 * One anchor's groups of patterns (see PatternGroup) as the scan reads them: where its rows start in
 * the PlanTable, and how many it has.
 */
interface AnchorPlan {
  /** How many groups of patterns it has (numbered across plans in the table), and whether some have a gap before their next word. */
  groups: number;
  gapped: boolean;
  /** The probe numbers of its groups' next words, ascending: from probesAt on in the table's `probes`. */
  probesAt: number;
  probeCount: number;
  /** The filter of its probes' bits (see PlanTable.probeIndex): from bitsAt on, `mask + 1` bits. */
  bitsAt: number;
  mask: number;
  /** The groups with no probe, which every anchor tries: from alwaysAt on in the table's `always`. */
  alwaysAt: number;
  alwaysCount: number;
}

/**
 * Every anchor's plan in a few typed arrays shared by all, each plan a row of offsets into them
 * (see AnchorPlan): an anchor reads several of its plan's runs, and runs kept side by side in a few
 * arrays stay in the processor's cache, where arrays of each plan's own missed it at every anchor.
 */
class PlanTable {
  /** Every plan's patterns, group after group: group g's from first[g] to first[g + 1]. */
  readonly patterns: CompiledPattern[] = [];
  first = new Int32Array(0);
  /** By group, 1 where a gap stands before its next word (see PatternGroup.gap). */
  gap = new Uint8Array(0);
  /** By group, the number of the last anchor whose nearby words let it through. */
  open = new Int32Array(0);
  /** By pattern k, the lists it needs a word of (see Literals): needs[needsAt[k]] to needs[needsAt[k + 1]]. */
  needs = new Int32Array(0);
  needsAt = new Int32Array(0);
  /** By pattern k, the list of each of its elements, from elementsAt[k] on: -1 for the anchor, a slot, a gap, or words without a list. */
  elementLists = new Int32Array(0);
  elementsAt = new Int32Array(0);
  /** The plans' probe numbers; for the one at index i the groups it lets through, opens[opensAt[i]] to opens[opensAt[i + 1]]. */
  probes = new Int32Array(0);
  opens = new Int32Array(0);
  opensAt = new Int32Array(0);
  bits = new Int32Array(0);
  always = new Int32Array(0);
  private anchor = 0;
  /** The lists the table is made from, until `finish`. */
  private building: Record<'first' | 'gap' | 'needs' | 'needsAt' | 'elementLists' | 'elementsAt' | 'probes' | 'opens' | 'opensAt' | 'bits' | 'always', number[]> | undefined = {
    first: [0], gap: [], needs: [], needsAt: [0], elementLists: [], elementsAt: [], probes: [], opens: [], opensAt: [0], bits: [], always: [],
  };

  /**
   * Adds a plan for `groups`: `probesOf` gives each group's probe numbers, `listOf` the list of an
   * element after a pattern's anchor (-1 for none).
   */
  add(groups: PatternGroup[], probesOf: (g: PatternGroup) => number[], listOf: (el: PatternElement) => number): AnchorPlan {
    const b = this.building!;
    const firstGroup = b.gap.length, alwaysAt = b.always.length;
    const opens = new Map<number, number[]>();
    groups.forEach((g, index) => {
      for (const p of probesOf(g)) {
        const list = opens.get(p);
        if (list) list.push(firstGroup + index);
        else opens.set(p, [firstGroup + index]);
      }
      for (const pattern of g.patterns) {
        this.patterns.push(pattern);
        const lists = [-1, ...pattern.elements.slice(1).map(listOf)];
        b.needs.push(...lists.filter((l) => l >= 0));
        b.needsAt.push(b.needs.length);
        b.elementsAt.push(b.elementLists.length);
        b.elementLists.push(...lists);
      }
      b.first.push(this.patterns.length);
      b.gap.push(g.gap ? 1 : 0);
      if (!g.probe) b.always.push(firstGroup + index);
    });
    const keys = [...opens.keys()].sort((x, y) => x - y);
    let size = 32;
    while (size < 8 * keys.length) size *= 2;
    const plan: AnchorPlan = {
      groups: groups.length, gapped: groups.some((g) => g.gap), probesAt: b.probes.length, probeCount: keys.length, bitsAt: b.bits.length, mask: size - 1,
      alwaysAt, alwaysCount: b.always.length - alwaysAt,
    };
    const bits = new Array<number>(size >> 5).fill(0);
    for (const p of keys) {
      const bit = probeBit(p, plan.mask);
      bits[bit >> 5]! |= 1 << (bit & 31);
      b.probes.push(p);
      b.opens.push(...opens.get(p)!);
      b.opensAt.push(b.opens.length);
    }
    b.bits.push(...bits);
    return plan;
  }

  /** Makes the typed arrays, once every plan is added. */
  finish(): void {
    const b = this.building!;
    this.first = Int32Array.from(b.first);
    this.gap = Uint8Array.from(b.gap);
    this.open = new Int32Array(b.gap.length);
    this.needs = Int32Array.from(b.needs);
    this.needsAt = Int32Array.from(b.needsAt);
    this.elementLists = Int32Array.from(b.elementLists);
    this.elementsAt = Int32Array.from(b.elementsAt);
    this.probes = Int32Array.from(b.probes);
    this.opens = Int32Array.from(b.opens);
    this.opensAt = Int32Array.from(b.opensAt);
    this.bits = Int32Array.from(b.bits);
    this.always = Int32Array.from(b.always);
    this.building = undefined;
  }

  /** A number for the next anchor, above every number in `open`. */
  nextAnchor(): number {
    if (this.anchor === 0x7fffffff) {
      this.open.fill(0);
      this.anchor = 0;
    }
    return ++this.anchor;
  }

  /**
   * The index of probe number `p` among the plan's probes in `probes`, or -1. A filter of their bits,
   * a byte or so for each, is asked first: nine in ten words near an anchor are no probe of its
   * plan, and the filter turns most of them away before the list is searched.
   */
  probeIndex(plan: AnchorPlan, p: number): number {
    const bit = probeBit(p, plan.mask);
    if ((this.bits[plan.bitsAt + (bit >> 5)]! & (1 << (bit & 31))) === 0) return -1;
    const xs = this.probes;
    let lo = plan.probesAt, hi = plan.probesAt + plan.probeCount - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1, v = xs[mid]!;
      if (v === p) return mid;
      if (v < p) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }
}

function probeBit(p: number, mask: number): number {
  return (Math.imul(p, 0x9e3779b1) >>> 16) & mask;
}

/** What a word form is to the patterns while they are indexed (see Literals, which keeps it flat). */
interface WordUse {
  /** The groups of patterns it anchors. */
  plan: AnchorPlan | undefined;
  /** The word lists (by number) it belongs to. */
  lists: number[];
  /** Its number among the words that some group's next word may be (see PatternGroup.probe), or -1. */
  probe: number;
  /** STOP, COMMA, QUOTE. */
  flags: number;
}
/** A word that ends the reach of a gap (GAP_STOPS), a comma, a quote mark. */
const STOP = 1, COMMA = 2, QUOTE = 4;
/** A word that anchors patterns (has a plan), a word of some list. */
const ANCHORS = 1, LISTED = 2;

/**
 * The word lists (alternations) of the patterns' literal words after their anchors, numbered: a
 * pattern can match only in a sentence that holds a word of each of its lists, which one look-up
 * per token of the sentence marks, the same look-up that finds the anchors and the words near them
 * that let groups of patterns through. Made when first needed.
 *
 * Each word form the patterns use has a number (0 for every other word), and what it is to them is
 * kept by that number in flat arrays, which the scan of every token reads.
 */
class Literals {
  /** For each word form, its use number. */
  private readonly uses = new Map<string, number>();
  /** By use number: the groups of patterns the word anchors. */
  private readonly plans: (AnchorPlan | undefined)[];
  /** By use number: its probe number (see WordUse.probe), or -1. */
  private readonly probes: Int32Array;
  /** By use number: STOP, COMMA, QUOTE. */
  private readonly flags: Uint8Array;
  /** By use number: ANCHORS and LISTED, which the scan of every token asks before reading more. */
  private readonly kinds: Uint8Array;
  /** By use number: where its lists start in `lists` (and the next number's, where they end). */
  private readonly listsAt: Int32Array;
  private readonly lists: Int32Array;
  /**
   * Use numbers by vocabulary number, one table per tagger (see TokenTable.ids): each word's use
   * number + 1 (0 for a word not yet met), a typed array small enough to stay in cache.
   */
  private readonly byNumber = new WeakMap<object, { uses: Uint16Array | Int32Array; filled: number }>();
  /** Per list, the stamp of the last sentence marked as holding one of its words. */
  private readonly held: Int32Array;
  private stamp = 0;
  /** The current sentence's use numbers, from its first token. */
  private sentence = new Int32Array(256);
  private from = 0;
  /**
   * What the scan of a sentence found, reused by the next (lists that keep their room): the tokens
   * that anchor patterns and their plans, in order, `anchorCount` of them.
   */
  anchors = new Int32Array(64);
  readonly anchored: AnchorPlan[] = [];
  anchorCount = 0;
  /** The probe numbers of the words near an anchor (see near). */
  readonly window = new Int32Array(PROBE_REACH + 1);
  /** Room for the groups of patterns to try at an anchor (see findTriggers). */
  readonly opened: Int32Array;
  /** The plans of every anchor. */
  readonly table = new PlanTable();

  constructor(patterns: EventPatterns) {
    const numbered: WordUse[] = [{ plan: undefined, lists: [], probe: -1, flags: 0 }];
    const use = (w: string) => {
      let n = this.uses.get(w);
      if (n === undefined) {
        this.uses.set(w, (n = numbered.length));
        numbered.push({ plan: undefined, lists: [], probe: -1, flags: 0 });
      }
      return numbered[n]!;
    };
    for (const w of GAP_STOPS) use(w).flags |= STOP;
    for (const w of QUOTES) use(w).flags |= QUOTE;
    use(',').flags |= COMMA;
    let probes = 0;
    for (const groups of patterns.byAnchor.values()) {
      for (const g of groups) for (const p of g.probe ?? []) if (use(p).probe < 0) use(p).probe = probes++;
    }
    const ids = new Map<ReadonlySet<string>, number>();
    const listOf = (el: PatternElement): number => {
      // A list with a word most sentences hold ("to", "of") turns nothing away: it is not marked.
      if (el.type !== 'word' || [...el.words].some((w) => EVERYWHERE.has(w))) return -1;
      let id = ids.get(el.words);
      if (id === undefined) {
        ids.set(el.words, (id = ids.size));
        for (const w of el.words) use(w).lists.push(id);
      }
      return id;
    };
    // every form of an anchor shares its list of groups, and so its plan
    const plans = new Map<PatternGroup[], AnchorPlan>();
    const probesOf = (g: PatternGroup) => [...(g.probe ?? [])].map((p) => use(p).probe);
    for (const [w, groups] of patterns.byAnchor) {
      let plan = plans.get(groups);
      if (!plan) plans.set(groups, (plan = this.table.add(groups, probesOf, listOf)));
      use(w).plan = plan;
    }
    this.table.finish();
    this.held = new Int32Array(ids.size);
    this.opened = new Int32Array(Math.max(0, ...[...plans.values()].map((p) => p.groups)));
    this.plans = numbered.map((u) => u.plan);
    this.probes = Int32Array.from(numbered, (u) => u.probe);
    this.flags = Uint8Array.from(numbered, (u) => u.flags);
    this.kinds = Uint8Array.from(numbered, (u) => (u.plan ? ANCHORS : 0) | (u.lists.length ? LISTED : 0));
    this.listsAt = new Int32Array(numbered.length + 1);
    numbered.forEach((u, n) => (this.listsAt[n + 1] = this.listsAt[n]! + u.lists.length));
    this.lists = Int32Array.from(numbered.flatMap((u) => u.lists));
  }

  /**
   * Marks the lists the tokens `[from, to)` hold a word of, and collects the tokens that anchor
   * patterns with their groups, in order; returns the sentence's stamp.
   */
  scan(tokens: TokenTable, from: number, to: number): number {
    const stamp = ++this.stamp;
    this.from = from;
    if (this.sentence.length < to - from) this.sentence = new Int32Array(2 * (to - from));
    if (this.anchors.length < to - from) this.anchors = new Int32Array(2 * (to - from));
    const sentence = this.sentence, ids = tokens.ids(), held = this.held, listsAt = this.listsAt, lists = this.lists;
    const anchors = this.anchors, anchored = this.anchored, kinds = this.kinds;
    let count = 0;
    let table = this.byNumber.get(tokens.vocabulary);
    // (two bytes a word while the patterns' words number fewer than 65,535: half the memory to miss in)
    if (!table) this.byNumber.set(tokens.vocabulary, (table = { uses: this.plans.length < 0xffff ? new Uint16Array(1 << 16) : new Int32Array(1 << 16), filled: 0 }));
    for (let t = from; t < to; t++) {
      const id = ids[t]!;
      let n = (id >= 0 && id < table.uses.length ? table.uses[id]! : 0) - 1;
      if (n < 0) {
        n = this.uses.get(tokens.normal(t)) ?? 0;
        if (id >= 0) {
          // past the vocabulary of a large archive, the table starts again
          if (table.filled >= WORDS_KEPT) {
            table.uses.fill(0);
            table.filled = 0;
          }
          table.uses = widened(table.uses, id + 1);
          table.filled++;
          table.uses[id] = n + 1;
        }
      }
      sentence[t - from] = n;
      const kind = kinds[n]!;
      if (kind === 0) continue;
      if (kind & LISTED) for (let k = listsAt[n]!, last = listsAt[n + 1]!; k < last; k++) held[lists[k]!] = stamp;
      if (kind & ANCHORS) {
        anchors[count] = t;
        anchored[count++] = this.plans[n]!;
      }
    }
    this.anchorCount = count;
    return stamp;
  }

  /**
   * Puts in `window` the probe numbers of the words from `t` up to a clause break or `to`, `most` of
   * them at most, where a pattern's next word must be, and returns how many. The reach is generous
   * (a name in a gap counts as one word when matching): this only turns patterns away.
   */
  near(tokens: TokenTable, t: number, to: number, most: number): number {
    const into = this.window, start = t;
    let count = 0;
    for (; t < to && count < most; t++) {
      const n = this.sentence[t - this.from]!, flags = this.flags[n]!;
      into[count++] = this.probes[n]!;
      if (flags === 0) continue;
      if (flags & STOP && !(flags & QUOTE && quotedWords(tokens, t, start))) break;
      // past a description set off by commas, which a gap counts as one word
      if (flags & COMMA) t = this.closingComma(t + 1, to) - 1;
    }
    return count;
  }

  /** closingComma (see there) read from the sentence's flags, with no strings: near() asks at every comma. */
  private closingComma(t: number, end: number): number {
    for (let k = t; k < Math.min(end, t + APPOSITION); k++) {
      const flags = this.flags[this.sentence[k - this.from]!]!;
      if (flags & COMMA) return k + 1;
      if (flags & STOP) return t;
    }
    return t;
  }


  /** Whether token t of the sentence scanned last is a word of list `list`. */
  holds(t: number, list: number): boolean {
    const n = this.sentence[t - this.from]!;
    for (let k = this.listsAt[n]!, last = this.listsAt[n + 1]!; k < last; k++) if (this.lists[k] === list) return true;
    return false;
  }

  /** Whether the sentence marked with `stamp` holds a word of each of a pattern's lists (`needs[from, to)`). */
  possible(needs: Int32Array, from: number, to: number, stamp: number): boolean {
    for (let k = from; k < to; k++) if (this.held[needs[k]!] !== stamp) return false;
    return true;
  }
}

/** Words nearly every sentence holds: marking the lists they are in would cost more than it saves. */
const EVERYWHERE = new Set(['the', 'a', 'an', 'of', 'in', 'to', 'on', 'for', 'with', 'at', 'by', 'from', 'and', 'as']);

const literalIndex = new WeakMap<EventPatterns, Literals>();
function literalsOf(patterns: EventPatterns): Literals {
  let l = literalIndex.get(patterns);
  if (!l) literalIndex.set(patterns, (l = new Literals(patterns)));
  return l;
}

function wins(a: Trigger, b: Trigger): boolean {
  const governs = (x: Trigger, y: Trigger) => x.start < y.start && y.start < x.end;
  if (governs(a, b)) return true;
  if (governs(b, a)) return false;
  return better(a, b) || (!better(b, a) && a.start < b.start);
}

/** Whether a trigger's rule admits only some doers. */
function bySectors(t: Trigger): boolean {
  return t.pattern.rule?.onlyBy !== undefined || t.pattern.rule?.notBy !== undefined;
}

/**
 * The best of the matches at one anchor (most literal words, then the longest; the first of equals),
 * with the others of other rules as its alternates, best first, where some rule admits only some
 * doers: which of them codes the act depends on who does it.
 */
function bestOf(matched: Trigger[]): Trigger {
  let top = matched[0]!;
  for (const m of matched) if (better(m, top)) top = m;
  if (matched.length > 1 && matched.some(bySectors)) {
    const others = matched.filter((m) => m !== top && m.pattern.rule !== top.pattern.rule);
    // a stable sort: equals keep their order
    if (others.length) top.alternates = others.sort((a, b) => (better(a, b) ? -1 : better(b, a) ? 1 : 0));
  }
  return top;
}

function better(a: Trigger, b: Trigger): boolean {
  if (a.pattern.literals !== b.pattern.literals) return a.pattern.literals > b.pattern.literals;
  return a.end - a.start > b.end - b.start;
}

import type { TokenTable } from '../nlp/tokens.js';
import { formsOf, IRREGULAR_FORMS } from '../../lexicon/inflect.js';
import { POSSESSIVE_PRONOUNS } from '../actors/words.js';
import type { SentenceMentions, Trigger } from './01-triggers.js';
import { beforeTime } from './time.js';
import { ATTEMPTED, CALLED_OFF, CONDITIONS, DENIAL_FRAMES, FAILURES, FUTURE_MODALS, GAP_STOPS, HEDGES, INTENT_FRAMES, NEGATIONS, PASSIVE_AUX, PHRASE_POS, REFUSAL_FRAMES, RELATIVE_PRONOUNS, SAYING, THREAT_FRAMES } from './words.js';

// Parts of speech the frame's tests ask about (sets made once, not lists made at each question).
const CLAUSE_WORDS: ReadonlySet<string> = new Set(['VERB', 'ADJ', 'AUX', 'NOUN']);
const NOUNS: ReadonlySet<string> = new Set(['NOUN', 'PROPN']);
const NOMINALS: ReadonlySet<string> = new Set(['NOUN', 'ADJ', 'PROPN']);
const NOUN_PHRASE_LEADS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'ADV', 'NUM', 'PRON']);
const DETERMINERS: ReadonlySet<string> = new Set(['DET', 'NUM']);
const VERB_OR_ADP: ReadonlySet<string> = new Set(['VERB', 'ADP']);

/** Nouns of asking whose "that" clause is what is asked: "rejected demands that he resign". */
const DEMAND_NOUNS: ReadonlySet<string> = new Set(['demand', 'demands', 'call', 'calls', 'appeal', 'appeals', 'request', 'requests', 'pressure', 'ultimatum', 'insistence']);

/**
 * What the sentence makes of an act: done; intended ("will visit"); threatened ("threatened to",
 * "will … unless"); refused; demanded of its subject by a speaker ("Sudan must return the
 * helicopter, Russia said"); or only supposed ("if Iran attacks").
 */
export type Mode = 'act' | 'intent' | 'threat' | 'refuse' | 'demand' | 'hypothetical';

/** How the sentence frames a trigger's act: done, intended, threatened or refused; negated; passive. */
export interface Frame {
  mode: Mode;
  negated: boolean;
  passive: boolean;
  /** The first token of the frame ("threatened to …"): where the trigger's words begin, and the subject ends. */
  start: number;
  /** The act is what another trigger asks for ("urged Kenya to sign"): that trigger codes the request. */
  governed: boolean;
  /** A participle describing a noun, "the detained sailors", "the occupied territories": no act here. */
  described: boolean;
  /** Where a condition after the act begins ("… unless Baghdad accepts"): its subject is whom a threat is aimed at. */
  condition?: number;
  /** An intent agreed on or voted for ("EU ministers agreed to impose sanctions"): a decision taken. */
  decided?: boolean;
}

// What ends the reach of a trigger that governs an infinitive: a clause break or a comma.
const GOVERN_STOPS: ReadonlySet<string> = new Set([...GAP_STOPS, ',']);

// Frame words of a decision taken by a body: "agreed to impose", "voted to expel".
const DECIDED = new Set(['agreed', 'voted']);

/** The frame of an act the sentence simply reports, its words starting at `start`. */
export function actFrame(start: number): Frame {
  return { mode: 'act', negated: false, passive: false, start, governed: false, described: false };
}

// Prepositions whose gerund says what an act is about: "accused … of", "charged … with", "a plan for",
// "talks on easing tension".
const CONTENT_PREPOSITIONS = new Set(['of', 'with', 'for', 'about', 'on']);
// How far before "to" a frame word may stand, and before a trigger a condition.
const FRAME_REACH = 4;
const CONDITION_REACH = 8;
const NOUN_REACH = 5;
// How far after a governing trigger ("urged Kenya … to") the act it asks for may stand.
const GOVERN_REACH = 10;
const CONDITION_AFTER = 15;
const DENIAL_REACH = 10;
const REQUEST_REACH = 8;
const DENIALS = new Set(['deny', 'denies', 'denied', 'denying']);
/** Nouns for what a denial denies: "denied reports that", "denied the allegations that". */
const CLAIMS = new Set(['report', 'reports', 'claim', 'claims', 'allegation', 'allegations', 'accusation', 'accusations', 'suggestion', 'suggestions', 'charge', 'charges', 'rumours', 'rumors', 'speculation']);
/** What makes an act an obligation a speaker puts on its subject: "must return", "should withdraw". */
const OBLIGATION = new Set(['must', 'should', 'has to', 'have to', 'needs to', 'need to', 'ought to']);

const isFrameWord = (tokens: TokenTable, t: number) => {
  if (!CLAUSE_WORDS.has(tokens.pos[t]!)) return false;
  const w = tokens.normal(t);
  return INTENT_FRAMES.has(w) || THREAT_FRAMES.has(w) || REFUSAL_FRAMES.has(w) || DENIAL_FRAMES.has(w);
};

// "is to visit", "was to sign": an arrangement, so an intention.
const BE = new Set(['is', 'are', 'was', 'were', 'be']);

const skippable = (tokens: TokenTable, t: number) => tokens.pos[t] === 'ADV' && !NEGATIONS.has(tokens.normal(t));

/** Whether token `t` is a participle after "be" or "get" ("was attacked"), or before "by" ("attacked by"). */
export function isPassive(tokens: TokenTable, t: number, from: number, to: number, agentFollows: (t: number) => boolean): boolean {
  const w = tokens.normal(t);
  if (tokens.pos[t] !== 'VERB' || w.endsWith('ing')) return false;
  const participle = w.endsWith('ed') || w.endsWith('en') || IRREGULAR_FORMS.has(w);
  if (!participle) return false;
  let p = t - 1;
  while (p >= from && (skippable(tokens, p) || NEGATIONS.has(tokens.normal(p)))) p--;
  if (p >= from && PASSIVE_AUX.has(tokens.normal(p))) return true;
  // "attacked by rebels", but not "spoke by phone": an agent must follow.
  return t + 1 < to && tokens.normal(t + 1) === 'by' && agentFollows(t + 2);
}

// Words after a participle that show it has no object of its own: "detained during", "imposed last year".
const AFTER_PARTICIPLE = new Set(['during', 'in', 'at', 'since', 'from', 'by', 'on', 'last', 'earlier', 'over', 'under', 'for', 'after', 'before']);
const PHRASE_PREPOSITIONS = new Set(['of', 'on', 'about', 'for', 'against', 'with', 'from', 'in', 'at']);

const RELATIVE_REACH = 5;
// Frame words whose negation is a refusal: "decided not to cooperate".
const DECISIONS = formsOf(['decide', 'choose', 'opt', 'elect', 'resolve']);

/** Whether the verb at `t` is in the past perfect in a relative clause: "whom they had taken". */
function backgroundClause(tokens: TokenTable, t: number, from: number): boolean {
  let k = t - 1;
  while (k >= from && skippable(tokens, k)) k--;
  if (k < from || tokens.normal(k) !== 'had') return false;
  for (let r = k - 1; r >= Math.max(from, k - RELATIVE_REACH); r--) {
    const w = tokens.normal(r);
    if (RELATIVE_PRONOUNS.has(w)) return r > from && (tokens.normal(r - 1) === ',' || tokens.pos[r - 1] === 'NOUN' || tokens.pos[r - 1] === 'PROPN');
    if (w === ',' || tokens.pos[r] === 'VERB') return false;
  }
  return false;
}

/** Whether a trigger is a verb with its particle: "called on", "pulled out". */
function phrasal(tokens: TokenTable, trigger: Trigger): boolean {
  const second = trigger.pattern.elements[1];
  return second?.type === 'word' && second.words.has(tokens.normal(trigger.start + 1)) && AFTER_PARTICIPLE.has(tokens.normal(trigger.start + 1));
}

/**
 * Whether the participle at `t` (its words ending at `end`) follows the object of an earlier verb
 * ("set free hundreds of activists detained during …", "journalists held hostage in Iraq", "files
 * on five men arrested over the bombings"): a noun right before it, no object after it, and a verb
 * other than one of saying before the noun phrase.
 */
function describesObject(tokens: TokenTable, t: number, end: number, from: number, to: number): boolean {
  if (t - 1 <= from || end >= to || !NOUNS.has(tokens.pos[t - 1]!) || !AFTER_PARTICIPLE.has(tokens.normal(end))) return false;
  let s = t - 1;
  while (s > from && (PHRASE_POS.has(tokens.pos[s - 1]!) || PHRASE_PREPOSITIONS.has(tokens.normal(s - 1)) || HEDGES.has(tokens.normal(s - 1)))) s--;
  // ("the military-led government called on France": "led" is a word of the phrase)
  return s > from && tokens.pos[s - 1] === 'VERB' && !SAYING.has(tokens.normal(s - 1)) && tokens.normal(s - 2) !== '-';
}

// Verbs that give or do what a noun event names: "send … aid", "impose … sanctions".
const GIVING = formsOf(['send', 'provide', 'give', 'deliver', 'offer', 'extend', 'grant', 'contribute', 'donate', 'supply', 'ship', 'impose', 'deploy', 'dispatch']);
// What may stand between such a verb and its noun: "an emergency medical team and $3 million in".
const OBJECT_WORDS = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN', 'CCONJ', 'SYM']);
const GIVING_REACH = 10;

/** The verb a few words before the noun event at `a` that gives it, or -1. */
function givingVerb(tokens: TokenTable, a: number, from: number): number {
  for (let t = a - 1; t >= Math.max(from, a - GIVING_REACH); t--) {
    if (tokens.pos[t] === 'VERB') return GIVING.has(tokens.normal(t)) ? t : -1;
    const w = tokens.normal(t);
    if (!OBJECT_WORDS.has(tokens.pos[t]!) && w !== 'in' && w !== 'of' && w !== '$' && w !== '-') return -1;
  }
  return -1;
}

/**
 * A "noun" in -ing opening a clause, after a comma or "and", with a name or pronoun for its object: a
 * participle the tagger misread ("…, warning NATO that", "and calling them"), not a noun phrase.
 */
function misreadParticiple(tokens: TokenTable, a: number): boolean {
  const before = tokens.normal(a - 1);
  return (before === ',' || before === 'and') && tokens.normal(a).endsWith('ing') && (tokens.pos[a + 1] === 'PROPN' || tokens.pos[a + 1] === 'PRON');
}

// Nouns for what others say happened: an act after "accusations of" is alleged, not reported as done.
const ALLEGATIONS = new Set(['accusation', 'accusations', 'allegation', 'allegations', 'report', 'reports', 'claim', 'claims', 'charges', 'rumours', 'rumors', 'suspicion', 'suspicions']);

/** Whether a noun event at `a` is what "accusations of" or "reports of" allege: "accusations of a chemical attack". */
function alleged(tokens: TokenTable, a: number, from: number): boolean {
  let k = a - 1;
  while (k > from && (tokens.pos[k] === 'DET' || tokens.pos[k] === 'ADJ' || tokens.pos[k] === 'NUM' || tokens.normal(k) === '-')) k--;
  return k > from && tokens.normal(k) === 'of' && ALLEGATIONS.has(tokens.normal(k - 1));
}

// How far before an act the "charges that" which allege it may stand.
const ALLEGED_REACH = 10;

/** Whether the act at `a` is in a clause that "charges that" or "reports that" opens: "charges that Iraq had used chemical weapons". */
function allegedClause(tokens: TokenTable, a: number, from: number): boolean {
  for (let k = a - 1; k > from && a - k <= ALLEGED_REACH; k--) {
    const w = tokens.normal(k);
    if (w === 'that') {
      // ("denied reports that its jets bombed": a denial, which codes the act as not done)
      let v = k - 2;
      while (v > from && (tokens.pos[v] === 'DET' || tokens.pos[v] === 'ADJ')) v--;
      return ALLEGATIONS.has(tokens.normal(k - 1)) && !DENIAL_FRAMES.has(tokens.normal(v));
    }
    if (w === ',' || GAP_STOPS.has(w)) return false;
  }
  return false;
}

// How far before a modal "warned that" may stand: "warned on Monday that Chinese consumers could".
const WARNING_REACH = 10;

/** Whether the modal at `p` is in a clause that "warned (X) that" opens. */
function warnedThat(tokens: TokenTable, p: number, from: number): boolean {
  for (let t = p - 1; t >= Math.max(from, p - WARNING_REACH); t--) {
    const w = tokens.normal(t);
    if (w === 'that') {
      let k = beforeTime(tokens, t - 1, from);
      if (k >= from && !THREAT_FRAMES.has(tokens.normal(k))) k--; // "warned Australia that"
      return k >= from && THREAT_FRAMES.has(tokens.normal(k));
    }
    if (GAP_STOPS.has(w) || w === ',') return false;
  }
  return false;
}

/** Nouns of "in response to", "in retaliation for": what follows is the reason for another act. */
const RESPONSES: ReadonlySet<string> = new Set(['response', 'retaliation', 'reprisal', 'reaction', 'revenge', 'answer']);

/** Whether the noun event at `a` follows "in response to" or "in retaliation for" (its words between). */
function answered(tokens: TokenTable, a: number, from: number): boolean {
  let k = a - 1;
  while (k > from && (NOUN_PHRASE_LEADS.has(tokens.pos[k]!) || tokens.normal(k) === '-' || tokens.normal(k) === "'s")) k--;
  return k - 2 >= from && (tokens.normal(k) === 'to' || tokens.normal(k) === 'for') && RESPONSES.has(tokens.normal(k - 1)) && tokens.normal(k - 2) === 'in';
}

/** Verbs that keep someone from an act ("bars them from attacking", "refrained from commenting"). */
const PROHIBITIONS = formsOf(['bar', 'ban', 'prohibit', 'prevent', 'stop', 'keep', 'deter', 'restrain', 'refrain', 'block', 'forbid', 'exclude', 'disqualify']);
// How far before "from" such a verb may stand: "barred the two leaders from".
const PROHIBITION_REACH = 5;

/** Whether a verb of prohibition stands a few words before the "from" at `p`. */
function prohibited(tokens: TokenTable, p: number, from: number): boolean {
  for (let t = p - 1; t >= Math.max(from, p - PROHIBITION_REACH); t--) {
    if (PROHIBITIONS.has(tokens.normal(t))) return true;
    if (GAP_STOPS.has(tokens.normal(t)) || tokens.normal(t) === ',') return false;
  }
  return false;
}

/** Nouns whose infinitive says what they are for: "a pact to cut arsenals", "a bid to topple". */
const PURPOSE_NOUNS: ReadonlySet<string> = new Set(['pact', 'pacts', 'treaty', 'treaties', 'deal', 'deals', 'agreement', 'agreements', 'accord', 'accords', 'bid', 'effort', 'efforts', 'drive', 'campaign', 'push', 'scheme']);

/** Words before a participle that make it describe a noun: "other detained leaders", "newly freed prisoners". */
const QUANTIFIERS: ReadonlySet<string> = new Set(['other', 'several', 'many', 'recently', 'newly', 'wrongly', 'unlawfully', 'illegally', 'arbitrarily', 'remaining']);

/** Looks left of a trigger for what frames its act: negation, "plans to", "will", "threatened to", "refused to". */
export function readFrame(tokens: TokenTable, trigger: Trigger, others: Trigger[], from: number, to: number, mentions: SentenceMentions): Frame {
  const a = trigger.start;
  const frame = actFrame(a);
  frame.passive = isPassive(tokens, a, from, to, mentions.agentAt);
  const w0 = tokens.normal(a);
  // "the detained sailors", "its occupied territories", "the Saudi-backed government", "other
  // detained civilian leaders".
  const adjectiveBefore = QUANTIFIERS.has(tokens.normal(a - 1)) && a + 1 < to && NOMINALS.has(tokens.pos[a + 1]!);
  if (a > from && (w0.endsWith('ed') || IRREGULAR_FORMS.has(w0)) && (DETERMINERS.has(tokens.pos[a - 1]!) || POSSESSIVE_PRONOUNS.has(tokens.normal(a - 1)) || tokens.normal(a - 1) === '-' || adjectiveBefore)) {
    frame.described = true;
  }
  // "to release detained leaders", "the fate of abducted students": a participle between a verb or
  // a preposition and its noun describes the noun
  if (a > from && w0.endsWith('ed') && VERB_OR_ADP.has(tokens.pos[a - 1]!) && tokens.startsLower(a - 1) && NOUNS.has(tokens.pos[a + 1]!) && a + 1 < to) {
    frame.described = true;
  }
  // "freed hundreds of activists detained during the protests", "lifted the sanctions imposed last
  // year": a participle after the object it describes tells what was done before, no act here.
  if ((w0.endsWith('ed') || IRREGULAR_FORMS.has(w0)) && !phrasal(tokens, trigger) && describesObject(tokens, a, trigger.target || trigger.source ? a + 1 : trigger.end, from, to)) frame.described = true;
  // "…, whom they had seized in March": a relative clause in the past perfect tells what
  // had happened before, no act of the report's
  if (backgroundClause(tokens, a, from)) frame.described = true;
  // "the summit between China and Japan was cancelled": it did not take place; "the talks are
  // scheduled for Friday", "the planned visit": it is to come.
  const fate = tokens.pos[a] === 'NOUN' || tokens.pos[a] === 'PROPN' ? nounFate(tokens, a, trigger.end, from, to) : undefined;
  if (fate === 'off') frame.negated = true;
  if (fate === 'planned') frame.mode = 'intent';
  // "imposed sanctions in response to its nuclear tests": the act answered is told as the reason,
  // not reported as news
  if ((tokens.pos[a] === 'NOUN' || tokens.pos[a] === 'ADJ') && answered(tokens, a, from)) frame.described = true;
  // "Western accusations of a chemical attack", "reports of shelling": an act others allege
  if ((tokens.pos[a] === 'NOUN' || tokens.pos[a] === 'ADJ' || tokens.normal(a).endsWith('ing')) && alleged(tokens, a, from)) frame.mode = 'hypothetical';
  // "to investigate charges that Iraq had used chemical weapons": so is an act in what they say
  else if (allegedClause(tokens, a, from)) frame.mode = 'hypothetical';
  // "would send an emergency team and $3 million in humanitarian assistance": a noun event takes the
  // frame of the verb that gives it
  const giver = tokens.pos[a] === 'NOUN' || tokens.pos[a] === 'ADJ' ? givingVerb(tokens, a, from) : -1;
  let p = (giver >= 0 ? giver : a) - 1;
  const negation = (t: number) => t >= from && NEGATIONS.has(tokens.normal(t));
  while (p >= from && (skippable(tokens, p) || negation(p))) {
    if (negation(p)) frame.negated = true;
    p--;
  }
  if (p < from) return frame;
  const w = tokens.normal(p);
  if ((FUTURE_MODALS.has(w) || w === 'could' || w === 'might') && !frame.negated && warnedThat(tokens, p, from)) {
    // "warned that Chinese consumers could boycott Australian wine": what a warning says will come is a threat
    frame.mode = 'threat';
    frame.start = p;
  } else if (FUTURE_MODALS.has(w)) {
    // "will not sign", "won't attend": a refusal, not a negated promise.
    frame.mode = frame.negated ? 'refuse' : 'intent';
    frame.negated = false;
    frame.start = p;
  } else if (OBLIGATION.has(w)) {
    frame.mode = 'demand';
    frame.start = p;
  } else if (w === 'to' && OBLIGATION.has(`${tokens.normal(p - 1)} to`)) {
    frame.mode = 'demand'; // "has to return", "needs to withdraw"
    frame.start = p - 1;
  } else if (w === 'to' && PURPOSE_NOUNS.has(tokens.normal(p - 1))) {
    // "the first pact to cut arsenals", "in a bid to topple the government": what an accord or an
    // effort is for is no act of its own
    frame.governed = true;
  } else if (w === 'to') {
    // The frame word may stand a few words before "to": "refused on Friday to hand over".
    let q = p - 1;
    while (q >= from && skippable(tokens, q)) q--;
    for (let k = q; k >= Math.max(from, p - FRAME_REACH) && !GAP_STOPS.has(tokens.normal(k)) && tokens.normal(k) !== ','; k--) {
      if (isFrameWord(tokens, k)) {
        q = k;
        break;
      }
    }
    const word = q >= from ? tokens.normal(q) : '';
    const mode: Mode | undefined = ATTEMPTED.has(word) ? 'act'
      : INTENT_FRAMES.has(word) || BE.has(word) ? 'intent' : THREAT_FRAMES.has(word) ? 'threat' : REFUSAL_FRAMES.has(word) ? 'refuse' : undefined;
    if (mode) {
      // "warned against any attempt to blockade Taiwan", "rejected any plan to annex": none was made
      let r = q - 1;
      while (r >= from && tokens.pos[r] === 'ADJ') r--;
      frame.mode = r >= from && tokens.normal(r) === 'any' && tokens.pos[q] === 'NOUN' ? 'hypothetical' : mode;
      frame.start = q;
      if (DECIDED.has(word)) frame.decided = true;
    } else if (DENIAL_FRAMES.has(word)) {
      // "Israel and the Palestinians failed to reach agreement": talks that end without one are
      // each side's rejection; a failure of one's own act is only its negation ("failed to sign").
      if (trigger.pattern.rule?.mutual && trigger.pattern.rule.refuse && FAILURES.has(word)) frame.mode = 'refuse';
      else frame.negated = true;
      frame.start = q;
    } else {
      // "urged Kenya to sign", "called on them to withdraw": the act is what another trigger asks for.
      // ("shelled Tskhinvali, prompting Russia to threaten": a comma ends what a trigger governs)
      frame.governed = others.some((o) => o !== trigger && o.start < a && a - o.start <= GOVERN_REACH && !spans(tokens, o.start, a, GOVERN_STOPS));
    }
    if (q - 1 >= from && negation(q - 1)) frame.negated = true;
    // "vowed never to recognise", "agreed not to attack": the negation between the frame word and "to";
    // but "decided not to cooperate" declines to
    for (let k = q + 1; k < p; k++) if (negation(k)) frame.negated = true;
    if (frame.negated && (frame.mode === 'intent' || frame.mode === 'act') && DECISIONS.has(tokens.normal(q)) && trigger.pattern.rule?.refuse) {
      frame.mode = 'refuse';
      frame.negated = false;
    }
  } else if (tokens.normal(a).endsWith('ing') && tokens.normal(p) === 'from' && prohibited(tokens, p, from)) {
    // "an accord that bars them from attacking", "banning them from travelling": kept from the act
    frame.governed = true;
  } else if (tokens.normal(a).endsWith('ing') && DENIAL_FRAMES.has(tokens.normal(p))) {
    frame.negated = true; // "denied attacking the convoy"
    frame.start = p;
  } else if (tokens.normal(a).endsWith('ing') && ((CONTENT_PREPOSITIONS.has(tokens.normal(p)) && others.some((o) => o !== trigger && o.start < p && (o.end === p + 1 || o.end === p))) || tokens.normal(p) === 'for')) {
    // "accused Albania of supporting the rebels", "a proposal for signing a pact": what another act
    // is about is no act of its own; nor is a reason ("rewarding them for backing the campaign").
    frame.governed = true;
  } else if (tokens.pos[a] === 'NOUN' && !misreadParticiple(tokens, a)) {
    // "called for a ceasefire and the release of hostages": a noun event another verb asks for.
    // A verb of saying only reports it: "reiterated its demand that Israel ease restrictions".
    frame.governed = others.some((o) => o !== trigger && !o.pattern.rule?.speech && o.end <= a && a - o.end <= NOUN_REACH && tokens.pos[o.start] === 'VERB' && !spans(tokens, o.end, a, GAP_STOPS));
  }
  // "if Russia invaded", "unless Iran complies": a condition, not an act.
  for (let t = frame.start - 1; t >= Math.max(from, frame.start - CONDITION_REACH); t--) {
    const v = tokens.normal(t);
    if (GAP_STOPS.has(v) || v === ',') break;
    if (CONDITIONS.has(v)) frame.mode = 'hypothetical';
  }
  // "will withdraw its force unless Chad holds elections": an intention held back unless the other
  // side acts is a threat. On "if", it is an offer ("would meet the mediator if he gave them a veto")
  // unless the act is one of force, which the intent's code makes a threat ("would strike if …").
  for (let t = trigger.end; t < Math.min(to, trigger.end + CONDITION_AFTER); t++) {
    const v = tokens.normal(t);
    if (v === ';' || v === ':') break;
    if (v !== 'unless' && v !== 'if') continue;
    frame.condition = t + 1;
    if (frame.mode === 'intent' && v === 'unless') frame.mode = 'threat';
    break;
  }
  // "demanded that Chile withdraw its troops": what a demand asks for is the demand's to code.
  // (", and threatened to use force": a past tense after ", and" goes back to the main clause)
  const mainClause = tokens.normal(a - 1) === 'and' && tokens.normal(a - 2) === ',' && tokens.normal(a).endsWith('ed');
  if (!mainClause && others.some((o) => o.pattern.rule?.request && o.end <= a && a - o.end <= REQUEST_REACH && hasThat(tokens, o.start + 1, a))) frame.governed = true;
  // "denied on Thursday that its aircraft had struck …": the act is denied.
  for (let t = frame.start - 1; t >= Math.max(from, frame.start - DENIAL_REACH); t--) {
    const v = tokens.normal(t);
    if (GAP_STOPS.has(v) && v !== 'that') break;
    if (v !== 'that') continue;
    let d = beforeTime(tokens, t - 1, from);
    // "rejected demands that he step down": what others ask for is no act of its own
    if (DEMAND_NOUNS.has(tokens.normal(d))) frame.governed = true;
    // "denied reports that", "rejected claims that": what is denied is the claim's content
    if (CLAIMS.has(tokens.normal(d))) d = beforeTime(tokens, d - (tokens.pos[d - 1] === 'DET' ? 2 : 1), from);
    if (d >= from && DENIALS.has(tokens.normal(d))) frame.negated = true;
    break;
  }
  // "did not sign", "would not visit": a negation before the auxiliary.
  for (let t = frame.start - 1; t >= Math.max(from, frame.start - 3) && !frame.negated; t--) {
    if (negation(t)) frame.negated = true;
    else if (tokens.pos[t] !== 'AUX' && !skippable(tokens, t)) break;
  }
  return frame;
}

// How far past a noun event's words the verb that says what became of it may stand: "the talks
// between the government and the rebels planned for Friday were postponed".
const FATE_REACH = 18;
/** Before a noun event, words that call it off ("the cancelled summit"; not "the long-delayed talks opened") or put it ahead. */
const CANCELLED = new Set(['cancelled', 'canceled', 'scrapped', 'aborted']);
const AHEAD = new Set(['planned', 'proposed', 'upcoming', 'forthcoming', 'scheduled']);
/** After "is" or "are", words that put a noun event ahead: "the summit is scheduled for May". */
const ARRANGED = new Set(['scheduled', 'planned', 'due', 'expected', 'set', 'slated']);
const PRESENT_BE = new Set(['is', 'are', "'s", "'re"]);

/**
 * What became of a noun event at `a` (its words ending at `end`): called off ("was cancelled",
 * "were called off", "the cancelled summit") or still ahead ("is scheduled for May", "the planned visit").
 */
function nounFate(tokens: TokenTable, a: number, end: number, from: number, to: number): 'off' | 'planned' | undefined {
  let b = a - 1;
  while (b >= from && skippable(tokens, b)) b--;
  if (b >= from && CANCELLED.has(tokens.normal(b))) return 'off';
  if (b >= from && AHEAD.has(tokens.normal(b))) return 'planned';
  for (let t = end; t < Math.min(to, end + FATE_REACH); t++) {
    const w = tokens.normal(t);
    if (GAP_STOPS.has(w)) return undefined;
    if (!PASSIVE_AUX.has(w)) continue;
    let p = t + 1;
    while (p < to && (skippable(tokens, p) || tokens.normal(p) === 'been')) p++;
    const v = tokens.normal(p), next = tokens.normal(p + 1);
    if (CALLED_OFF.has(v) || ((v === 'called' || v === 'put') && next === 'off')) return 'off';
    return PRESENT_BE.has(w) && ARRANGED.has(v) ? 'planned' : undefined;
  }
  return undefined;
}

/** Whether "that" opens a clause between `from` and `to`, with no stronger break before it. */
function hasThat(tokens: TokenTable, from: number, to: number): boolean {
  for (let t = from; t < to; t++) {
    const w = tokens.normal(t);
    if (w === 'that') return true;
    if (GAP_STOPS.has(w)) return false;
  }
  return false;
}

function spans(tokens: TokenTable, from: number, to: number, stops: ReadonlySet<string>): boolean {
  for (let t = from; t < to; t++) if (stops.has(tokens.normal(t))) return true;
  return false;
}

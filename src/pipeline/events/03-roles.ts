import type { TokenTable } from '../nlp/tokens.js';
import type { ActorMention } from '../actors/index.js';
import { onlyNames, type SentenceMentions, type Trigger } from './01-triggers.js';
import { afterTime } from './time.js';
import type { Frame } from './02-frame.js';
import { AMOUNTS, CLAUSE_ENDS, CLAUSE_OPENERS, GAP_STOPS, HEDGES, MEETINGS, NUMBER_WORDS, PREPOSITIONS, PRONOUN_SUBJECTS, QUANTITIES, RELATIVE_PRONOUNS, SUBORDINATORS, SAYING, TARGET_PREPOSITIONS, VERBS } from './words.js';

/** Who acts and who is acted on; several each when the actors are compounds ("China and Brazil"). */
export interface Roles {
  sources: ActorMention[];
  targets: ActorMention[];
}

/** Words after a country's name that make it a boundary, not a place: "near the Afghan border". */
const BORDERS = new Set(['border', 'borders', 'frontier', 'boundary']);
// Where an act done to a place happens: "shelled targets inside Syria", "withdrew from Iraq".
const LOCATIVES = new Set(['in', 'into', 'inside', 'near', 'from', 'across', 'over', 'on', 'at', 'around', 'along', 'outside', 'throughout']);
// How far right of a trigger its target may stand when no pattern slot names it.
const TARGET_REACH = 10;
// How far after a passive trigger "by" and its agent may stand: "was received in Lisbon on Friday by …".
const AGENT_REACH = 16;
// How far before a noun trigger its source may end: "Kenya began a visit to …".
const NOUN_REACH = 3;
// How long a subject noun phrase after its modifier may be: "Israeli air strikes on the Gaza Strip".
const SUBJECT_PHRASE = 8;
// How long a participle clause between commas before a verb may be.
const PARTICIPLE_CLAUSE = 16;

/**
 * "The Lebanese president, speaking alongside the French minister in Beirut, thanked Paris": where a
 * clause opened by a participle stands between commas right before a verb, the comma that opens it
 * (the subject stands before it); else the sentence's end.
 */
function participleBefore(tokens: TokenTable, trigger: Trigger, before: number, from: number): number {
  if (before !== trigger.start || tokens.pos[trigger.start] !== 'VERB' || tokens.normal(before - 1) !== ',') return Infinity;
  for (let k = before - 2; k > from && before - k <= PARTICIPLE_CLAUSE; k--) {
    const w = tokens.normal(k);
    if (w === ',') return tokens.pos[k + 1] === 'VERB' && tokens.normal(k + 1).endsWith('ing') ? k : Infinity;
    if (GAP_STOPS.has(w)) return Infinity;
  }
  return Infinity;
}

/**
 * The subject of a trigger: the nearest actor before `before` that is not a place, not inside a
 * prepositional phrase ("the president of Kenya", "talks in Cairo") and not another verb's object.
 * A modifier counts only right before a noun trigger: "a U.S. drone strike".
 */
function subject(tokens: TokenTable, trigger: Trigger, before: number, from: number, mentions: SentenceMentions, skip?: ActorMention, verbal = false): ActorMention[] {
  // "…, bowing to pressure": a participle the tagger calls a noun still has a verb's subject.
  const nounTrigger = !verbal && tokens.pos[trigger.start] === 'NOUN';
  // "Filipino troops battling Abu Sayyaf": a present participle right after an actor is its act
  const right = tokens.normal(trigger.start).endsWith('ing') && before === trigger.start ? mentions.all.find((m) => m.end === before && m.use !== 'place') : undefined;
  if (right) return mentions.members(right).filter((o) => o.use !== 'place');
  // "Klaus Kinkel, on a visit to Tirana,": a noun event set off by commas after its actor
  if (nounTrigger && before === trigger.start) {
    let k = trigger.start - 1;
    while (k > from && (tokens.pos[k] === 'DET' || tokens.pos[k] === 'ADJ' || tokens.pos[k] === 'NUM')) k--;
    const host = tokens.normal(k) === 'on' && tokens.normal(k - 1) === ',' ? mentions.all.find((m) => m.end === k - 1 && m.use !== 'place') : undefined;
    if (host) return mentions.members(host).filter((o) => o.use !== 'place');
  }
  // "following the invasion of …", "after an attack on …": an event named inside a phrase is no
  // act of the actor before the phrase.
  let k = trigger.start - 1;
  while (k >= from && (tokens.pos[k] === 'DET' || tokens.pos[k] === 'ADJ' || tokens.pos[k] === 'NUM')) k--;
  if (nounTrigger && k >= from && (PREPOSITIONS.has(tokens.normal(k)) || SUBORDINATORS.has(tokens.normal(k)))) return [];
  // A complement clause has its own subject: in "demanded … that Soviet forces murdered", Poland's
  // parliament murdered no one. A pronoun subject ("said that it would") reaches back past "that".
  // So has a clause that "after", "when" or "because" opens, unless a comma closes it first: in
  // "Abbas suspended talks after an Israeli offensive killed dozens", Abbas killed no one.
  let barrier = from - 1;
  for (let t = before - 1; t >= from; t--) {
    const w = tokens.normal(t);
    if (PRONOUN_SUBJECTS.has(w) || w === ',') break;
    if (RELATIVE_PRONOUNS.has(w)) {
      // "Mali, which has refused to withdraw", "the Ugandan president, who accused": the relative
      // clause's subject is what the pronoun stands for. (In "Mali, which Senegal accused", Senegal is.)
      const antecedent = ownSubject(t, before, mentions) ? undefined : antecedentOf(tokens, t, from, mentions);
      if (antecedent) return mentions.members(antecedent).filter((o) => o.use !== 'place');
      barrier = t;
      break;
    }
    // "Sudan's army said the RSF had attacked a hospital": the clause a saying reports has its own
    // subject, named or not, even without "that" ("announced a freeze" is the saying's own act).
    // Looking into an earlier clause for a participle's subject, neither "since World War Two" (no
    // verb after it) nor the main clause's own verb of saying is a barrier.
    const inClause = before >= trigger.start;
    const opens = opensClause(tokens, t) && (inClause || hasVerb(tokens, t + 1, before));
    if (w === 'that' || opens || (inClause && tokens.pos[trigger.start] === 'VERB' && t < before - 1 && tokens.pos[t] === 'VERB' && SAYING.has(w))) {
      barrier = t;
      break;
    }
  }
  const inserted = participleBefore(tokens, trigger, before, from);
  for (let i = mentions.all.length - 1; i >= 0; i--) {
    const m = mentions.all[i]!;
    if (m.end > before || m === skip || m.use === 'place' || m.start > inserted) continue;
    if (m.start < barrier) break;
    // A noun event's own actor stands close before it: "Russia's attack", "a U.S. drone strike";
    // "France raised its alert after a deadly attack" is not France's attack.
    if (nounTrigger && wordsBetween(tokens, m.end, before, NOUN_REACH) > NOUN_REACH) break;
    if (m.use === 'attribute') {
      // "a North Korean artillery barrage … killed", "Greek and Italian naval vessels started": the
      // modifiers of the subject phrase stand for it.
      if (leadsSubject(tokens, m, before, from)) return mentions.members(m).filter((o) => o.use !== 'place');
      if (!(nounTrigger && before - m.end <= 2) && !namesPeople(tokens, m.end, before)) continue;
    }
    const group = mentions.members(m).filter((o) => o.use !== 'place');
    // "protested Chinese patrols", "tracked Chinese military drills": the actor that modifies a noun
    // event is its owner, whatever verb the phrase is the object of.
    if (nounTrigger && modifies(tokens, m.end, trigger.start)) return group;
    const head = group[0]!;
    // The word before the noun phrase: "stormed a Kenyan army base" is an object, "on the Gaza Strip" a place.
    let prev = head.start - 1;
    while (prev > from && phraseWord(tokens, prev)) prev--;
    if (prev >= from && !phraseWord(tokens, prev)) {
      const w = tokens.normal(prev);
      // "thousands of Kenyan farmers", "countries in the region" still act.
      // "after Israeli commandos stormed the ship": a clause's subject, not a prepositional object.
      // ("after Afghan Taliban guards opened fire": nouns may finish the subject phrase)
      let e = group.at(-1)!.end;
      while (e < before && tokens.pos[e] === 'NOUN') e++;
      const clause = opensClause(tokens, prev) && VERBS.has(tokens.pos[e]!);
      if (PREPOSITIONS.has(w) && !clause && !((w === 'of' || w === 'in') && QUANTITIES.has(tokens.normal(prev - 1)))) continue;
      // another verb's object, unless the act is its infinitive: "prompting Trump to threaten tariffs"
      const infinitive = group.at(-1)!.end === before - 1 && tokens.normal(before - 1) === 'to' && before === trigger.start;
      if (tokens.pos[prev] === 'VERB' && !SAYING.has(tokens.normal(prev)) && !infinitive) continue;
    }
    return group;
  }
  // "NATO peacekeeping troops arrived in Bosnia": an act whose word describes its actor, before
  // the actor's head word
  const around = before === trigger.start
    ? mentions.all.find((m) => m.start < trigger.start && trigger.start < m.end - 1 && m.end < trigger.end && m.use !== 'place') : undefined;
  return around ? mentions.members(around).filter((o) => o.use !== 'place') : [];
}

/** Whether an actor stands between a relative pronoun at `pronoun` and `before`: "which Senegal accused". */
function ownSubject(pronoun: number, before: number, mentions: SentenceMentions): boolean {
  return mentions.all.some((m) => m.start > pronoun && m.end <= before && m.use !== 'place');
}

/** The actor a relative pronoun at `pronoun` stands for: the one right before it ("Mali, which"). */
function antecedentOf(tokens: TokenTable, pronoun: number, from: number, mentions: SentenceMentions): ActorMention | undefined {
  const end = tokens.normal(pronoun - 1) === ',' ? pronoun - 1 : pronoun;
  return mentions.all.find((m) => m.end === end && m.use !== 'place' && m.start >= from);
}

/**
 * The actor a clause like "which Chile had accused" is about: the antecedent of a relative pronoun
 * before `before` whose clause names its own subject, so that the antecedent is its object.
 */
function relativeObject(tokens: TokenTable, trigger: Trigger, before: number, from: number, mentions: SentenceMentions): ActorMention | undefined {
  for (let t = before - 1; t >= from; t--) {
    const w = tokens.normal(t);
    if (w === 'that') return ownSubject(t, before, mentions) ? summarisedActor(tokens, trigger, t, from, mentions) : undefined;
    if (w === ',' || (GAP_STOPS.has(w) && !RELATIVE_PRONOUNS.has(w))) return undefined;
    if (RELATIVE_PRONOUNS.has(w)) {
      if (!ownSubject(t, before, mentions)) return undefined;
      return antecedentOf(tokens, t, from, mentions) ?? summarisedActor(tokens, trigger, t, from, mentions);
    }
  }
  return undefined;
}

/**
 * "Serbian forces detained three officers, an action that Pristina denounced": a noun after a comma
 * that sums up the main clause stands for its act, so the act's doer is what the clause is about.
 */
function summarisedActor(tokens: TokenTable, trigger: Trigger, pronoun: number, from: number, mentions: SentenceMentions): ActorMention | undefined {
  let k = pronoun - 1;
  if (tokens.pos[k] !== 'NOUN') return undefined;
  k--;
  while (k > from && tokens.pos[k] === 'ADJ') k--;
  if (tokens.pos[k] !== 'DET' || tokens.normal(k - 1) !== ',') return undefined;
  return subject(tokens, trigger, firstVerb(tokens, from, k - 1), from, mentions, undefined, true)[0];
}

/** Whether only adjectives and nouns stand between `from` and a noun at `noun`: "Chinese [naval] patrols". */
function modifies(tokens: TokenTable, from: number, noun: number): boolean {
  if (noun - from > 2) return false;
  for (let t = from; t < noun; t++) if (tokens.pos[t] !== 'ADJ' && tokens.pos[t] !== 'NOUN') return false;
  return true;
}

// Plural nouns of people: landowners, prisoners, fundamentalists, Albanians, refugees, Kurds.
const PEOPLE = /(ers|ors|ists|ians|ans|ants|ents|ees|men|ites|is)$/;

/**
 * Whether a modifier names people, not a thing: "Iraqi Kurds", "Algerian landowners", "Palestinian
 * prisoners" act; "Chinese investment" does not.
 */
function namesPeople(tokens: TokenTable, from: number, before: number): boolean {
  let t = from;
  while (t < before - 1 && t - from < 2 && tokens.pos[t] === 'ADJ') t++;
  if (t >= before || (tokens.pos[t] !== 'NOUN' && tokens.pos[t] !== 'PROPN')) return false;
  const w = tokens.normal(t);
  if (!w.endsWith('s') && !w.endsWith('men')) return false;
  return PEOPLE.test(w) || (!tokens.startsLower(t) && w.endsWith('s'));
}

/**
 * Whether a modifier opens the noun phrase that is the clause's subject: "Israeli air strikes on the
 * Gaza Strip killed …", "an Israeli offensive killed …".
 */
function leadsSubject(tokens: TokenTable, m: ActorMention, before: number, from: number): boolean {
  if (before - m.end > SUBJECT_PHRASE) return false;
  // "The Chinese captain of a trawler was released": the auxiliaries belong to the verb.
  while (before > m.end && (tokens.pos[before - 1] === 'AUX' || tokens.pos[before - 1] === 'ADV')) before--;
  for (let t = m.end; t < before; t++) {
    if (tokens.pos[t] === 'VERB' || tokens.pos[t] === 'AUX' || tokens.normal(t) === ',' || GAP_STOPS.has(tokens.normal(t))) return false;
  }
  const prev = m.start - 1;
  return prev < from || tokens.pos[prev] === 'DET' || opensClause(tokens, prev) || tokens.normal(prev) === ',';
}

/**
 * Whether token t opens a clause ("after", "when", "once"…): not in "once again", "once more",
 * "as well as" or "such as", where the words go on with the clause they stand in.
 */
function opensClause(tokens: TokenTable, t: number): boolean {
  const w = tokens.normal(t);
  if (!CLAUSE_OPENERS.has(w)) return false;
  const next = tokens.normal(t + 1);
  if (w === 'once') return next !== 'again' && next !== 'more';
  if (w === 'as') return next !== 'well' && tokens.normal(t - 1) !== 'well' && tokens.normal(t - 1) !== 'such';
  return true;
}

/**
 * Words in `[from, to)` between an actor and the noun event it does, where articles, adjectives, an
 * amount and a phrase of time count as none: "X on Monday ordered an immediate halt", "X approved a
 * 110-billion-euro rescue package". Counting stops past `limit`.
 */
function wordsBetween(tokens: TokenTable, from: number, to: number, limit: number): number {
  let n = 0;
  for (let t = from; t < to && n <= limit; t++) {
    const timed = afterTime(tokens, t, to);
    if (timed > t + 1) {
      t = timed - 1;
      continue;
    }
    const w = tokens.normal(t), p = tokens.pos[t];
    if (p !== 'NUM' && p !== 'DET' && p !== 'ADJ' && w !== '-' && !AMOUNTS.has(w)) n++;
  }
  return n;
}

/** Whether a verb stands in tokens `[from, to)`. */
function hasVerb(tokens: TokenTable, from: number, to: number): boolean {
  for (let t = from; t < to; t++) if (tokens.pos[t] === 'VERB' || tokens.pos[t] === 'AUX') return true;
  return false;
}

/** A word of a quantity before a noun phrase that is no preposition of its own: "more than 1,000", "up to 100". */
const APPROXIMATELY: ReadonlySet<string> = new Set(['about', 'around', 'over', 'nearly', 'almost', 'some', 'roughly']);

/** A word that opens a noun phrase before its head: "the", "five", "suspected PKK rebels", "about 1,200". */
function phraseWord(tokens: TokenTable, t: number): boolean {
  const p = tokens.pos[t];
  return p === 'DET' || p === 'NUM' || p === 'ADJ' || quantity(tokens, t) || HEDGES.has(tokens.normal(t));
}

function quantity(tokens: TokenTable, t: number): boolean {
  const w = tokens.normal(t);
  if (w === 'to') return tokens.normal(t - 1) === 'up';
  // "about 1,200 Palestinian prisoners": a preposition before a number is part of the amount
  if (APPROXIMATELY.has(w) && tokens.pos[t + 1] === 'NUM') return true;
  return NUMBER_WORDS.has(w) && (!PREPOSITIONS.has(w) || w === 'than');
}

/**
 * The target when no slot names it: the direct object, an actor after one of the target
 * prepositions, or the owner after "of", in the trigger's clause. A place is a target only as an
 * object or after "to" ("visited Kenya", "a visit to Kenya"), or, for acts done to places, after
 * "in", "near" or "from" when no actor is named.
 */
function object(tokens: TokenTable, trigger: Trigger, to: number, mentions: SentenceMentions): ActorMention | undefined {
  // "demanded that Israel ease restrictions": a demand's target is the subject of its clause.
  const that = afterTime(tokens, trigger.end, to);
  if (trigger.pattern.rule?.request && tokens.normal(that) === 'that') {
    const m = mentions.after(tokens, that + 1, to);
    if (m && m.use !== 'place') return m;
  }
  // Inside the trigger's own words: "expelled 23 British diplomats", "imposed sanctions on Russian banks".
  // A role word the story's country fills ("troops", "people") is a target only where a slot names
  // it: "massed troops near the border" are the source's own, "killing hundreds of people" anyone's.
  const inside = mentions.all.find((m) => m.start > trigger.start && m.start < trigger.end && m.use !== 'place' && m.use !== 'role' && !onlyNames(tokens, m));
  if (inside) return inside;
  // "threatened to target Israeli ships": the object of the verb after "to".
  const start = tokens.normal(trigger.end - 1) === 'to' && tokens.pos[trigger.end] === 'VERB' ? trigger.end + 1 : trigger.end;
  const end = Math.min(to, start + TARGET_REACH);
  const placed = trigger.pattern.rule?.placeTarget === true;
  let place: ActorMention | undefined;
  for (let t = start; t < end; t++) {
    const w = tokens.normal(t);
    if (t > start && CLAUSE_ENDS.has(w)) break;
    // "EU ministers, meeting in Brussels, imposed…": a participle set off by commas ends at the next
    if (w === ',' && tokens.normal(trigger.start - 1) === ',') break;
    if (placed && !place && LOCATIVES.has(w)) {
      // "in Kashmir", "in the Ukrainian port city of Mariupol"; "along the border with Pakistan"
      const across = tokens.normal(t + 1) === 'the' && BORDERS.has(tokens.normal(t + 2)) && tokens.normal(t + 3) === 'with' ? t + 4 : t + 1;
      const m = mentions.after(tokens, across, end);
      // "near the Afghan border" may be on either side of it
      if ((m?.use === 'place' || m?.use === 'attribute') && !BORDERS.has(tokens.normal(m.end))) place = m;
    }
    const direct = t === start;
    // "condemned attacks by Russia on Kyiv": the doer of the act a noun trigger names
    if (direct && w === 'by' && tokens.pos[trigger.end - 1] === 'NOUN') {
      const doer = mentions.after(tokens, t + 1, end);
      if (doer && doer.use !== 'place' && doer.use !== 'role') return doer;
    }
    if (direct && !mentions.at(t)) {
      // "supports the integration process of Latin America": the thing acted on belongs to the target.
      const owner = mentions.owner(tokens, t, end, true);
      if (owner) return owner;
    }
    const preposition = TARGET_PREPOSITIONS.has(w);
    if (!direct && !preposition) continue;
    const at = preposition ? t + 1 : t;
    // "delivered an address at the summit": the gathering the report named; "granted asylum to a
    // former head of Bolivia's army": the one the person belongs to.
    const m = mentions.after(tokens, at, end)
      ?? (mentions.gathering && tokens.normal(at) === 'the' && MEETINGS.has(tokens.normal(at + 1)) ? mentions.gathering : undefined)
      ?? (preposition && !mentions.at(at) ? mentions.owner(tokens, at, end, true) : undefined);
    if (!m || m.use === 'role') continue;
    // "massed along the border with Sudan": the country across a border is what a show of force faces
    if (m.use === 'place' && preposition && w !== 'to' && !(placed && w === 'with' && BORDERS.has(tokens.normal(t - 1)))) continue;
    // "rallied in Cairo": after a pattern that ends on a preposition, a place is where, not whom.
    if (m.use === 'place' && direct && !placed && tokens.pos[start - 1] === 'ADP' && tokens.normal(start - 1) !== 'to') continue;
    return m;
  }
  return place;
}

/**
 * The actors after a noun trigger: "by X" (within a few words), or, for a mutual act, both sides of
 * "between X and Y" ("fighting between the army and the rebels"; a mediation between them is not theirs).
 */
function byOrBetween(tokens: TokenTable, start: number, to: number, mentions: SentenceMentions, mutual: boolean): ActorMention[] {
  // within six words, an actor's name one word: "the release of the seven South Korean volunteers by"
  for (let t = start, words = 0; t < to && words < 6; t++, words++) {
    const named = mentions.at(t);
    if (named && named.end > t + 1) t = named.end - 1;
    const w = tokens.normal(t);
    if (GAP_STOPS.has(w)) break;
    if (w !== 'by' && !(w === 'between' && mutual)) continue;
    const m = mentions.after(tokens, t + 1, to);
    if (m && m.use !== 'place') return mentions.members(m);
  }
  return [];
}

/**
 * Whether a trigger opens a participle clause after a comma, "…, killing at least nine", or one
 * joined by "and" to such a clause: "…, calling up reservists and warning NATO".
 */
function participial(tokens: TokenTable, trigger: Trigger, start: number, from: number): boolean {
  if (start !== trigger.start || start - 1 < from || !tokens.normal(trigger.start).endsWith('ing')) return false;
  const before = tokens.normal(start - 1);
  if (before === ',') return true;
  if (before !== 'and') return false;
  for (let t = start - 2; t > from; t--) {
    const w = tokens.normal(t);
    if (w === ',') return false;
    if (w.endsWith('ing') && tokens.normal(t - 1) === ',') return true;
  }
  return false;
}

/**
 * Whose the thing acted on is, when a passive's subject names no actor: "a camp for Congolese
 * refugees was attacked", "the home of an opposition leader was raided". The owner stands after
 * "of" or "for" inside the subject phrase, with no verb or comma between it and the passive.
 */
function ownerInSubject(tokens: TokenTable, before: number, from: number, mentions: SentenceMentions): ActorMention | undefined {
  for (let i = mentions.all.length - 1; i >= 0; i--) {
    const m = mentions.all[i]!;
    if (m.end > before) continue;
    for (let t = m.end; t < before; t++) {
      if (tokens.normal(t) === ',' || (tokens.pos[t] === 'VERB' && t < before - 1)) return undefined;
    }
    let p = m.start - 1;
    while (p > from && (tokens.pos[p] === 'DET' || tokens.pos[p] === 'ADJ' || tokens.pos[p] === 'NUM')) p--;
    const w = tokens.normal(p);
    return m.use !== 'place' && (w === 'of' || w === 'for') ? m : undefined;
  }
  return undefined;
}

/** Whether a predicate at `start` is joined to the one before with no subject: "…, but was still refusing", "…, and threatened". */
function elided(tokens: TokenTable, start: number, from: number): boolean {
  let p = start - 1;
  while (p > from && (tokens.pos[p] === 'AUX' || tokens.pos[p] === 'ADV')) p--;
  const w = tokens.normal(p);
  return p > from && (p < start - 1 || tokens.pos[start] === 'VERB') && (w === 'but' || w === 'and') && tokens.normal(p - 1) === ',';
}

/**
 * "announced a ceasefire and urged the government to …": a verb right after "and" shares the subject
 * of the verb before it. Returns that verb's position, or -1.
 */
function coordinated(tokens: TokenTable, trigger: Trigger, start: number, from: number): number {
  if (start !== trigger.start || tokens.pos[start] !== 'VERB' || tokens.normal(start - 1) !== 'and') return -1;
  for (let t = start - 2; t > from; t--) {
    const w = tokens.normal(t);
    if (GAP_STOPS.has(w) || w === ',') return -1;
    if (tokens.pos[t] === 'VERB' && tokens.pos[t - 1] !== 'ADP' && !w.endsWith('ing')) return t;
  }
  return -1;
}

/** The first verb of a sentence before `before`: the main clause's subject stands before it. */
function firstVerb(tokens: TokenTable, from: number, before: number): number {
  for (let t = from; t < before; t++) if (tokens.pos[t] === 'VERB' || tokens.pos[t] === 'AUX') return t;
  return before;
}

/** The first comma of a sentence before `before`: the main clause's subject stands before it. */
function firstComma(tokens: TokenTable, from: number, before: number): number {
  for (let t = from; t < before; t++) if (tokens.normal(t) === ',') return t;
  return before;
}

/**
 * Where the clause before an "its" or "their" subject ends ("… that its aircraft had struck"): the
 * position of its "that", `from` when there is none; -1 when no such subject stands before `t`.
 */
const OWNERS: ReadonlySet<string> = new Set(['its', 'their', 'his', 'her']);

function ownedSubject(tokens: TokenTable, t: number, from: number): number {
  let p = t - 1;
  while (p >= from && (tokens.pos[p] === 'AUX' || tokens.pos[p] === 'ADV')) p--;
  const noun = p;
  while (p >= from && p > noun - 3 && (tokens.pos[p] === 'NOUN' || tokens.pos[p] === 'ADJ')) p--;
  if (p === noun || p < from || !OWNERS.has(tokens.normal(p))) return -1;
  // "denied that its aircraft had struck", "said their troops had pulled back": the owner is
  // the subject of the clause before.
  for (let q = p - 1; q >= Math.max(from, p - 5); q--) {
    const w = tokens.normal(q);
    if (w === 'that' || (tokens.pos[q] === 'VERB' && SAYING.has(w))) return q;
    if (GAP_STOPS.has(w) || w === ',') break;
  }
  return from;
}

/** Whether a subject pronoun stands just before `t` ("it would", "they have not"). */
function pronounSubject(tokens: TokenTable, t: number, from: number): boolean {
  let p = t - 1;
  while (p >= from && (tokens.pos[p] === 'AUX' || tokens.pos[p] === 'ADV' || tokens.pos[p] === 'PART')) p--;
  return p >= from && PRONOUN_SUBJECTS.has(tokens.normal(p)) && tokens.normal(p) !== 'we' && tokens.normal(p) !== 'i';
}

/** The subject after a phrase that opens the sentence: "During his visit to Nigeria, the German president …". */
function fronted(tokens: TokenTable, trigger: Trigger, from: number, to: number, mentions: SentenceMentions): ActorMention | undefined {
  if (!PREPOSITIONS.has(tokens.normal(from))) return undefined;
  let comma = trigger.end;
  while (comma < to && tokens.normal(comma) !== ',') comma++;
  return mentions.all.find((m) => m.start > comma && !m.use && !PREPOSITIONS.has(tokens.normal(m.start - 1)));
}

/** The speaker after a trigger: "…, said Kenya's foreign minister", "…, Kenya's foreign ministry said". */
export function speakerAfter(tokens: TokenTable, start: number, to: number, mentions: SentenceMentions): ActorMention | undefined {
  for (const m of mentions.all) {
    if (m.start < start || m.use) continue;
    const before = tokens.normal(m.start - 1), after = m.end < to ? tokens.normal(m.end) : '';
    if (SAYING.has(before) || SAYING.has(after) || (tokens.normal(m.start - 1) === 'to' && tokens.normal(m.start - 2) === 'according')) return m;
  }
  return undefined;
}

/**
 * Finds a trigger's source and target: from its slots, else the subject and the object, swapped for
 * a passive ("was attacked by X"), with "$" noun events ("at the invitation of X") taking the
 * sentence's subject as their target, unless the pattern's "+" names it.
 */
export function findRoles(tokens: TokenTable, trigger: Trigger, frame: Frame, from: number, to: number, mentions: SentenceMentions): Roles {
  const rule = trigger.pattern.rule!;
  const list = (m: ActorMention | undefined) => (m ? mentions.members(m) : []);
  if (trigger.source) {
    // A pattern that names both: "sanctions were imposed on + by $".
    if (trigger.target) return { sources: list(trigger.source), targets: list(trigger.target) };
    let targets = subject(tokens, trigger, trigger.start, from, mentions, trigger.source);
    if (!targets.length) {
      // "At the invitation of X, Y …": the subject comes after the phrase.
      const after = mentions.all.find((m) => m.start >= trigger.end && !m.use && !PREPOSITIONS.has(tokens.normal(m.start - 1)));
      targets = list(after);
    }
    return { sources: list(trigger.source), targets };
  }
  if (frame.passive) {
    let agent: ActorMention | undefined;
    // "was attacked by X", "was accused by India of …": the agent may stand inside the pattern's words.
    for (let t = trigger.start + 1; t < Math.min(to, trigger.end + AGENT_REACH) && !agent; t++) {
      const w = tokens.normal(t);
      if (t >= trigger.end && GAP_STOPS.has(w)) break;
      if (w === 'by') agent = mentions.after(tokens, t + 1, to);
    }
    let patient = trigger.target ? [trigger.target] : subject(tokens, trigger, frame.start, from, mentions);
    if (!patient.length) patient = list(ownerInSubject(tokens, frame.start, from, mentions));
    // "Turkish troops backed by tanks": a role word the subject's own country fills is its equipment
    // or its people, not another actor doing the act
    if (agent?.use === 'role' && patient.some((m) => m.actor.code === agent!.actor.code)) agent = undefined;
    return { sources: list(agent), targets: patient.length === 1 ? list(patient[0]) : patient };
  }
  // ", detaining the president": a participle after a comma acts for the sentence's subject; so
  // does a predicate joined with no subject of its own (", but was still refusing entry").
  const partner = coordinated(tokens, trigger, frame.start, from);
  let sources = participial(tokens, trigger, frame.start, from)
    ? subject(tokens, trigger, firstComma(tokens, from, frame.start), from, mentions, undefined, true)
    : elided(tokens, frame.start, from)
      ? subject(tokens, trigger, firstVerb(tokens, from, frame.start), from, mentions, undefined, true)
      : partner >= 0
        ? subject(tokens, trigger, partner, from, mentions, undefined, true)
        : subject(tokens, trigger, frame.start, from, mentions);
  if (!sources.length && tokens.pos[trigger.start] === 'NOUN') {
    // "an attack on the convoy by rebels", "fighting between Sudan's army and the RSF".
    const after = byOrBetween(tokens, trigger.end, to, mentions, rule.mutual === true);
    if (after.length) return { sources: after, targets: list(trigger.target ?? object(tokens, trigger, to, mentions)).filter((t) => !after.includes(t)) };
  }
  // "It also pledged …", "They agreed …": a pronoun opening the clause means the last actor before.
  if (!sources.length && pronounSubject(tokens, frame.start, from)) sources = mentions.antecedent;
  // "denied that its aircraft had struck …": whose aircraft is the subject of the clause before.
  const owner = sources.length ? -1 : ownedSubject(tokens, frame.start, from);
  if (owner >= 0) sources = owner > from ? subject(tokens, trigger, owner, from, mentions) : mentions.antecedent;
  // "…, said Kenya's foreign minister": a saying's speaker may come after it.
  if (!sources.length) sources = list(fronted(tokens, trigger, from, to, mentions) ?? (rule.speech ? speakerAfter(tokens, trigger.end, to, mentions) : undefined));
  const target = trigger.target ?? object(tokens, trigger, to, mentions) ?? relativeObject(tokens, trigger, frame.start, from, mentions);
  return { sources, targets: list(target) };
}

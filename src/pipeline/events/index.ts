import { hash } from 'node:crypto';
import { CommuniqueError, type Actor, type Event } from '../../model/index.js';
import type { CameoEntry, EventPatterns, LexiconData, LoadedRule } from '../../lexicon/index.js';
import type { Doc, Sentence } from '../doc.js';
import type { Stage } from '../stage.js';
import type { TokenTable } from '../nlp/tokens.js';
import { countryActor, mention, type ActorMention } from '../actors/index.js';
import { findTriggers, SentenceMentions, type Trigger } from './01-triggers.js';
import { actFrame, readFrame, type Frame } from './02-frame.js';
import { findRoles, speakerAfter } from './03-roles.js';
import { GAP_STOPS, MEETINGS, QUANTITIES, VERBS } from './words.js';

/** The code an act takes in its frame: done, intended, threatened or refused. */
function codeFor(rule: LoadedRule, frame: Frame, cameo: Map<string, CameoEntry>): string | null {
  switch (frame.mode) {
    case 'act': return rule.cameo;
    // An intended act of force is a threat ("vowed to strike"), unless a body agreed on it or voted
    // for it ("EU ministers agreed to impose sanctions"); other intents keep the act's code unless
    // the rule names its intent code ("plans to visit" → 036), or none ("plans to deploy").
    case 'intent': {
      if (rule.intent === 'none') return null;
      const force = cameo.get(rule.cameo)!.quadClass === 4;
      if (force && frame.decided) return rule.cameo;
      return rule.intent ?? (force ? rule.threat ?? '130' : rule.cameo);
    }
    case 'threat': return rule.threat ?? '130';
    case 'refuse': return rule.refuse ?? '120';
    case 'demand': return DEMAND;
    case 'hypothetical': return null;
  }
}

// What a speaker who says another "must" act is coded as: a demand (PLOVER REQUEST).
const DEMAND = '100';
const COLLECTIVE = new Set(['organisation', 'region', 'initiative']);
const YEAR = /^(1[89]|20)\d\d$/;
const WHEN = new Set(['in', 'during', 'until', 'by']);

/**
 * "the 1982 war", "blew up a plane in 1988": a year two or more before the report's, naming the
 * act or saying when it was, makes it history ("signed the 2015 agreement" does not; nor does
 * "since 2015", a time that lasts until the report's).
 */
function isHistory(tokens: TokenTable, trigger: Trigger, year: number, from: number, to: number): boolean {
  for (let t = Math.max(from, trigger.start - 2); t < Math.min(to, trigger.end + 6); t++) {
    const w = tokens.normal(t);
    if (t >= trigger.end && GAP_STOPS.has(w)) break;
    if (w.length !== 4 || !YEAR.test(w) || Number(w) > year - 2) continue;
    if (t < trigger.start || WHEN.has(tokens.normal(t - 1))) return true;
  }
  return false;
}

function eventId(doc: Doc, sentence: number, span: [number, number], cameo: string, source: Actor | null, target: Actor | null): string {
  // (one string made at once, not parts joined: an absent actor's code and span are empty)
  const who = (a: Actor | null) => (a ? `${a.code}|${a.span[0]}:${a.span[1]}` : '|');
  const key = `${doc.document.id}|${sentence}|${span[0]}:${span[1]}|${cameo}|${who(source)}|${who(target)}`;
  return hash('sha1', key, 'hex').slice(0, 16); // one call: createHash cost 2% of code's profile
}

/** An organisation named with a gathering: "the CELAC summit", "a Summit of the African Union". */
function gatheringIn(tokens: TokenTable, actors: ActorMention[]): ActorMention | undefined {
  return actors.find((m) => m.actor.kind === 'organisation'
    && (MEETINGS.has(tokens.normal(m.end)) || (tokens.normal(m.start - 1) === 'of' && MEETINGS.has(tokens.normal(m.start - 2)))
      || (tokens.normal(m.start - 1) === 'the' && tokens.normal(m.start - 2) === 'of' && MEETINGS.has(tokens.normal(m.start - 3)))));
}

/** The country an actor acts in, as an implied target: its words are the actor's own. */
function home(m: ActorMention, states: LexiconData['states']): ActorMention {
  return mention(m.sentence, m.start, m.end, countryActor(m.actor.country!, states, m.actor.text, m.actor.span));
}

/**
 * Who says what a trigger reports: the subject of a saying or a demand before it, or the speaker
 * after it ("…, Russia said"). Undefined when a demand before it codes the demand itself.
 */
function speakerOf(tokens: TokenTable, trigger: Trigger, triggers: Trigger[], from: number, to: number, mentions: SentenceMentions): ActorMention[] | undefined {
  const saying = triggers.filter((t) => t.start < trigger.start && (t.pattern.rule?.speech || t.pattern.rule?.request)).at(-1);
  if (saying && !saying.pattern.rule!.speech) return undefined; // "demanded that Israel ease restrictions"
  if (saying) {
    return findRoles(tokens, saying, actFrame(saying.start), from, to, mentions).sources;
  }
  const after = speakerAfter(tokens, trigger.end, to, mentions);
  return after ? mentions.members(after) : [];
}

const OBJECT_PRONOUNS = new Set(['him', 'her', 'them']);

/**
 * "accuse him of …": an object pronoun is the last actor before it in the sentence that is no verb's
 * subject ("expelled the German ambassador, accusing him"), else the last actor of the sentences
 * before, where that is one actor alone.
 */
function pronouns(doc: Doc, s: Sentence, sentence: number, antecedent: ActorMention[], named: ActorMention[]): ActorMention[] {
  const out: ActorMention[] = [];
  const { tokens } = doc;
  for (let t = s.start; t < s.end; t++) {
    // "him", "her", "them", "it", "its": a look at the length and the first letter before making a string
    const length = tokens.end[t]! - tokens.start[t]!, first = tokens.text.charCodeAt(tokens.start[t]!) | 0x20;
    if (length < 2 || length > 4 || (first !== 0x68 && first !== 0x74 && first !== 0x69)) continue;
    const w = tokens.normal(t);
    // "it" after a verb is its object ("accusing it of"), unless a verb follows ("said it would");
    // "its neighbour" is the other country, unless the words name it ("its neighbour, Eritrea")
    const end = OBJECT_PRONOUNS.has(w) || (w === 'it' && tokens.pos[t - 1] === 'VERB' && !VERBS.has(tokens.pos[t + 1]!)) ? t + 1
      : w === 'its' && NEIGHBOURS.has(tokens.normal(t + 1)) && !namedFrom(named, t + 2, t + 3) ? t + 2 : undefined;
    if (end === undefined || end > s.end) continue;
    const a = lastObject(named, t, tokens) ?? (antecedent.length === 1 ? antecedent[0] : undefined);
    if (!a) continue;
    const span: [number, number] = [tokens.charStart[t]!, tokens.charEnd[end - 1]!];
    out.push(mention(sentence, t, end, { ...a.actor, text: doc.document.text.slice(...span), span }));
  }
  return out;
}

// (helpers, not closures in the loop above: a closure over its token made every turn of it allocate)
/** Whether some mention starts at a token in `[from, to]`. */
function namedFrom(named: readonly ActorMention[], from: number, to: number): boolean {
  for (const m of named) if (m.start >= from && m.start <= to) return true;
  return false;
}

/** The last mention ending by token t that no verb follows and that is no part of a compound. */
function lastObject(named: readonly ActorMention[], t: number, tokens: TokenTable): ActorMention | undefined {
  for (let i = named.length - 1; i >= 0; i--) {
    const m = named[i]!;
    if (m.end <= t && !m.compound && tokens.pos[m.end] !== 'VERB' && tokens.pos[m.end] !== 'AUX') return m;
  }
  return undefined;
}

const NEIGHBOURS: ReadonlySet<string> = new Set(['neighbour', 'neighbor', 'rival', 'foe', 'adversary']);

interface Coded {
  trigger: Trigger;
  frame: Frame;
  cameo: string;
  pairs: [ActorMention, ActorMention | null][];
}

// How far after a domestic act the place it is done in may stand: "went on strike at the ports of Chile".
const DOMESTIC_REACH = 10;

/**
 * The place a domestic act is done in: one in its own clause ("lifted the curfew in Nairobi"), not
 * one a later clause names ("…, meeting a demand of groups inspired by the uprisings in Tunisia").
 */
function placeAfter(tokens: TokenTable, from: number, mentions: SentenceMentions): ActorMention | undefined {
  for (let t = from; t < tokens.length && t - from <= DOMESTIC_REACH; t++) {
    const w = tokens.normal(t);
    if (w === ',' || GAP_STOPS.has(w)) return undefined;
    const m = mentions.at(t);
    if (m?.use === 'place' && m.actor.country !== null) return m;
  }
  return undefined;
}

/**
 * Pairs each source with each target; a mutual act with no target pairs a compound's members, or
 * none; a domestic act with no target is done to the country it happens in ("Palestinian prisoners
 * staged a hunger strike in a prison in Israel"), else to the source's own.
 */
function pairs(tokens: TokenTable, trigger: Trigger, sources: ActorMention[], targets: ActorMention[], states: LexiconData['states'], mentions: SentenceMentions, joint: boolean): [ActorMention, ActorMention | null][] {
  const rule = trigger.pattern.rule!;
  const out: [ActorMention, ActorMention | null][] = [];
  const mutual = rule.mutual || joint;
  // "Li and Kishida met on the sidelines of the ASEAN summit": a gathering's name is where two
  // parties met, not a third one
  const gathering = (t: ActorMention) => MEETINGS.has(tokens.normal(t.end)) || MEETINGS.has(tokens.normal(t.end - 1));
  const fresh = targets.filter((t) => !sources.includes(t) && !(mutual && sources.length > 1 && gathering(t)));
  if (fresh.length === 0 && rule.domestic && !(mutual && sources.length > 1)) {
    const where = placeAfter(tokens, trigger.end, mentions);
    for (const s of sources) out.push([s, where ? home(where, states) : s.actor.country ? home(s, states) : null]);
    return out;
  }
  if (fresh.length === 0 && rule.rival && !joint) {
    const rivals = rivalsOf(sources, mentions, tokens);
    if (rivals.length) {
      for (const s of sources) for (const t of rivals) if (t.actor.country !== s.actor.country) out.push([s, t]);
      return out;
    }
  }
  if (fresh.length === 0 && mutual) {
    // A mutual act takes two: "China and Brazil met", or a body of many, "the AU summit was held";
    // a bare verb alone says nothing ("we must meet the challenges" is no meeting), but "India did
    // not sign the agreement" does.
    if (sources.length === 1 && (COLLECTIVE.has(sources[0]!.actor.kind) || trigger.pattern.literals > 1)) return [[sources[0]!, null]];
    for (const s of sources) for (const t of sources) if (s !== t) out.push([s, t]);
    return out;
  }
  for (const s of sources) {
    // A target that is the source itself ("France raised its alert in the Paris region") is none.
    // A role word the story's country fills is that country's: "Turkish troops backed by tanks".
    const others = fresh.filter((t) => t.actor.code !== s.actor.code || (t.actor.entity !== s.actor.entity && t.actor.entity !== undefined && s.actor.entity !== undefined));
    if (others.length === 0) out.push([s, null]);
    for (const t of others) out.push([s, t]);
  }
  return out;
}

/**
 * Whom a show of force that names no target is aimed at: the countries the sentence names as actors
 * other than the sources' ("put its forces on alert as a row with Turkey escalated"), when they are
 * one country or one compound ("citing drills by the United States and South Korea"); sources of
 * several countries, each other; else none.
 */
function rivalsOf(sources: ActorMention[], mentions: SentenceMentions, tokens: TokenTable): ActorMention[] {
  const own = new Set(sources.map((s) => s.actor.country));
  // (countries "between" which something happens are each other's rivals: "after clashes between Somalia and Ethiopia")
  const among = (m: ActorMention) => tokens.normal(mentions.members(m)[0]!.start - 1) === 'between';
  const others = mentions.all.filter((m) => !m.use && m.actor.country !== null && !own.has(m.actor.country) && m.actor.kind !== 'region' && !among(m));
  // "Thailand and Cambodia rushed troops to the disputed area": sides of several countries face each other
  if (!others.length) return own.size > 1 ? sources : [];
  const compound = mentions.members(others[0]!);
  const one = others.every((m) => m.actor.country === others[0]!.actor.country || compound.includes(m));
  if (!one) return [];
  const countries = new Set<string | null>();
  return others.filter((m) => !countries.has(m.actor.country) && countries.add(m.actor.country));
}

const WITHIN = new Set(['in', 'inside', 'within', 'at']);

/** A place that says where, not whom: "in the Mediterranean", "in Spain's Andalusia" (not "near Poland"). */
function isWhere(tokens: TokenTable, m: ActorMention): boolean {
  let t = m.start - 1;
  while (tokens.normal(t) === 'the') t--;
  return (m.use === 'place' || m.use === 'attribute') && WITHIN.has(tokens.normal(t));
}

// (The helpers below are functions, not closures in codeSentence's loop: a closure over the loop's
// trigger or actors made every turn of it allocate.)

/** Whether another trigger frames this one's act: "agreed" frames "visit" in "agreed to visit". */
function framedByOther(trigger: Trigger, frames: readonly { trigger: Trigger; frame: Frame }[]): boolean {
  for (const f of frames) if (f.trigger !== trigger && f.frame.start <= trigger.start && trigger.start < f.trigger.start) return true;
  return false;
}

/** The first of a trigger and its alternates whose rule admits one of the doers, else the trigger. */
function admitted(trigger: Trigger, sources: readonly ActorMention[]): Trigger {
  if (admitsOne(trigger.pattern.rule!, sources)) return trigger;
  for (const t of trigger.alternates ?? []) if (admitsOne(t.pattern.rule!, sources)) return t;
  return trigger;
}

function admitsOne(rule: LoadedRule, sources: readonly ActorMention[]): boolean {
  for (const s of sources) if (admits(rule, s)) return true;
  return false;
}

/** The doers a rule admits. */
function admittedBy(rule: LoadedRule, sources: ActorMention[]): ActorMention[] {
  const out: ActorMention[] = [];
  for (const s of sources) if (admits(rule, s)) out.push(s);
  return out;
}

/**
 * "threatened to stop the talks if the United States deploys missiles": the threat is aimed at the
 * condition's subject (at `condition`), rather than at a region it names ("to send refugees to
 * Europe if the European Union…") or at the threatener's own ("warned that its army would not stand
 * by if…"). Returns the threat's targets.
 */
function threatened(condition: number, sources: readonly ActorMention[], targets: ActorMention[], mentions: SentenceMentions): ActorMention[] {
  for (const t of targets) if (t.actor.kind !== 'region' && !sameCountry(t, sources)) return targets;
  for (const m of mentions.all) if (m.start >= condition && m.start <= condition + 2 && m.use !== 'place') return mentions.members(m);
  return targets;
}

/** Whether a mention is of a country one of `sources` is of. */
function sameCountry(m: ActorMention, sources: readonly ActorMention[]): boolean {
  if (m.actor.country === null) return false;
  for (const s of sources) if (s.actor.country === m.actor.country) return true;
  return false;
}

/**
 * Whom a saying is about: "Trump said the United States had many options for Venezuela" is about
 * the others it names, not the speaker's own country as the subject of what it reports ("told
 * Parliament that …" is told to Parliament). Undefined when it is about no one ("stressed that times
 * were hard"): a saying is news when it is about someone.
 */
function sayingTargets(tokens: TokenTable, trigger: Trigger, sources: readonly ActorMention[], targets: ActorMention[], mentions: SentenceMentions): ActorMention[] | undefined {
  const reported = (m: ActorMention) => tokens.pos[m.end] === 'AUX' || tokens.pos[m.end] === 'VERB';
  if (targets.length && !targets.some((m) => !sameCountry(m, sources)) && targets.every(reported)) {
    const next = mentions.all.find((m) => m.start >= trigger.end && !m.use && !sameCountry(m, sources));
    targets = next ? mentions.members(next) : [];
  }
  if (!targets.length && !mentions.all.some((m) => m.start >= trigger.end && !m.use)) return undefined;
  return targets;
}

/** Whether a rule admits a doer of this sector (see `onlyBy`, `notBy`). */
function admits(rule: LoadedRule, s: ActorMention): boolean {
  const sector = s.actor.sector ?? '';
  return !rule.notBy?.includes(sector) && (!rule.onlyBy || rule.onlyBy.includes(sector));
}

/** Codes one sentence: its triggers, their frames, their actors; the records built by the caller. */
function codeSentence(doc: Doc, patterns: EventPatterns, states: LexiconData['states'], from: number, to: number, mentions: SentenceMentions, year: number | null): Coded[] {
  const { tokens } = doc;
  const triggers = findTriggers(tokens, from, to, patterns, mentions);
  // (most sentences report no act: they return before the lists below are made)
  if (triggers.length === 0 || triggers.some((t) => t.pattern.discard)) return [];
  const framed = triggers.map((trigger) => ({ trigger, frame: readFrame(tokens, trigger, triggers, from, to, mentions) }));
  // A trigger that is another's frame ("agreed to" in "agreed to visit") is coded through it.
  const frames = framed.filter((f) => f.frame.start < f.trigger.start);
  const coded: Coded[] = [];
  for (const entry of framed) {
    const { frame } = entry;
    let trigger = entry.trigger;
    if (frame.governed || frame.described) continue;
    if (framedByOther(trigger, frames)) continue;
    if (year !== null && isHistory(tokens, trigger, year, from, to)) continue;
    let { sources, targets } = findRoles(tokens, trigger, frame, from, to, mentions);
    // The best match whose rule admits the doers ("protesters besieged" a protest, "troops
    // besieged" a blockade)
    trigger = admitted(trigger, sources);
    const rule = trigger.pattern.rule!;
    sources = admittedBy(rule, sources);
    let cameo = codeFor(rule, frame, patterns.ontology.cameo);
    if (cameo === null) continue;
    if (frame.mode === 'demand' || rule.obliges) {
      // "Russia said Sudan must return the helicopter": Russia demands, of Sudan.
      const speaker = speakerOf(tokens, trigger, triggers, from, to, mentions);
      if (!speaker) continue;
      targets = sources;
      sources = speaker;
    }
    // "Talks between China and Brazil ended": a mutual act's parties may all stand after it.
    if (!sources.length && rule.mutual && targets.length > 1) [sources, targets] = [targets, []];
    // "Israel and the PLO signed an accord on Palestinian self-rule": parties who act together act
    // with each other; a name that only describes the accord is no third party
    if (rule.mutual && sources.length > 1 && targets.length && targets.every((t) => t.use === 'attribute' || t.use === 'place')) targets = [];
    if (!sources.length) continue;
    // a threat with a condition is aimed at the condition's subject; a saying at whom it is about
    if (frame.condition !== undefined && patterns.ontology.cameo.get(cameo)!.plover === 'THREATEN') targets = threatened(frame.condition, sources, targets, mentions);
    if (rule.speech) {
      const told = sayingTargets(tokens, trigger, sources, targets, mentions);
      if (!told) continue;
      targets = told;
    }
    // "Greek and Italian warships began drills in the Ionian Sea": several countries doing it
    // together, aimed at no one (a place it happens in is where, not whom).
    const joint = rule.joint !== undefined && frame.mode === 'act' && !trigger.target
      && targets.every((t) => isWhere(tokens, t)) && new Set(sources.map((s) => s.actor.country)).size > 1;
    if (joint) {
      cameo = rule.joint!;
      targets = [];
    }
    // "Armenia and Azerbaijan blamed each other": each side is the other's target
    const reciprocal = sources.length > 1 && eachOther(tokens, trigger.start, Math.min(to, trigger.end + 2));
    if (reciprocal) targets = [];
    coded.push({ trigger, frame, cameo, pairs: pairs(tokens, trigger, sources, targets, states, mentions, joint || reciprocal) });
  }
  if (coded.length === 0) return coded;
  // What a speaker reports is the news; the saying only when nothing else is.
  const acts = coded.filter((c) => !c.trigger.pattern.rule!.speech);
  return answers(consequences(background(voicedByProtest(acts.length ? acts : coded, patterns.ontology.cameo), tokens), tokens, patterns.ontology.cameo), tokens, patterns.ontology.cameo);
}

/** Kinds of act that may answer another act of the same sentence. */
const ANSWERS: ReadonlySet<string> = new Set(['THREATEN', 'ACCUSE']);

/**
 * "Iran seized a British tanker, and London warned of serious consequences": a warning or an
 * accusation that names no one answers the act before it in the sentence and is aimed at its doer;
 * by the same doer ("cut ties with Qatar, accusing it of…"), at whom that act befell.
 */
function answers(coded: Coded[], tokens: TokenTable, cameo: Map<string, CameoEntry>): Coded[] {
  const key = (m: ActorMention) => m.actor.country ?? m.actor.code;
  for (const c of coded) {
    if (!ANSWERS.has(cameo.get(c.cameo)!.plover ?? '') || c.pairs.some(([, t]) => t)) continue;
    const before = coded.filter((o) => o.trigger.start < c.trigger.start).at(-1);
    if (!before) continue;
    const doers = new Set(c.pairs.map(([s]) => key(s)));
    const same = before.pairs.some(([s]) => doers.has(key(s)));
    // a participle after a comma is its clause's doer's ("…, accusing it of"): another doer is a misreading
    const participle = tokens.normal(c.trigger.start - 1) === ',';
    if (participle && !same) continue;
    const aimed = same ? before.pairs.flatMap(([, t]) => (t ? [t] : [])) : before.pairs.map(([s]) => s);
    const targets = aimed.filter((t, i) => !doers.has(key(t)) && aimed.findIndex((u) => key(u) === key(t)) === i);
    if (!targets.length) continue;
    const sources = c.pairs.map(([s]) => s).filter((s, i, all) => all.indexOf(s) === i);
    c.pairs = sources.flatMap((s) => targets.map((t): [ActorMention, ActorMention] => [s, t]));
  }
  return coded;
}

/** Whether "each other" or "one another" stands in tokens `[from, to)`. */
function eachOther(tokens: TokenTable, from: number, to: number): boolean {
  for (let t = from; t + 1 < to; t++) {
    const w = tokens.normal(t), next = tokens.normal(t + 1);
    if ((w === 'each' && next === 'other') || (w === 'one' && next === 'another')) return true;
  }
  return false;
}

/**
 * "Rebels ambushed a convoy, killing four soldiers", "imposed sanctions on Mali, freezing its
 * assets": a participle after a comma that reports an act of the same type as one before it, and
 * names no one new as its target, tells what that act did, not another act.
 */
function consequences(coded: Coded[], tokens: TokenTable, cameo: Map<string, CameoEntry>): Coded[] {
  const type = (c: Coded) => cameo.get(c.cameo)!.plover;
  const participle = (c: Coded) => tokens.normal(c.trigger.start).endsWith('ing') && tokens.normal(c.trigger.start - 1) === ',';
  const targets = (c: Coded) => c.pairs.flatMap(([, t]) => (t ? [t.actor.code] : []));
  const restates = (c: Coded, o: Coded) => o !== c && o.trigger.start < c.trigger.start && type(o) === type(c)
    && targets(c).every((t) => targets(o).includes(t));
  return coded.filter((c) => !participle(c) || type(c) === null || !coded.some((o) => restates(c, o)));
}

/**
 * What a participle says of an actor, where the sentence's news is another act, is background:
 * "supplied missiles to guerrillas fighting Soviet forces", "to train troops battling the Abu
 * Sayyaf" (the actor the object of another word), and "EU ministers, meeting in Brussels, imposed
 * an embargo" (set off by commas before the main verb).
 */
function background(coded: Coded[], tokens: TokenTable): Coded[] {
  // "received visiting Japanese Prime Minister Abe", "apologised to visiting …": "visiting" right
  // before the actor it describes, after a verb or "to" or "with", is no visit of its own ("resume
  // shelling Albanian positions" is an act)
  const modifier = (c: Coded) => {
    const t = c.trigger.start;
    const before = tokens.normal(t - 1);
    return c.trigger.end === t + 1 && tokens.normal(t) === 'visiting'
      && (tokens.pos[t - 1] === 'VERB' || before === 'to' || before === 'with')
      && c.pairs.some(([, target]) => target?.start === t + 1);
  };
  if (coded.some(modifier)) coded = coded.filter((c) => !modifier(c));
  if (coded.length < 2) return coded;
  const described = (c: Coded) => {
    const t = c.trigger.start;
    if (!tokens.normal(t).endsWith('ing')) return false;
    const source = c.pairs[0]?.[0];
    if (!source) return false;
    // (an act with a counterpart is news of its own: "Mubarak, hosting Rabin in Cairo, offered")
    if (source.end === t - 1 && tokens.normal(t - 1) === ',' && tokens.normal(source.start - 1) !== ',') {
      return c.pairs.every(([, target]) => !target) && coded.some((o) => o !== c && o.trigger.start > c.trigger.end);
    }
    if (source.end !== t || tokens.pos[t] !== 'VERB') return false;
    let k = source.start - 1;
    while (k >= 0 && (tokens.pos[k] === 'DET' || tokens.pos[k] === 'ADJ' || tokens.pos[k] === 'NUM' || tokens.pos[k] === 'PROPN')) k--;
    // ("thousands of young Kenyans protesting … stormed parliament" are the subject)
    const counted = tokens.normal(k) === 'of' && QUANTITIES.has(tokens.normal(k - 1));
    return (tokens.pos[k] === 'VERB' || tokens.pos[k] === 'ADP' || tokens.normal(k) === 'to') && !counted && coded.some((o) => o !== c);
  };
  return coded.filter((c) => !described(c));
}

/**
 * "Students marched through Jakarta demanding that Suharto step down": a demand the marchers make
 * is what their protest says, not an act of its own (PLOVER codes such demands as the protest).
 */
function voicedByProtest(coded: Coded[], cameo: Map<string, CameoEntry>): Coded[] {
  const plover = (c: Coded) => cameo.get(c.cameo)!.plover;
  const protests = coded.filter((c) => plover(c) === 'PROTEST' && !c.frame.negated);
  if (!protests.length) return coded;
  const sources = (c: Coded) => c.pairs.map(([s]) => s.actor.code).sort().join(' ');
  return coded.filter((c) => plover(c) !== 'REQUEST'
    || !protests.some((p) => p.trigger.start < c.trigger.start && sources(p) === sources(c)));
}

/**
 * Event coding: the verb patterns matched over each sentence, each trigger framed (negation, intent,
 * threat, refusal, passive) and given its source and target, one event per pair of actors.
 */
export const eventsStage: Stage = {
  name: 'events',
  requires: ['tokens', 'sentences', 'actors', 'aside'],
  assigns: ['events'],
  run(doc, ctx) {
    const lexicon = ctx.lexicon;
    if (!lexicon) throw new CommuniqueError('E_PIPELINE', 'the events stage needs a lexicon in its context');
    const patterns = lexicon.events;
    const bySentence = (list: ActorMention[]) => {
      const out: ActorMention[][] = doc.sentences.map(() => []);
      for (const m of list) out[m.sentence]!.push(m);
      return out;
    };
    const actors = bySentence(doc.actors), aside = bySentence(doc.aside);
    const year = doc.document.date ? Number(doc.document.date.slice(0, 4)) : null;
    const text = doc.document.text;
    const events: Event[] = [];
    let gathering: ActorMention | undefined;
    let antecedent: ActorMention[] = [];
    doc.sentences.forEach((s, si) => {
      gathering = gatheringIn(doc.tokens, actors[si]!) ?? gathering;
      const objects = pronouns(doc, s, si, antecedent, actors[si]!);
      const mentions = new SentenceMentions(objects.length ? [...actors[si]!, ...objects] : actors[si]!, aside[si]!, doc.tokens, gathering, antecedent);
      const coded = codeSentence(doc, patterns, lexicon.data.states, s.start, s.end, mentions, year);
      // The next sentence's "it" or "they": who acted here, else who was named first.
      const first = actors[si]!.find((m) => m.actor.kind !== 'region' || m.actor.sector !== null);
      if (coded.length) antecedent = coded[0]!.pairs.map(([source]) => source).filter((m, i, all) => all.indexOf(m) === i);
      else if (first) antecedent = mentions.members(first);
      const seen = new Set<string>();
      for (const c of coded) {
        const entry = patterns.ontology.cameo.get(c.cameo)!;
        const first = c.frame.mode === 'act' ? c.trigger.start : Math.min(c.frame.start, c.trigger.start);
        const span: [number, number] = [doc.tokens.charStart[first]!, doc.tokens.charEnd[c.trigger.end - 1]!];
        for (const [source, target] of c.pairs) {
          const key = `${c.cameo}|${source.actor.code}|${target?.actor.code}|${c.frame.negated}`;
          if (seen.has(key)) continue;
          seen.add(key);
          events.push({
            id: eventId(doc, si, span, c.cameo, source.actor, target?.actor ?? null),
            docId: doc.document.id,
            sentence: si,
            date: doc.document.date,
            datePrecision: doc.document.date ? 'day' : null,
            source: source.actor,
            target: target?.actor ?? null,
            cameo: c.cameo,
            cameoName: entry.name,
            quadClass: entry.quadClass,
            goldstein: entry.goldstein,
            plover: entry.plover,
            ploverMode: entry.ploverMode,
            negated: c.frame.negated,
            place: null,
            evidence: { text: doc.sentenceText(si), span: [s.charStart, s.charEnd] },
            trigger: { text: text.slice(span[0], span[1]), span },
            rule: c.trigger.pattern.rule!.id,
            lexicon: lexicon.version,
          });
        }
      }
    });
    doc.events = events;
  },
};

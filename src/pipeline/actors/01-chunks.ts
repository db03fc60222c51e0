import type {
  GroupEntry, InitiativeEntry, LexiconData, OrganisationEntry, PersonEntry, PhraseEntry, PhraseMatch, RegionEntry, StateInfo, Target,
} from '../../lexicon/index.js';
import type { TokenTable } from '../nlp/tokens.js';
import { COMPASS, POSSESSIVE_PRONOUNS } from './words.js';

type Kind<T extends Target['type']> = Extract<Target, { type: T }>;
export type ModifierTarget = Kind<'state'> | Kind<'adjective'> | Kind<'metonym'> | Kind<'organisation'> | Kind<'region'> | Kind<'initiative'> | Kind<'group'> | Kind<'dict'>;
/**
 * The lexicon's record of what a modifier names, found when its match is first read: the state of a
 * state, adjective or metonym, the organisation, region, initiative or group; none for a dictionary's actor.
 */
export type ModifierRecord = StateInfo | OrganisationEntry | RegionEntry | InitiativeEntry | GroupEntry | undefined;

/**
 * A stretch of tokens naming one actor: "Argentine President Alberto Fernández" is a modifier
 * (Argentine), agents (President) and a person; "Chinese troops" a modifier and an agent; "Beijing" a
 * modifier alone. Token offsets are `[start, end)`.
 */
export interface Chunk {
  start: number;
  end: number;
  modifier?: { target: ModifierTarget; record: ModifierRecord; start: number; end: number; adjective: boolean };
  agents: { sector: string; start: number; end: number }[];
  /** People the words may name: several for a surname ("Fernández") until roles and dates decide. */
  person?: {
    people: PersonEntry[]; surname: boolean; start: number; end: number;
    /** A first name before the surname that the lexicon did not match: "George" in "President George Bush". */
    given?: { start: number; end: number };
  };
  /** A name after a title that the lexicon does not know: "President Hakainde Hichilema". */
  unknownName?: { start: number; end: number };
  /** Whether the words stand where a place is meant ("held in Buenos Aires"), once resolution has asked. */
  place?: boolean;
}

const MODIFIER_TYPES = new Set(['state', 'adjective', 'metonym', 'organisation', 'region', 'initiative', 'group', 'dict']);
const POSSESSIVE = new Set(["'s", '’s', "'", '’']);
// Words that may stand between a modifier and a role word: "CELAC Rotating President", "Chinese top
// diplomat", "Brazil's incoming government", "CELAC's pro tempore president".
const BRIDGE_POS = new Set(['ADJ', 'PROPN', 'NOUN', 'X']);
// Words of what a person is, between a country and an unknown name: "U.S. intelligence contractor".
const DESCRIBING = new Set(['ADJ', 'NOUN']);

/** What a match names as a modifier; a user's dictionary (--actors) wins over the lexicon. */
function modifierOf(entries: PhraseEntry[]): ModifierTarget | undefined {
  const found = entries.find((e) => e.target.type === 'dict') ?? entries.find((e) => MODIFIER_TYPES.has(e.target.type));
  return found?.target as ModifierTarget | undefined;
}
function agentOf(entries: PhraseEntry[]): string | undefined {
  const a = entries.find((e) => e.target.type === 'agent')?.target;
  return a?.type === 'agent' ? a.sector : undefined;
}
function peopleOf(entries: PhraseEntry[], type: 'person' | 'surname', data: LexiconData): PersonEntry[] {
  return entries.flatMap((e) => (e.target.type === type ? [data.people.get(e.target.id)!] : []));
}

function recordOf(target: ModifierTarget | undefined, data: LexiconData): ModifierRecord {
  switch (target?.type) {
    case 'state': case 'adjective': case 'metonym': return data.states.get(target.code);
    case 'organisation': return data.organisations.get(target.id);
    case 'region': return data.regions.get(target.id);
    case 'initiative': return data.initiatives.get(target.id);
    case 'group': return data.groups.get(target.id);
    default: return undefined;
  }
}

/** True when at most `max` tokens, each a word that may stand inside an actor's words (BRIDGE_POS), stand between two matches. */
function bridged(tokens: TokenTable, from: number, to: number, max: number): boolean {
  if (to - from > max) return false;
  for (let i = from; i < to; i++) if (!BRIDGE_POS.has(tokens.pos[i]!)) return false;
  return true;
}

function isCapitalised(tokens: TokenTable, i: number): boolean {
  return tokens.pos[i] === 'PROPN' && !tokens.startsLower(i) && tokens.hasCapital(i);
}

/** A capitalised common word inside a sentence is part of a name: "the Key Resolve exercises". */
function capitalisedWord(tokens: TokenTable, i: number): boolean {
  const p = tokens.pos[i];
  return (p === 'VERB' || p === 'NOUN' || p === 'ADJ') && !tokens.startsLower(i) && tokens.hasCapital(i);
}

/**
 * The end of a name the lexicon does not know from token `first`: up to three capitalised words
 * before the next match (at `next`); `first` itself when there is none, or when a fourth follows.
 */
function unknownNameEnd(tokens: TokenTable, first: number, sentenceEnd: number, next = Infinity): number {
  let e = first;
  while (e < sentenceEnd && e - first < 3 && isCapitalised(tokens, e) && e < next) e++;
  return e < sentenceEnd && isCapitalised(tokens, e) ? first : e;
}

/** Where match k starts, if there is one. (Asked by index in bounds: an array read past its ends is slow.) */
function nextStart(matches: PhraseMatch[], k: number): number | undefined {
  return k < matches.length ? matches[k]!.start : undefined;
}

/**
 * Whether match k stands inside a longer name the lexicon does not know: a surname after a first
 * name is someone else's ("Eduardo Bolsonaro" is not Jair), and "Lake Chad" is no Lake.
 */
function insideName(tokens: TokenTable, matches: PhraseMatch[], k: number, sentenceStart: number, sentenceEnd: number): boolean {
  const m = matches[k]!, prev = m.start - 1;
  return (prev >= sentenceStart && (k === 0 || matches[k - 1]!.end !== m.start) && isCapitalised(tokens, prev)) || surnameInName(tokens, m, sentenceEnd);
}

/** Whether a surname match has a capitalised word right after it, as a longer name does. */
function surnameInName(tokens: TokenTable, m: PhraseMatch, sentenceEnd: number): boolean {
  return m.end < sentenceEnd && (isCapitalised(tokens, m.end) || capitalisedWord(tokens, m.end));
}

/**
 * What one match can be in a chunk, worked out once, with the lexicon's records of what it names:
 * resolution reads them here rather than looking each up again by its id.
 */
interface Reading {
  modifier?: ModifierTarget;
  record: ModifierRecord;
  adjective: boolean;
  sector?: string;
  people: PersonEntry[];
  surnames: PersonEntry[];
}

/**
 * Readings by the trie node whose entry list a match took (see PhraseMatch.node), for each numbering
 * of the nodes: most matches find theirs with no look-up by key.
 */
export type NodeReadings = (Reading | undefined)[];
const byLayout = new WeakMap<object, NodeReadings>();

/** The readings of a matcher's nodes as they are numbered now (see PhraseMatcher.layout). */
export function nodeReadings(layout: object): NodeReadings {
  let readings = byLayout.get(layout);
  if (!readings) byLayout.set(layout, (readings = []));
  return readings;
}

/** Readings of the lists made for one match, which other matches may share (a stem's): each list is read once. */
const readings = new WeakMap<PhraseEntry[], Reading>();

function read(m: PhraseMatch, data: LexiconData, byNode: NodeReadings): Reading {
  if (m.node >= 0) {
    // (grown a step at a time, the list stays an array: an index far past its end would make it a dictionary)
    while (byNode.length <= m.node) byNode.push(undefined);
    return (byNode[m.node] ??= reading(m.entries, data));
  }
  let r = readings.get(m.entries);
  if (!r) readings.set(m.entries, (r = reading(m.entries, data)));
  return r;
}

/**
 * No people: one list shared by every reading that names none (most), so that asking a reading's
 * people reads no list of its own. Never changed.
 */
const NO_PEOPLE: PersonEntry[] = [];

function reading(entries: PhraseEntry[], data: LexiconData): Reading {
  const dict = entries.some((e) => e.target.type === 'dict');
  const modifier = modifierOf(entries);
  const people = dict ? NO_PEOPLE : peopleOf(entries, 'person', data), surnames = peopleOf(entries, 'surname', data);
  return {
    modifier,
    record: recordOf(modifier, data),
    adjective: entries.some((e) => e.target.type === 'adjective'),
    sector: agentOf(entries),
    people: people.length ? people : NO_PEOPLE,
    surnames: surnames.length ? surnames : NO_PEOPLE,
  };
}

/** A chunk's role words until it has some: shared, never changed (a chunk gets a new list). */
const NO_AGENTS: Chunk['agents'] = [];

/** The readings of the matches `chunk` is grouping, a list it reuses (overwritten, never emptied: emptying a list gives up its room). */
const scratch: Reading[] = [];

/** Groups the phrase matches of one sentence into actor chunks, left to right. */
export function chunk(tokens: TokenTable, matches: PhraseMatch[], sentenceStart: number, sentenceEnd: number, data: LexiconData, byNode: NodeReadings): Chunk[] {
  const chunks: Chunk[] = [];
  const readingsOf = scratch;
  for (let k = 0; k < matches.length; k++) readingsOf[k] = read(matches[k]!, data, byNode);
  for (let k = 0; k < matches.length; ) {
    const m = matches[k]!;
    const { people: full, modifier, record, sector, surnames, adjective } = readingsOf[k]!;
    // Role words alone are kept for the story's country to fill ("the government said"), which
    // resolution decides; a role word with no sector is nothing.
    if (!full.length && !modifier && !surnames.length && sector === undefined) {
      k++;
      continue;
    }
    // (every field from the start: one shape for the readers of chunks)
    const c: Chunk = { start: m.start, end: m.end, modifier: undefined, agents: NO_AGENTS, person: undefined, unknownName: undefined, place: undefined };
    if (full.length) c.person = { people: full, surname: false, start: m.start, end: m.end };
    else if (modifier) c.modifier = { target: modifier, record, start: m.start, end: m.end, adjective };
    else if (surnames.length && !insideName(tokens, matches, k, sentenceStart, sentenceEnd)) c.person = { people: surnames, surname: true, start: m.start, end: m.end };
    else if (sector) c.agents = [{ sector, start: m.start, end: m.end }];
    k++;

    // Extend: modifier → role words → person.
    for (; k < matches.length && !c.person; k++) {
      const afterModifier = c.agents.length === 0 && c.modifier !== undefined;
      // "the Moro Islamic Liberation Front (MILF) rebels": past the name's acronym in brackets to its people
      const acronym = matches[k]!;
      const bracketed = afterModifier && acronym.start === c.end + 1 && acronym.end === acronym.start + 1 && tokens.normal(c.end) === '('
        && tokens.normal(acronym.end) === ')' && k + 1 < matches.length && matches[k + 1]!.start === acronym.end + 1 && readingsOf[k + 1]!.sector !== undefined;
      if (bracketed) k++;
      const next = matches[k]!;
      const { sector: nextSector, people: nextPeople, surnames: nextSurnames } = readingsOf[k]!;
      const possessive = afterModifier && POSSESSIVE.has(tokens.value(c.end));
      const from = possessive ? c.end + 1 : c.end;
      // "Mali's military-led government": the role word after "-led" is the head, the one before describes it
      const led = c.agents.length > 0 && nextSector !== undefined && next.start === from + 2 && tokens.normal(from) === '-' && LED.has(tokens.normal(from + 1));
      // "Saudi-led warplanes": the role word is the leader's (a backer's is not: "Rwandan-backed rebels")
      const modifierLed = afterModifier && nextSector !== undefined && next.start === from + 2 && tokens.normal(from) === '-' && tokens.normal(from + 1) === 'led';
      const gapOk =
        next.start === from || led || bracketed || modifierLed ||
        (nextSector !== undefined && bridged(tokens, from, next.start, 2));
      if (!gapOk) break;
      if (led) c.agents = NO_AGENTS;
      if (nextSector !== undefined && !nextPeople.length) c.agents = [...c.agents, { sector: nextSector, start: next.start, end: next.end }];
      else if (nextPeople.length || nextSurnames.length) {
        // "China Xi" is two names; "Chinese Xi Jinping" and "China's Xi" are one.
        if (c.agents.length === 0 && !possessive && !c.modifier?.adjective) break;
        // "Foreign Minister Ali Akbar Velayati": a surname the lexicon knows inside a longer name it does not
        if (!nextPeople.length && surnameInName(tokens, next, sentenceEnd)) break;
        c.person = { people: nextPeople.length ? nextPeople : nextSurnames, surname: !nextPeople.length, start: next.start, end: next.end };
      } else break;
      c.end = next.end;
    }

    // A title followed by a name the lexicon does not know: "President Hakainde Hichilema".
    if (!c.person && c.agents.length) {
      let e = c.end;
      while (e < sentenceEnd && e - c.end < 4 && isCapitalised(tokens, e)) {
        if (k < matches.length && matches[k]!.start === e) {
          const r = readingsOf[k]!;
          if (r.people.length || !r.surnames.length || !surnameInName(tokens, matches[k]!, sentenceEnd)) break;
          e = matches[k++]!.end;
          continue;
        }
        e++;
      }
      // "President George Bush": a first name the lexicon lacks before a surname it knows; the title
      // and the date decide who it is
      const surname = e > c.end && k < matches.length && matches[k]!.start === e ? readingsOf[k]!.surnames : [];
      if (surname.length && !readingsOf[k]!.people.length) {
        c.person = { people: surname, surname: true, start: matches[k]!.start, end: matches[k]!.end, given: { start: c.end, end: e } };
        c.end = matches[k]!.end;
        k++;
      } else if (e > c.end) {
        c.unknownName = { start: c.end, end: e };
        c.end = e;
      }
    }
    // "Gambia's Yahya Jammeh": a name the lexicon does not know, after a possessive, is the owner's
    // person (as "Jordan's King Abdullah" is); "Brazil's Petrobras" stays Brazil's.
    if (!c.person && !c.agents.length && !c.unknownName && c.modifier && c.end + 1 < sentenceEnd && POSSESSIVE.has(tokens.value(c.end))) {
      const first = c.end + 1, e = unknownNameEnd(tokens, first, sentenceEnd, nextStart(matches, k));
      if (e > first) {
        c.unknownName = { start: first, end: e };
        c.end = e;
      }
    }
    // "U.S. intelligence contractor Edward Snowden", "Australian activist Julian Assange": a full name
    // the lexicon does not know, after a country and words of what the person is that name no role
    // the lexicon has, is that country's person ("Russian energy giant Gazprom", one word, is not).
    const country = c.modifier?.target.type === 'state' || c.modifier?.target.type === 'adjective';
    if (!c.person && !c.agents.length && !c.unknownName && country && !POSSESSIVE.has(tokens.value(c.end))) {
      let first = c.end;
      while (first < sentenceEnd && first - c.end < 3 && tokens.startsLower(first) && DESCRIBING.has(tokens.pos[first]!)) first++;
      const e = unknownNameEnd(tokens, first, sentenceEnd, nextStart(matches, k));
      if (first > c.end && tokens.pos[first - 1] === 'NOUN' && e - first >= 2) {
        c.unknownName = { start: first, end: e };
        c.end = e;
      }
    }
    // "the president of Brazil", "President Fernández of the Dominican Republic", and for people who
    // are not officials, where they are: "protesters in Chile", "police in Lagos". (The place is a
    // match that names a modifier, at most six words on: two words leading to it, an article and
    // three that describe it.)
    if (!c.modifier && c.agents.length && k < matches.length && readingsOf[k]!.modifier && matches[k]!.start - c.end <= 6) {
      const next = matches[k]!;
      const { modifier: target, record } = readingsOf[k]!;
      let at = c.end;
      const w = tokens.normal(at);
      // "negotiators from Ethiopia" are Ethiopia's, as "the president of Brazil" is Brazil's; but
      // "withdraw its troops from Ukraine" says where they leave.
      // (arms "from" a country are what it supplies: "received tanks from the United States")
      const fromWhere = w === 'from' && !POSSESSIVE_PRONOUNS.has(tokens.normal(c.start - 1)) && !ARMS.has(tokens.normal(c.end - 1));
      // "the administration in Washington", "the government in Kabul": a seat of government says whose.
      const seat = target?.type === 'metonym' && !c.person && !c.unknownName && SEATED.has(tokens.normal(c.end - 1));
      const located = (w === 'in' && seat) || (SPREAD_IN.has(w) && locatable(c.agents));
      // "a newspaper based in Beirut" is Lebanon's, whatever it is; "guerrillas fighting in
      // Afghanistan" are Afghanistan's, as "guerrillas in Afghanistan" are
      const based = (w === 'based' && tokens.normal(at + 1) === 'in')
        || (LOCATING.has(w) && tokens.normal(at + 1) === 'in' && locatable(c.agents));
      // "gunmen loyal to Somali warlord Mohamed Farah Aideed" are his side's
      if (w === 'of' || fromWhere || located) at++;
      else if (w === 'loyal' && tokens.normal(at + 1) === 'to') at += 2;
      else if (based) at += 2;
      if (tokens.normal(at) === 'the' || (at > c.end + 1 && tokens.pos[at] === 'DET')) at++;
      // "based in Kurdish northern Iraq": words that describe the place
      while (at > c.end && at < next.start && next.start - at <= 3 && (tokens.pos[at] === 'ADJ' || COMPASS.has(tokens.normal(at)) || isCapitalised(tokens, at))) at++;
      if (target && at > c.end && next.start === at) {
        c.modifier = { target, record, start: next.start, end: next.end, adjective: false };
        c.end = next.end;
        k++;
      }
    }
    chunks.push(c);
  }
  shareRoleWords(chunks, tokens);
  return chunks;
}

const CONJUNCTIONS = new Set([',', 'and', 'or']);
// "-led", "-run": a role word before them describes the role word after.
const LED = new Set(['led', 'run', 'dominated', 'controlled', 'appointed', 'installed', 'backed', 'supported', 'allied', 'aligned']);
// Where people are: "protesters in Chile", "students across Indonesia", "farmers throughout France".
const SPREAD_IN = new Set(['in', 'across', 'throughout']);
// Role words for arms, which a country supplies as well as fields.
const ARMS = new Set(['tank', 'tanks', 'jet', 'jets', 'warplane', 'warplanes', 'drone', 'drones', 'warship', 'warships', 'helicopter', 'helicopters', 'aircraft', 'missile', 'missiles', 'artillery', 'gunboat', 'gunboats']);
// Participles that say where people fight: "rebels operating in" (troops "stationed" or "deployed"
// in a place, and exiles "living" there, are often another country's).
const LOCATING = new Set(['fighting', 'operating', 'active']);
// Sectors whose people "in" a place need not be of it: "officials in Washington" may be anyone's,
// "reporters in Buenos Aires" too.
const NOT_LOCATED = new Set(['GOV', 'MED', 'IGO', 'NGO']);
/** Whether role words' people are of where they are (see NOT_LOCATED). */
function locatable(agents: Chunk['agents']): boolean {
  for (const a of agents) if (NOT_LOCATED.has(a.sector)) return false;
  return true;
}
// Words for a government that a seat names: "the regime in Damascus" (but "the embassy in Beijing" is the sender's).
const SEATED = new Set(['government', 'administration', 'regime', 'authorities', 'leadership', 'cabinet', 'junta']);

/**
 * Coordinated adjectives share the role word after the last: in "Chilean and Peruvian diplomats"
 * both are diplomats, as in "Chilean, Peruvian and Bolivian troops" all three are troops, and in
 * "South Korean and US forces" the last modifier is a name.
 */
function shareRoleWords(chunks: Chunk[], tokens: TokenTable): void {
  for (let i = chunks.length - 2; i >= 0; i--) {
    const c = chunks[i]!, next = chunks[i + 1]!;
    const bare = c.modifier?.adjective && !c.agents.length && !c.person && !c.unknownName;
    if (!bare || !next.modifier || !next.agents.length || next.person || next.unknownName) continue;
    let joined = next.start > c.end;
    for (let t = c.end; t < next.start && joined; t++) joined = CONJUNCTIONS.has(tokens.normal(t));
    if (joined) c.agents = next.agents;
  }
}

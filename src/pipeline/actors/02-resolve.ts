import {
  codeOn, type DictActor, type GroupEntry, type InitiativeEntry, type LexiconData, type OrganisationEntry, type PersonEntry, type RegionEntry, type Role, type StateInfo,
} from '../../lexicon/index.js';
import type { Actor } from '../../model/index.js';
import type { TokenTable } from '../nlp/tokens.js';
import type { Chunk, ModifierTarget } from './01-chunks.js';
import { fold } from '../../lexicon/fold.js';
import { formsOf } from '../../lexicon/inflect.js';
import { COMPASS, MEMBER_NOUNS, POSSESSIVE_PRONOUNS } from './words.js';

/** What resolution needs to know about the document so far. */
export interface DocContext {
  date: string | null;
  /** Actors of dictionaries loaded with --actors. */
  dictionary: DictActor[];
  /** People already named in full in this document: a later "Fernández" means them. */
  seen: Set<string>;
  /** The roles each person asked about held on the document's date (see rolesOn), kept once worked out. */
  roles: Map<PersonEntry, Role[]>;
  /** How often each country has been an actor so far (see countCountry): a tie-breaker for ambiguous surnames. */
  countries: Map<string, number>;
  /** Of those, the country named most, how often, and how often the next most named was. */
  lead: { country: string | undefined; most: number; second: number };
  /**
   * The sentence being resolved: its chunks, the token it starts on, and, once asked, the one country
   * it names anywhere in it, as an actor, a modifier or a place, or null for none or several (whose
   * an unattributed actor is when the document has named no country before it).
   */
  sentence: { chunks: readonly Chunk[]; start: number; only: string | null | undefined };
}

/** A context for a document of `date`, with nothing seen yet. */
export function docContext(date: string | null, dictionary: DictActor[]): DocContext {
  return { date, dictionary, seen: new Set(), roles: new Map(), countries: new Map(), lead: { country: undefined, most: 0, second: 0 }, sentence: sentenceContext([], 0) };
}

/** The sentence's part of DocContext. */
export function sentenceContext(chunks: readonly Chunk[], sentenceStart: number): DocContext['sentence'] {
  return { chunks, start: sentenceStart, only: undefined };
}

/** Counts an actor of `country`, keeping the lead up to date. */
export function countCountry(ctx: DocContext, country: string): void {
  const count = (ctx.countries.get(country) ?? 0) + 1;
  ctx.countries.set(country, count);
  const lead = ctx.lead;
  if (country === lead.country) lead.most = count;
  else if (count > lead.most) {
    lead.second = lead.most;
    lead.country = country;
    lead.most = count;
  } else if (count > lead.second) lead.second = count;
}

/** The one country the sentence's chunks name ("Algerian", "in Sudan", "Beijing"), or null for none or several. */
function onlyCountry(sentence: DocContext['sentence']): string | null {
  if (sentence.only === undefined) {
    let only: string | null = null;
    for (const c of sentence.chunks) {
      const country = modifierCountry(c);
      if (!country || country === only) continue;
      if (only !== null) return (sentence.only = null);
      only = country;
    }
    sentence.only = only;
  }
  return sentence.only;
}

/** The countries the sentence names as places ("in Serbia"), asked only by the rare rule that needs them. */
function placedCountries(sentence: DocContext['sentence'], tokens: TokenTable): Set<string> {
  const placed = new Set<string>();
  for (const c of sentence.chunks) {
    const country = modifierCountry(c);
    if (country && !c.agents.length && chunkIsPlace(tokens, c, sentence.start)) placed.add(country);
  }
  return placed;
}

/** `isPlace` for a chunk's words, worked out once: the sentence's countries and the chunk's resolution both ask. */
function chunkIsPlace(tokens: TokenTable, c: Chunk, sentenceStart: number): boolean {
  return (c.place ??= isPlace(tokens, c.start, c.end, sentenceStart));
}

const ROLE_RANK: Record<Role['role'], number> = {
  'head-of-state': 0, 'head-of-government': 1, 'foreign-minister': 2, 'vice-president': 3, minister: 4, 'org-head': 5,
};
// A place noun before "of" or "with": "the capital of Argentina", "the border with Ecuador".
const PLACE_NOUNS = new Set(['capital', 'city', 'coast', 'north', 'south', 'east', 'west', 'centre', 'center', 'outskirts', 'province', 'region', 'regions', 'territory', 'island', 'islands', 'heart', 'parts', 'part', 'areas', 'area', 'shores', 'border', 'borders', 'frontier', 'crossing', 'streets', 'skies', 'towns', 'cities', 'villages']);
const LOCATIVE = new Set(['in', 'at', 'near', 'outside', 'inside', 'within', 'across', 'around', 'throughout', 'into', 'through', 'over', 'towards', 'toward']);
// Going somewhere makes it a place: "visited Panama City", "left Iraq", "flew to Kingston", "a visit to
// Beijing", "crossed from Gaza", "withdraw its troops from Ukraine". ("Protests from Caracas" stays an actor.)
const MOTION = new Set(['visit', 'arrive', 'travel', 'fly', 'return', 'go', 'come', 'head', 'leave', 'reach', 'tour', 'move', 'flee', 'relocate', 'sail', 'cross', 'withdraw', 'pull', 'depart', 'evacuate', 'deport']);
// Verbs whose object is itself the place: "visited Panama City", "left Iraq" (but "pulled Brazil out").
const DESTINATION = new Set(['visit', 'leave', 'reach', 'tour', 'enter']);
// Their written forms ("visited", "fled"): a verb is one of them by its form, as the events' patterns
// read verbs, without asking wink-nlp for a lemma.
const MOTION_FORMS = formsOf(MOTION), DESTINATION_FORMS = formsOf(DESTINATION);
const TRIP_NOUNS = new Set(['visit', 'trip', 'tour', 'flight', 'flights', 'journey', 'route', 'way', 'travel']);
const DIRECTION = new Set(['to', 'for', 'from']);
// "Nigeria today announced": a time word after a name is no thing it modifies.
const TIME_NOUNS = new Set(['today', 'yesterday', 'tomorrow', 'tonight', 'now']);
const TIME_LEADS = new Set(['last', 'next', 'this', 'past', 'previous', 'coming']);
const TIME_UNITS = new Set(['week', 'weekend', 'month', 'year', 'night', 'morning', 'evening', 'afternoon', 'spring', 'summer', 'autumn', 'fall', 'winter', 'decade', 'weeks', 'months', 'years', 'days']);
const MONTHS = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)/;
const FORMER = new Set(['former', 'ex', 'ex-', 'late']);
// Nouns of a crowd's size before "of": "thousands of Vietnamese".
const CROWDS = new Set(['thousands', 'hundreds', 'dozens', 'millions', 'scores', 'tens']);

/** Whether a demonym stands for people, not a thing: "thousands of Vietnamese marched past". */
function namesCrowd(tokens: TokenTable, c: Chunk, sentenceStart: number, sentenceEnd: number): boolean {
  const next = c.end < sentenceEnd ? tokens.pos[c.end] : 'PUNCT';
  if (next === 'NOUN' || next === 'PROPN' || next === 'ADJ') return false;
  return c.start - 2 >= sentenceStart && tokens.normal(c.start - 1) === 'of' && CROWDS.has(tokens.normal(c.start - 2));
}

/** The roles a person held on `date`, best first; with no date, the latest role. */
export function rolesOn(person: PersonEntry, date: string | null): Role[] {
  if (date === null) return [...person.roles].sort((a, b) => b.start.localeCompare(a.start)).slice(0, 1);
  const held = person.roles.filter((r) => r.start <= date && (r.end === null || date <= r.end));
  return held.length > 1 ? held.sort((a, b) => ROLE_RANK[a.role] - ROLE_RANK[b.role]) : held;
}

/** `rolesOn` for the document's date, kept in the context: a person is asked about several times. */
function rolesNow(ctx: DocContext, person: PersonEntry): Role[] {
  let roles = ctx.roles.get(person);
  if (roles === undefined) ctx.roles.set(person, (roles = rolesOn(person, ctx.date)));
  return roles;
}

const stateEntities = new Map<string, string>();
/** A state's entity id, "state/arg": made once per state, as most actors carry one. */
export function stateEntity(country: string): string {
  let id = stateEntities.get(country);
  if (id === undefined) stateEntities.set(country, (id = `state/${country.toLowerCase()}`));
  return id;
}

/** The country a chunk's modifier names ("Argentine", "Beijing"), or null. */
function modifierCountry(c: Chunk): string | null {
  return c.modifier ? countryOf(c.modifier.target) : null;
}

function countryOf(target: ModifierTarget): string | null {
  switch (target.type) {
    case 'state': case 'adjective': case 'metonym': return target.code;
    default: return null;
  }
}

const wordPatterns = new Map<string, RegExp>();
/** A pattern for `words` as whole words ("minister" in "foreign minister"), made once per title. */
function wordPattern(words: string): RegExp {
  let re = wordPatterns.get(words);
  if (!re) wordPatterns.set(words, (re = new RegExp(`\\b${words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`)));
  return re;
}

/** Whether a person held some role of `country`. */
function heldIn(p: PersonEntry, country: string): boolean {
  for (const r of p.roles) if (r.country === country) return true;
  return false;
}

const nameWordsOf = new WeakMap<PersonEntry, ReadonlySet<string>>();
/** The words of a person's name and aliases, folded ("alberto", "fernandez"), made once per person. */
function nameWords(p: PersonEntry): ReadonlySet<string> {
  let words = nameWordsOf.get(p);
  if (!words) nameWordsOf.set(p, (words = new Set([p.name, ...p.aliases].flatMap((n) => fold(n).split(/[\s.-]+/)))));
  return words;
}

/** Chooses among the people a name may mean: in office on the date, of the modifier's country, known here. */
function choosePerson(c: Chunk, ctx: DocContext, tokens: TokenTable): PersonEntry | undefined {
  const ofModifier = modifierCountry(c);
  // "Jordan's King Abdullah" is no Saudi Abdullah, whatever the lexicon lacks.
  // "Eduardo Bolsonaro" is not Jair: a first name written before the surname must be the person's
  const given = c.person!.given ? tokens.normal(c.person!.given.start) : undefined;
  const candidates: PersonEntry[] = [];
  for (const p of c.person!.people) {
    if (ofModifier && !heldIn(p, ofModifier)) continue;
    if (given && !nameWords(p).has(given)) continue;
    candidates.push(p);
  }
  if (candidates.length === 0) return undefined;
  if (candidates.length === 1 && !c.person!.surname) return candidates[0];
  // the title's words, "president" or "foreign minister"
  const lastAgent = c.agents.at(-1);
  let titleWords = '';
  if (lastAgent) for (let t = lastAgent.start; t < lastAgent.end; t++) titleWords += (t > lastAgent.start ? ' ' : '') + tokens.normal(t);
  const titleWord = titleWords ? wordPattern(titleWords) : undefined;
  // the candidate that fits best; two that fit as well say nothing
  let best: PersonEntry | undefined, bestScore = -Infinity, tie = false;
  for (const p of candidates) {
    const s = personScore(p, ctx, titleWords, titleWord);
    if (s > bestScore) {
      best = p;
      bestScore = s;
      tie = false;
    } else if (s === bestScore) tie = true;
  }
  if (!best || tie) return undefined;
  // A surname not met before in full names someone in office on the date ("Minister Hong" is not a
  // Hong who left office years ago), and alone it must name one person in office only ("Kim" names many).
  if (c.person!.surname && !ctx.seen.has(best.id)) {
    if (!rolesNow(ctx, best).length && ctx.date !== null) {
      // Out of office on the date, a title still names the one person who held exactly that office:
      // "President Bush" in a report misdated or looking back. Two such people say nothing.
      const titled = titleWords ? candidates.filter((p) => p.roles.some((r) => lowerTitle(r) === titleWords)) : [];
      return titled.length === 1 && !candidates.some((p) => rolesNow(ctx, p).length) ? titled[0] : undefined;
    }
    const inOffice = ctx.date === null ? candidates : candidates.filter((p) => rolesNow(ctx, p).length > 0);
    if (!c.agents.length && (inOffice.length > 1 || c.person!.end - c.person!.start > 2)) return undefined;
    // Alone, a surname others share belongs to the story's countries: "Kim" in a Korean story is not
    // the head of the World Bank, whose office no title names here. ("Xi" and "Lula" are theirs alone.)
    const role = rolesNow(ctx, best)[0];
    const shared = candidates.length > 1;
    if (!c.agents.length && shared && role && (role.org || (ctx.countries.size > 0 && !ctx.countries.has(role.country!)))) return undefined;
  }
  return best;
}

/**
 * How well a person fits a name in this document: known here (named in full before), in office on
 * its date, holding the office the title names ("President" fits a President better than a Vice
 * President), of a country the document is about.
 */
function personScore(p: PersonEntry, ctx: DocContext, titleWords: string, titleWord: RegExp | undefined): number {
  const roles = rolesNow(ctx, p);
  let s = 0;
  if (ctx.seen.has(p.id)) s += 8;
  if (roles.length) s += 4;
  let exact = false, partly = false;
  for (const r of roles) {
    const title = lowerTitle(r);
    if (title === titleWords) exact = true;
    else if (titleWord && !partly) partly = titleWord.test(title);
  }
  if (titleWords && exact) s += 3;
  else if (partly) s += 1;
  s += Math.min(1, (ctx.countries.get(roles[0]?.country ?? '') ?? 0) / 10);
  return s;
}

const lowerTitles = new Map<string, string>();
/** A role's title in lower case, made once per title. */
function lowerTitle(r: Role): string {
  let lower = lowerTitles.get(r.title);
  if (lower === undefined) lowerTitles.set(r.title, (lower = r.title.toLowerCase()));
  return lower;
}

/**
 * Whether a lone place name stands where a place, not an actor, is meant: "held in Buenos Aires",
 * "marched through central Santiago", "the capital of Argentina", "flew to Kingston", and the dateline
 * "BRASILIA (Reuters) -".
 */
function isPlace(tokens: TokenTable, start: number, end: number, from: number): boolean {
  if (start === from && end < tokens.length) {
    const after = tokens.value(end);
    if (after === '(' || after === '-' || after === '—' || (after === ',' && MONTHS.test(tokens.normal(end + 1)))) return true;
  }
  let i = start - 1;
  // "in the capital", "in Kurdish northern Iraq", "in Indian-ruled Kashmir"
  while (i >= from && start - i <= 4 && (tokens.pos[i] === 'ADJ' || tokens.normal(i) === 'the' || COMPASS.has(tokens.normal(i)) || tokens.normal(i) === '-'
    || (tokens.pos[i] === 'PROPN' && !tokens.startsLower(i)) || (tokens.normal(i - 1) === '-' && tokens.normal(i).endsWith('ed')))) i--;
  if (i < from) return false;
  const w = tokens.normal(i);
  if (LOCATIVE.has(w) || motionVerb(tokens, i, DESTINATION_FORMS)) return true;
  if ((w === 'of' || w === 'with') && i - 1 >= from && PLACE_NOUNS.has(tokens.normal(i - 1))) return true;
  if (!DIRECTION.has(w)) return false;
  for (let t = i - 1; t >= Math.max(from, i - 5); t--) if (motionVerb(tokens, t, MOTION_FORMS) || TRIP_NOUNS.has(tokens.normal(t))) return true;
  return false;
}

/** Whether token t is a verb of `forms` (MOTION_FORMS or DESTINATION_FORMS). */
function motionVerb(tokens: TokenTable, t: number, forms: ReadonlySet<string>): boolean {
  return tokens.pos[t] === 'VERB' && forms.has(tokens.normal(t));
}

// Role words whose people need not be the story's: "reporters", "diplomats", "officials" of anywhere.
const UNFILLED = new Set(['MED', 'IGO', 'NGO']);

/**
 * The country a story is about so far: the only one named, or one named at least twice as often as
 * any other; before any, the only country its first sentences name ("Islamic fundamentalists
 * demanded the resignation of Algeria's president").
 */
function storyCountry(ctx: DocContext): string | undefined {
  if (ctx.countries.size === 0) return onlyCountry(ctx.sentence) ?? undefined;
  // (a tie leaves the second as often named as the first: no country leads)
  const { country, most, second } = ctx.lead;
  return second === 0 || most >= 2 * second ? country : undefined;
}

function usedAs(tokens: TokenTable, c: Chunk, sentenceStart: number, sentenceEnd: number): MentionUse | undefined {
  if (chunkIsPlace(tokens, c, sentenceStart)) return 'place';
  return isAttributive(tokens, c.end, sentenceEnd) ? 'attribute' : undefined;
}

/**
 * A name used as a modifier of a thing: "a U.S. drone strike", "the Central American free trade
 * agreement"; but "Latin American countries" names the countries.
 */
function isAttributive(tokens: TokenTable, end: number, sentenceEnd: number): boolean {
  if (end >= sentenceEnd) return false;
  // "sanctions on Russia last year": a phrase of time after a name is no thing it modifies
  if (TIME_LEADS.has(tokens.normal(end)) && TIME_UNITS.has(tokens.normal(end + 1))) return false;
  const object = end + 1 < sentenceEnd && OBJECT_POS.has(tokens.pos[end + 1]!);
  // "Peru plans to visit": a "noun" before "to" and a verb is a verb too.
  const infinitive = tokens.normal(end + 1) === 'to' && end + 2 < sentenceEnd && tokens.pos[end + 2] === 'VERB';
  return (thingNoun(tokens, end, sentenceEnd) && !object && !infinitive) || (tokens.pos[end] === 'ADJ' && tokens.startsLower(end) && thingNoun(tokens, end + 1, sentenceEnd));
}

// A "noun" with an object after it is a verb the tagger misread: "China backs Latin America".
const OBJECT_POS: ReadonlySet<string> = new Set(['PROPN', 'DET', 'PRON']);

/** Whether token t is a common noun of a thing (not "countries" or "today"). */
function thingNoun(tokens: TokenTable, t: number, sentenceEnd: number): boolean {
  return t < sentenceEnd && tokens.pos[t] === 'NOUN' && tokens.startsLower(t) && !MEMBER_NOUNS.has(tokens.normal(t)) && !TIME_NOUNS.has(tokens.normal(t));
}

/**
 * How a name that is no actor where it stands is used: where something happens ("in Kenya"), a
 * modifier of a thing ("Kenyan coffee"), or a role word the story's country fills ("the government").
 */
export type MentionUse = 'place' | 'attribute' | 'role';

/** A state or region used as a place or a modifier (`use`), not as an actor. */
export interface SetAside {
  actor: Actor;
  use: MentionUse;
}

/** Capitalised words that make a name before them a geographic feature's: "the South China Sea", "Lake Chad". */
const FEATURES = new Set(['sea', 'ocean', 'strait', 'straits', 'gulf', 'bay', 'peninsula', 'channel', 'canal', 'basin', 'river', 'delta', 'desert', 'lake', 'isthmus', 'horn']);
/** Of those, the ones that come first: "the Sea of Japan", "the Gulf of Oman", "Lake Chad". */
const FEATURES_BEFORE = new Set(['sea', 'gulf', 'bay', 'strait', 'straits', 'isthmus', 'horn', 'lake']);

/**
 * Whether the words `[start, end)` are part of the name of a sea, a strait or a lake: "the South
 * China Sea", "the Indian Ocean", "the Gulf of Oman", "Lake Chad". Such a name is a place (the
 * gazetteer's), and the state in it no actor.
 */
function inFeatureName(tokens: TokenTable, start: number, end: number, from: number): boolean {
  if (feature(tokens, end, from) || (start - 1 >= from && FEATURES_BEFORE.has(tokens.normal(start - 1)) && feature(tokens, start - 1, from))) return true;
  // "the Gulf of Oman": the region word is the feature's first
  if (feature(tokens, end - 1, from) && FEATURES_BEFORE.has(tokens.normal(end - 1)) && tokens.normal(end) === 'of' && end + 1 < tokens.length && !tokens.startsLower(end + 1)) return true;
  return tokens.normal(start - 1) === 'of' && feature(tokens, start - 2, from) && FEATURES_BEFORE.has(tokens.normal(start - 2));
}

/** Whether token t (in the sentence from `from`) is a capitalised word of a feature: "Sea", "Strait". */
function feature(tokens: TokenTable, t: number, from: number): boolean {
  return t >= from && t < tokens.length && !tokens.startsLower(t) && FEATURES.has(tokens.normal(t));
}

/**
 * What a chunk names, or null when it names nothing (a lone role word, a person no one fits). A
 * place ("held in Buenos Aires") or a modifier ("Chinese investment") is no actor, but the event
 * coder may still take it as a target, so it comes back set aside with its `use`. People take their
 * code from the role they held on the document's date.
 */
export function resolve(c: Chunk, data: LexiconData, ctx: DocContext, tokens: TokenTable, doc: string, sentenceStart: number, sentenceEnd: number): Actor | SetAside | null {
  if (c.modifier && !c.person && !c.agents.length && inFeatureName(tokens, c.start, c.end, sentenceStart)) return null;
  let agentSector: string | null = c.agents[0]?.sector ?? null;
  for (const a of c.agents) if (a.sector !== 'GOV') {
    agentSector = a.sector;
    break;
  }
  if (!c.person && !c.modifier && !c.unknownName) {
    // Role words alone ("officials said") name no one; in a story about one country, the event
    // coder may read them as its people.
    // "its troops", "their leaders" are someone's own, not the story's.
    const country = storyCountry(ctx);
    // "official contact", "military aid": a role word before a noun describes the thing.
    if (!country || !agentSector || UNFILLED.has(agentSector) || POSSESSIVE_PRONOUNS.has(tokens.normal(c.start - 1)) || tokens.normal(c.start - 1) === 'whose') return null;
    if (isAttributive(tokens, c.end, sentenceEnd)) return null;
    const span: [number, number] = [tokens.charStart[c.start]!, tokens.charEnd[c.end - 1]!];
    const words = doc.slice(span[0], span[1]);
    const actor: Actor = { code: `${country}${agentSector}`, country, sector: agentSector, kind: agentSector === 'GOV' ? 'state' : 'group', name: data.states.get(country)?.name ?? country, text: words, span, entity: undefined, role: undefined };
    return { actor, use: 'role' };
  }
  // the words, for the actor the chunk names
  const span: [number, number] = [tokens.charStart[c.start]!, tokens.charEnd[c.end - 1]!];
  const words = doc.slice(span[0], span[1]);

  if (c.person) {
    const person = choosePerson(c, ctx, tokens);
    if (!person) {
      // Not a person the lexicon knows, but a country still codes them: "Jordan's King Abdullah". The
      // lexicon's people all held office, so without a role word the office is the government.
      const country = modifierCountry(c);
      if (!country) return null;
      const sector = agentSector ?? 'GOV';
      const name = doc.slice(tokens.charStart[c.person.start]!, tokens.charEnd[c.person.end - 1]!);
      return { code: `${country}${sector}`, country, sector, kind: 'person', name, text: words, span, entity: undefined, role: undefined };
    }
    ctx.seen.add(person.id);
    const role = rolesNow(ctx, person)[0];
    if (role?.org) {
      const org = data.organisations.get(role.org)!;
      return { code: org.code, country: null, sector: null, kind: 'person', name: person.name, text: words, span, entity: person.id, role: role.title };
    }
    if (role?.country) {
      return { code: `${role.country}GOV`, country: role.country, sector: 'GOV', kind: 'person', name: person.name, text: words, span, entity: person.id, role: role.title };
    }
    // Out of office on this date, yet the text gives the office, "Egyptian Foreign Minister Amr
    // Moussa": the report looks back, or its date is wrong; the words say whose official he was.
    const stated = modifierCountry(c);
    if (stated && c.agents.length && !FORMER.has(tokens.normal(c.start - 1))) {
      const sector = agentSector ?? 'GOV';
      return { code: `${stated}${sector}`, country: stated, sector, kind: 'person', name: person.name, text: words, span, entity: person.id, role: undefined };
    }
    // Otherwise a former office-holder is one of the country's elite.
    const past = ctx.date ? person.roles.filter((r) => r.end !== null && r.end < ctx.date!).sort((a, b) => b.end!.localeCompare(a.end!))[0] : undefined;
    const country = (past ?? person.roles[0]!).country ?? stated;
    if (!country) return null;
    const sector = past ? 'ELI' : agentSector;
    return { code: `${country}${sector ?? ''}`, country, sector, kind: 'person', name: person.name, text: words, span, entity: person.id, role: undefined };
  }

  const target = c.modifier?.target, record = c.modifier?.record;
  if (!target) {
    // A title and a name with no country, "Treasury Minister Nicolás Dujovne": the country the
    // document has been about. Role words alone ("officials said") name no one.
    // Only a story about one country so far (or, before any, a sentence naming one) says whose
    // minister an unnamed one is.
    const lead = ctx.countries.size <= 1 ? storyCountry(ctx) : undefined;
    if (!c.unknownName || !lead || !agentSector) return null;
    const name = doc.slice(tokens.charStart[c.unknownName.start]!, tokens.charEnd[c.unknownName.end - 1]!);
    return { code: `${lead}${agentSector}`, country: lead, sector: agentSector, kind: 'person', name, text: words, span, entity: undefined, role: undefined };
  }
  switch (target.type) {
    case 'dict': {
      const entry = ctx.dictionary[target.index]!;
      const code = codeOn(entry, ctx.date);
      if (!code) return null; // the null code, or no code for this date
      const country = data.states.has(code.slice(0, 3)) ? code.slice(0, 3) : null;
      const withAgent = code.length === 3 && agentSector ? code + agentSector : code;
      const kind = /^(IGO|NGO|NGM)/.test(code) ? 'organisation' : entry.codes.some((c) => c.from || c.to) ? 'person' : withAgent.length === 3 ? 'state' : 'group';
      const sector = withAgent.length >= 6 && country ? withAgent.slice(3, 6) : null;
      const name = entry.name.toLowerCase().replace(/(^|[\s-])\p{L}/gu, (m) => m.toUpperCase());
      const actor: Actor = { code: withAgent, country, sector, kind, name, text: words, span, entity: `dict/${entry.file}:${entry.line}`, role: undefined };
      if (kind === 'state' && !c.agents.length && chunkIsPlace(tokens, c, sentenceStart)) return { actor, use: 'place' };
      return actor;
    }
    case 'organisation': {
      const org = record as OrganisationEntry;
      const name = c.unknownName ? doc.slice(tokens.charStart[c.unknownName.start]!, tokens.charEnd[c.unknownName.end - 1]!) : org.name;
      return { code: org.code, country: null, sector: null, kind: c.unknownName ? 'person' : 'organisation', name, text: words, span, entity: org.id, role: undefined };
    }
    case 'group': {
      const g = record as GroupEntry;
      const name = c.unknownName ? doc.slice(tokens.charStart[c.unknownName.start]!, tokens.charEnd[c.unknownName.end - 1]!) : g.name;
      return { code: g.code, country: g.country, sector: g.sector, kind: c.unknownName ? 'person' : 'group', name, text: words, span, entity: g.id, role: undefined };
    }
    case 'initiative': {
      const ini = record as InitiativeEntry;
      return { code: ini.code, country: null, sector: null, kind: 'initiative', name: ini.name, text: words, span, entity: ini.id, role: undefined };
    }
    case 'region': {
      const region = record as RegionEntry;
      const actor: Actor = { code: region.code, country: null, sector: agentSector, kind: 'region', name: region.name, text: words, span, entity: region.id, role: undefined };
      const use = c.agents.length ? undefined : usedAs(tokens, c, sentenceStart, sentenceEnd);
      return use ? { actor, use } : actor;
    }
    default: {
      // "ethnic Albanians in Serbia": a people, not a state, coded where the sentence places them.
      if ((target.type === 'adjective' || target.type === 'state') && tokens.normal(c.modifier!.start - 1) === 'ethnic') {
        const others = [...placedCountries(ctx.sentence, tokens)].filter((code) => code !== target.code);
        if (others.length === 1) {
          const country = others[0]!;
          const sector = agentSector ?? 'CVL';
          return { code: `${country}${sector}`, country, sector, kind: 'group', name: data.states.get(country)?.name ?? country, text: words, span, entity: undefined, role: undefined };
        }
      }
      const country = target.code;
      const state = record as StateInfo;
      // (an adjective with a name after it names that person: "Australian activist Julian Assange")
      if (!c.agents.length && !(c.unknownName && target.type === 'adjective')) {
        // "Chinese investment": an adjective without a role word modifies a thing, unless it names
        // people ("thousands of Vietnamese marched").
        const use = target.type === 'adjective' ? (namesCrowd(tokens, c, sentenceStart, sentenceEnd) ? undefined : 'attribute') : usedAs(tokens, c, sentenceStart, sentenceEnd);
        if (use) return { actor: { code: country, country, sector: null, kind: 'state', name: state.name, text: words, span, entity: stateEntity(country), role: undefined }, use };
      }
      const sector = agentSector ?? (target.type === 'metonym' ? target.sector : null);
      if (c.unknownName) {
        const name = doc.slice(tokens.charStart[c.unknownName.start]!, tokens.charEnd[c.unknownName.end - 1]!);
        return { code: `${country}${sector ?? ''}`, country, sector, kind: 'person', name, text: words, span, entity: undefined, role: undefined };
      }
      const kind = sector === null || sector === 'GOV' ? 'state' : 'group';
      return { code: `${country}${sector ?? ''}`, country, sector, kind, name: state.name, text: words, span, entity: stateEntity(country), role: undefined };
    }
  }
}

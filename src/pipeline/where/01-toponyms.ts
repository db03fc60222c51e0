import { formsOf } from '../../lexicon/inflect.js';
import { MAX_PLACE_WORDS, placeKey, type Gazetteer } from '../../lexicon/gazetteer/index.js';
import type { Doc } from '../doc.js';
import type { TokenTable } from '../nlp/tokens.js';

/** A place name found in a sentence, before it is resolved to one of the places it may be. */
export interface Toponym {
  sentence: number;
  /** Tokens `[start, end)`, with a region word after it ("the Donetsk region") and its qualifier. */
  start: number;
  end: number;
  candidates: readonly number[];
  /** The name as looked up (see placeKey). */
  key: string;
  /** Where something happens ("in Geneva", "visited Kharkiv"), or anything else ("from Paris"). */
  locative: boolean;
  /** Places named with it that narrow it down: "Long Beach, CA", "Kharkiv, Ukraine", "Sudan's Darfur". */
  qualifiers: (readonly number[])[];
  /** Followed by a region word: the region, not its city. */
  region: boolean;
}

/** Words after which a place is where something happens. */
const LOCATIVE = new Set([
  'in', 'at', 'near', 'outside', 'inside', 'across', 'throughout', 'around', 'within', 'over', 'off', 'through', 'into',
  ...formsOf(['visit', 'tour', 'hit', 'shell', 'bomb', 'strike', 'raid', 'storm', 'besiege', 'capture', 'seize', 'occupy', 'enter', 'invade', 'liberate']),
]);
/** Verbs after which "to" names where the act ends up: "flew to Kingston". */
const MOTION = formsOf(['travel', 'fly', 'go', 'head', 'come', 'return', 'journey', 'trip', 'visit', 'move', 'sail', 'drive', 'rush', 'deploy', 'arrive', 'retreat', 'withdraw', 'flee', 'send', 'dispatch']);
/** Words that may stand between a locative word and the name: "in the northern city of Aleppo". */
const BETWEEN = new Set(['the', 'northern', 'southern', 'eastern', 'western', 'central', 'north', 'south', 'east', 'west', 'northeastern', 'northwestern', 'southeastern', 'southwestern', 'besieged', 'occupied', 'embattled', 'frontline', 'front-line', 'disputed', 'breakaway', 'coastal', 'border', 'port', 'capital', ',', 'nearby', 'downtown']);
/** Nouns of "the city of Aleppo": read through to the locative word before them. */
const PLACE_NOUNS = new Set(['city', 'town', 'village', 'capital', 'province', 'region', 'state', 'district', 'port', 'island', 'islands', 'area', 'coast', 'border']);
/** Parts of a place that say something happened there: "the streets of Tehran", "the outskirts of Kyiv". */
const PARTS = new Set(['outskirts', 'streets', 'suburbs', 'centre', 'center', 'heart', 'downtown', 'shores', 'shore', 'banks',
  'districts', 'neighbourhoods', 'neighborhoods', 'areas', 'parts', 'quarters']);
/** Nouns of attack before "on": "an artillery assault on Tskhinvali" happened there. */
const ATTACKS = new Set(['attack', 'attacks', 'assault', 'assaults', 'strike', 'strikes', 'airstrike', 'airstrikes', 'raid', 'raids', 'offensive', 'bombardment', 'shelling']);
/** Words after a name that make it a region: "the Donetsk region", "Idlib province". */
const REGION_WORDS = new Set(['region', 'province', 'oblast', 'governorate', 'state', 'district', 'department', 'prefecture', 'county', 'territory', 'krai', 'republic']);
/** Lower-case words a place name may hold: "Santiago de los Caballeros", "Rio de Janeiro". */
const CONNECTORS = new Set(['de', 'del', 'la', 'las', 'los', 'el', 'al', 'du', 'des', 'do', 'da', 'dos', 'das', 'of', 'upon', 'au', 'sur', 'am', 'an', 'es', 'di', 'e', '-', "'"]);
/** Capitalised words that are dates, not places ("in May"). */
const DATE_WORDS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
const POSSESSIVE = new Set(["'s", '’s']);
const ACRONYM = /^[A-Z.]{2,6}$/;
const LETTERS = /^[a-z]+$/;
/** The parts of speech a place name starts with (a determiner only before a name: "The Hague"), compared one by one. */
function nameTag(pos: string): boolean {
  return pos === 'PROPN' || pos === 'NOUN' || pos === 'ADJ' || pos === 'X' || pos === 'NUM';
}
/** Words between a name's comma and the place that narrows it: "Mérida, in Venezuela's Andes". */
const QUALIFIER_OPENERS = new Set(['in', 'the']);

function capitalised(tokens: TokenTable, t: number): boolean {
  const c = tokens.text.charCodeAt(tokens.start[t]!);
  return (c >= 65 && c <= 90) || (c > 127 && /\p{Lu}/u.test(String.fromCharCode(c)));
}

/** The longest place name starting at token `t`, as [end, candidates, key]. */
export function longestAt(tokens: TokenTable, t: number, to: number, gazetteer: Gazetteer): [number, readonly number[], string] | undefined {
  const normal = tokens.normal(t);
  const first = LETTERS.test(normal) ? normal : placeKey(tokens.value(t));
  const space = first.indexOf(' ');
  if (!first || DATE_WORDS.has(first) || !gazetteer.startsName(space < 0 ? first : first.slice(0, space))) return undefined;
  let best: [number, readonly number[], string] | undefined;
  let key = first;
  for (let u = t; u < to && u - t < MAX_PLACE_WORDS; ) {
    const found = gazetteer.lookup(key);
    if (found) best = [u + 1, found, key];
    u++;
    // A name goes on through capitalised words and the small words inside names
    if (u >= to || (!capitalised(tokens, u) && !CONNECTORS.has(tokens.normal(u)) && !REGION_WORDS.has(tokens.normal(u)))) break;
    const next = tokens.normal(u);
    const piece = LETTERS.test(next) ? next : placeKey(tokens.value(u));
    if (piece) key = `${key} ${piece}`;
  }
  return best;
}

/**
 * Whether the words before token `t` make the place where something happens: "in Geneva", "in the
 * Georgian town of Gori", "on the outskirts of Kyiv", "into Russia's Kursk region".
 */
export function isLocative(tokens: TokenTable, t: number, from: number): boolean {
  let u = t - 1;
  while (u >= from) {
    const w = tokens.normal(u);
    // "the northern Lebanese city of": adjectives, and capitalised ones before a place noun
    const modifier = capitalised(tokens, u) && (PLACE_NOUNS.has(tokens.normal(u + 1)) || BETWEEN.has(tokens.normal(u + 1)));
    if (BETWEEN.has(w) || PLACE_NOUNS.has(w) || tokens.pos[u] === 'ADJ' || modifier) u--;
    else if (w === 'of' && PARTS.has(tokens.normal(u - 1))) return true;
    else if (w === 'of' && PLACE_NOUNS.has(tokens.normal(u - 1))) u -= 2;
    else if (POSSESSIVE.has(w) && u - 1 >= from && capitalised(tokens, u - 1)) {
      u -= 2; // the owner: "Russia's"
      while (u >= from && capitalised(tokens, u)) u--;
    } else break;
  }
  const w = tokens.normal(u);
  if (LOCATIVE.has(w)) return true;
  if (w === 'on' && ATTACKS.has(tokens.normal(u - 1))) return true;
  return (w === 'to' || w === 'into' || w === 'for') && (MOTION.has(tokens.normal(u - 1)) || MOTION.has(tokens.normal(u - 2)));
}

/**
 * The place names of sentence `si`: capitalised words the gazetteer knows that are not actors where
 * they stand ("Beijing condemned…" names a government, not a place), unless where something happens
 * ("missiles struck Kyiv", "Lula visited Beijing"). `actorEnds[t]` is the end of an actor's words
 * starting at token t, `actorTokens` marks all actors' words. A name of a place of the past ("the
 * Soviet Union") is read and dropped, so that its words are not taken for others'.
 */
export function toponymsIn(doc: Doc, si: number, gazetteer: Gazetteer, actorTokens: Uint8Array, actorEnds: Int32Array): readonly Toponym[] {
  const s = doc.sentences[si]!;
  const tokens = doc.tokens;
  let found: Toponym[] | undefined; // made at the first place: most sentences name none
  for (let t = s.start; t < s.end; t++) {
    if (!capitalised(tokens, t) || !nameTag(tokens.pos[t]!) && !(tokens.pos[t] === 'DET' && tokens.pos[t + 1] === 'PROPN')) continue;
    // an actor's words are a place only where something happens: "missiles struck Kyiv"
    if (actorTokens[t] && (!actorEnds[t] || !isLocative(tokens, t, s.start))) continue;
    const match = longestAt(tokens, t, s.end, gazetteer);
    if (!match) continue;
    let [end, candidates] = match;
    const key = match[2];
    if (candidates.every((i) => gazetteer.kind(i) === 'historical')) {
      t = end - 1;
      continue;
    }
    // An acronym in running text ("LAC countries") is a country's ("US") or no place's
    if (end === t + 1 && ACRONYM.test(tokens.value(t))) {
      candidates = candidates.filter((i) => gazetteer.kind(i) === 'country');
      if (!candidates.length) continue;
    }
    // The first word of a sentence is capitalised anyway: only a well-known place counts there
    if (t === s.start) {
      candidates = candidates.filter((i) => gazetteer.kind(i) !== 'city' || gazetteer.population(i) >= 100_000);
      if (!candidates.length) continue;
    }
    const locative = isLocative(tokens, t, s.start);
    let actor = false;
    for (let u = t; u < end && !actor; u++) actor = actorTokens[u] === 1;
    if (actor && !(locative && actorEnds[t] === end)) continue;
    const region = REGION_WORDS.has(tokens.normal(end - 1)) || REGION_WORDS.has(tokens.normal(end));
    if (REGION_WORDS.has(tokens.normal(end))) end++;
    // "the Supreme Court", "the Geneva Conventions", "New York Times": a name inside a longer one
    if (end < s.end && capitalised(tokens, end) && /^\p{L}/u.test(tokens.value(end))) {
      t = end - 1;
      continue;
    }
    const topo: Toponym = { sentence: si, start: t, end, candidates, key, locative, qualifiers: [], region };
    // "Long Beach, CA", "Kharkiv, Ukraine": a region or country after a comma narrows the name down
    const q0 = end + 1 + (QUALIFIER_OPENERS.has(tokens.normal(end + 1)) ? 1 : 0);
    if (tokens.normal(end) === ',' && q0 < s.end && capitalised(tokens, q0)) {
      const q = longestAt(tokens, q0, s.end, gazetteer);
      const areas = q?.[1].filter((i) => gazetteer.kind(i) === 'country' || gazetteer.kind(i) === 'admin1');
      if (q && areas?.length) {
        topo.qualifiers.push(areas);
        topo.end = q[0];
      }
    }
    // "Sudan's Darfur region", "the West Bank city of Jenin": the first narrows the second and
    // says where it stands
    found ??= [];
    const previous = found.at(-1);
    const owned = previous && previous.end + 1 === t && POSSESSIVE.has(tokens.normal(t - 1));
    const within = previous && previous.end + 2 === t && tokens.normal(t - 1) === 'of' && PLACE_NOUNS.has(tokens.normal(t - 2));
    if (previous && !previous.qualifiers.length && (owned || within)) {
      found.pop();
      topo.qualifiers.push(previous.candidates);
      topo.locative ||= previous.locative;
      topo.start = previous.start;
    }
    found.push(topo);
    t = topo.end - 1;
  }
  return found ?? NONE;
}

const NONE: readonly Toponym[] = Object.freeze([]);

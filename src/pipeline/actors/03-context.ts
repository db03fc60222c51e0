import { stateEntity, type MentionUse } from './02-resolve.js';
import { formsOf } from '../../lexicon/inflect.js';
import type { LexiconData } from '../../lexicon/index.js';
import type { Actor } from '../../model/index.js';
import type { TokenTable } from '../nlp/tokens.js';
import { MEMBER_NOUNS, POSSESSIVE_PRONOUNS, WE } from './words.js';

/** An actor found in a sentence: its tokens, the record, and the compound it belongs to. */
export interface ActorMention {
  sentence: number;
  start: number;
  end: number;
  actor: Actor;
  /** Actors joined by "and" or commas ("China and Brazil") share a compound number. */
  compound?: number;
  /** Set on names that are no actor here: a place ("in Kenya") or a modifier ("Kenyan coffee"). */
  use?: MentionUse;
}

/** A mention with every field from the start: one shape, so the stages that read mentions read them fast. */
export function mention(sentence: number, start: number, end: number, actor: Actor, use?: MentionUse): ActorMention {
  return { sentence, start, end, actor, compound: undefined, use };
}

const SPEECH = new Set(['say', 'stress', 'note', 'tell', 'add', 'state', 'declare', 'emphasize', 'emphasise', 'underline', 'affirm', 'reiterate', 'announce', 'insist', 'warn', 'point']);
// Their written forms ("said", "stressed"): a verb is one of them by its form, without asking
// wink-nlp for a lemma.
const SPEECH_FORMS = formsOf(SPEECH);
const JOINERS = new Set([',', 'and', '&']);
// Words that describe the second of two actors joined by "and": "the government and the leftist URNG".
const DESCRIPTORS = new Set(['leftist', 'rightist', 'rival', 'armed', 'main', 'ruling', 'breakaway', 'separatist', 'islamist', 'maoist', 'marxist', 'communist', 'rebel', 'opposition', 'former', 'neighbouring', 'neighboring', 'allied', 'militant', 'insurgent', 'guerrilla']);

// Words of a role description before the organisation it names: "the first American to lead the".
const DESCRIPTION_POS = new Set(['DET', 'ADJ', 'NOUN', 'ADP', 'PART', 'NUM', 'PROPN']);

/** Whether a comma-set description ends after `end`: a comma, the sentence's end, or its verb. */
function closes(tokens: TokenTable, end: number, sentenceEnd: number): boolean {
  if (end >= sentenceEnd) return true;
  const v = tokens.value(end);
  return v === ',' || v === '.' || v === ';' || tokens.pos[end] === 'VERB' || tokens.pos[end] === 'AUX';
}

/**
 * Folds a role description set off by commas into the named person it describes, which is then one
 * actor whose words cover both: "Alberto Fernández, CELAC Rotating President," and "The president
 * of Argentina, Alberto Fernández, said".
 */
export function mergeAppositions(mentions: ActorMention[], tokens: TokenTable, doc: string, sentenceEnd: number): ActorMention[] {
  if (mentions.length < 2) return mentions;
  // (made at the first fold, with the mentions before it: most sentences have none)
  let out: ActorMention[] | undefined;
  for (let i = 1; i < mentions.length; i++) {
    const b = mentions[i]!;
    const a = out ? out[out.length - 1]! : mentions[i - 1]!;
    if (tokens.value(a.end) === ',' && b.start > a.end) {
      // An apposition is a noun phrase: "the Saudi ambassador to…", not "with ministers from…".
      let between = tokens.pos[a.end + 1] !== 'ADP';
      for (let t = a.end + 1; t < b.start && between; t++) between = DESCRIPTION_POS.has(tokens.pos[t]!) && b.start - a.end <= 7;
      // A few more words may finish the description before its comma: "CELAC Rotating President,".
      let tail = b.end;
      while (tail < sentenceEnd && tail - b.end < 4 && tokens.pos[tail] !== 'PUNCT' && tokens.pos[tail] !== 'AUX') tail++;
      if (tail < sentenceEnd && tokens.value(tail) !== ',') tail = b.end;
      const describesA = a.actor.kind === 'person' && b.actor.kind !== 'person' && b.actor.kind !== 'region' && between && closes(tokens, tail, sentenceEnd);
      const describesB = b.actor.kind === 'person' && a.actor.kind !== 'person' && a.actor.sector !== null && b.start === a.end + 1 && b.end < sentenceEnd && tokens.value(b.end) === ',';
      if (describesA || describesB) {
        const person = describesA ? a : b;
        const end = describesA ? tail : b.end;
        const span: [number, number] = [a.actor.span[0], end > b.end ? tokens.charEnd[end - 1]! : b.actor.span[1]];
        out ??= mentions.slice(0, i);
        out[out.length - 1] = { ...person, start: a.start, end, actor: { ...person.actor, span, text: doc.slice(...span) } };
        continue;
      }
    }
    out?.push(b);
  }
  return out ?? mentions;
}

// Words before a name that make it a place, not a person: "In New York, the U.S. delegation said".
const PLACE_LEADS = new Set(['in', 'at', 'near', 'from', 'across', 'inside', 'outside', 'around', 'throughout']);
const ARTICLES = new Set(['the', 'a', 'an']);

/**
 * A full name the lexicon does not know, described by an actor set off by a comma after it, is that
 * actor's person: "asylum to Juan Pérez, the retired Chilean army commander,". Returns the mentions
 * with each such description widened to take in the name; names set `aside` (places) stay as they are.
 */
export function describedNames(
  mentions: ActorMention[], aside: readonly ActorMention[], tokens: TokenTable, doc: string, sentenceStart: number, sentenceEnd: number,
): ActorMention[] {
  let out: ActorMention[] | undefined;
  for (let i = 0; i < mentions.length; i++) {
    const b = mentions[i]!;
    if (b.actor.kind === 'person' || b.actor.kind === 'region' || b.actor.country === null) continue;
    // an apposition opens with an article: "X, the Pentagon said" gives the words' source
    let comma = b.start - 1;
    while (comma > sentenceStart && b.start - comma <= 3 && (tokens.pos[comma] === 'DET' || tokens.pos[comma] === 'ADJ')) comma--;
    if (tokens.value(comma) !== ',' || !ARTICLES.has(tokens.normal(comma + 1))) continue;
    let first = comma;
    while (first - 1 >= sentenceStart && comma - first < 3 && tokens.pos[first - 1] === 'PROPN' && !tokens.startsLower(first - 1)) first--;
    const before = i > 0 ? mentions[i - 1]!.end : sentenceStart;
    // (a person's name takes no article: "the Taiwan Strait, the ministry said")
    const lead = tokens.normal(first - 1);
    if (comma - first < 2 || first - 1 < sentenceStart || first < before || tokens.pos[first - 1] === 'PROPN' || PLACE_LEADS.has(lead) || ARTICLES.has(lead)) continue;
    if (overlapping(aside, first, comma)) continue;
    let tail = b.end;
    while (tail < sentenceEnd && tail - b.end < 4 && tokens.pos[tail] !== 'PUNCT' && tokens.pos[tail] !== 'AUX' && tokens.pos[tail] !== 'VERB') tail++;
    // and it ends the clause: "X, the Egyptian Defence Ministry said" does not
    if (tail < sentenceEnd && tokens.value(tail) !== ',' && tokens.value(tail) !== '.' && tokens.value(tail) !== ';') continue;
    const span: [number, number] = [tokens.charStart[first]!, tokens.charEnd[tail - 1]!];
    const name = doc.slice(tokens.charStart[first]!, tokens.charEnd[comma - 1]!);
    (out ??= [...mentions])[i] = { ...b, start: first, end: tail, actor: { ...b.actor, kind: 'person', name, span, text: doc.slice(...span) } };
  }
  return out ?? mentions;
}

/** Whether some mention overlaps tokens `[from, to)`. */
export function overlapping(mentions: readonly ActorMention[], from: number, to: number): boolean {
  for (const m of mentions) if (m.start < to && from < m.end) return true;
  return false;
}

/**
 * Merges an actor named twice in a row: "the Community of Latin American and Caribbean States
 * (CELAC)" and "EU foreign policy chief Josep Borrell" (the office, then its holder) are one actor;
 * the more specific record (the person) is kept.
 */
export function mergeRepeats(mentions: ActorMention[], tokens: TokenTable, doc: string): ActorMention[] {
  if (mentions.length < 2) return mentions;
  // (made at the first merge, with the mentions before it: most sentences have none)
  let out: ActorMention[] | undefined;
  for (let i = 1; i < mentions.length; i++) {
    const b = mentions[i]!;
    const a = out ? out[out.length - 1]! : mentions[i - 1]!;
    const adjacent = b.start === a.end || (b.start === a.end + 1 && tokens.value(a.end) === '(');
    if (adjacent && a.actor.code === b.actor.code) {
      out ??= mentions.slice(0, i);
      if (tokens.value(a.end) === '(') continue; // the bracketed acronym adds nothing
      const keep = b.actor.kind === 'person' ? b : a;
      const span: [number, number] = [a.actor.span[0], b.actor.span[1]];
      out[out.length - 1] = { ...keep, start: a.start, end: b.end, actor: { ...keep.actor, span, text: doc.slice(...span) } };
      continue;
    }
    out?.push(b);
  }
  return out ?? mentions;
}


/**
 * "The region" when the document has named its region ("countries in the region" are actors, "peace
 * in the region" is not): the region most often named so far. It is an
 * actor unless it is only where something happens ("peace in the region").
 */
export function regionMentions(
  tokens: TokenTable, from: number, to: number, taken: ActorMention[], region: Actor | undefined, doc: string, sentence: number,
): ActorMention[] {
  if (!region) return [];
  const out: ActorMention[] = [];
  for (let t = from + 1; t < to; t++) {
    if (tokens.normal(t) !== 'region' || tokens.normal(t - 1) !== 'the') continue;
    if (overlapping(taken, t, t + 1)) continue;
    const before = t - 2 >= from ? tokens.normal(t - 2) : '';
    if (['in', 'across', 'throughout', 'within', 'around', 'to', 'of'].includes(before) && !(t - 3 >= from && MEMBER_NOUNS.has(tokens.normal(t - 3)))) continue;
    const span: [number, number] = [tokens.charStart[t - 1]!, tokens.charEnd[t]!];
    out.push(mention(sentence, t - 1, t + 1, { ...region, text: doc.slice(...span), span }));
  }
  return out;
}

/**
 * Runs of mentions joined by "and", "as well as" or commas ending in "and": "China, Brazil and
 * India". Commas alone join nothing ("At the invitation of Chile, Peru spoke"). Mentions must be in order.
 */
export function compoundRuns(mentions: readonly ActorMention[], tokens: TokenTable): ActorMention[][] {
  if (mentions.length < 2) return NO_RUNS;
  let runs: ActorMention[][] | undefined;
  // the run so far: mentions[first, i)
  let first = 0, conjoined = false;
  for (let i = 0; i <= mentions.length; i++) {
    // (in bounds: an array read past its ends is slow)
    const a = i > 0 ? mentions[i - 1] : undefined, b = i < mentions.length ? mentions[i] : undefined;
    let joined = a !== undefined && b !== undefined && b.start > a.end;
    let and = false, comma = false;
    for (let t = a?.end ?? 0; a && b && t < b.start && joined; t++) {
      const w = tokens.normal(t);
      if (w === 'and' || w === '&' || (w === 'as' && tokens.normal(t + 1) === 'well')) and = true;
      if (w === ',') comma = true;
      joined = JOINERS.has(w) || ((w === 'the' || DESCRIPTORS.has(w) || POSSESSIVE_PRONOUNS.has(w)) && and) || (w === 'as' && tokens.normal(t + 1) === 'well') || (w === 'well' && tokens.normal(t - 1) === 'as');
    }
    // "Kim offered to meet Trump, and the U.S. leader accepted": ", and" after a lone actor opens a
    // clause ("China, Brazil, and India" has a list before it)
    if (joined && comma && and && i - first === 1) joined = false;
    if (a && b && !joined && b.start - a.end === 3 && tokens.normal(a.end) === 'as' && tokens.normal(a.end + 2) === 'as') joined = and = true;
    if (!joined) {
      // the run so far ends here (and after the last mention)
      if (i - first > 1 && conjoined) (runs ??= []).push(mentions.slice(first, i));
      first = i;
      conjoined = false;
    }
    conjoined ||= and;
  }
  return runs ?? NO_RUNS;
}

const NO_RUNS: ActorMention[][] = [];

/** Numbers runs of actors joined by "and" ("China and Brazil"), which CAMEO codes one event per member. */
export function markCompounds(mentions: ActorMention[], tokens: TokenTable, next: { id: number }): void {
  for (const run of compoundRuns(mentions, tokens)) {
    const id = next.id++;
    for (const m of run) m.compound = id;
  }
}

function isSpeech(tokens: TokenTable, t: number): boolean {
  return (tokens.pos[t] === 'VERB' || tokens.pos[t] === 'AUX') && SPEECH_FORMS.has(tokens.normal(t));
}

/**
 * Whether the actor speaks: a speech verb close after it ("Xi stressed", "China's foreign ministry
 * said") or just before it ("…," said Costa Rican President Laura Chinchilla).
 */
export function isSpeaker(m: ActorMention, tokens: TokenTable, sentenceStart: number, sentenceEnd: number): boolean {
  if (m.actor.country === null && m.actor.kind !== 'organisation' && m.actor.kind !== 'person') return false;
  if (m.start - 1 >= sentenceStart && isSpeech(tokens, m.start - 1)) return true;
  for (let t = m.end; t < Math.min(sentenceEnd, m.end + 3); t++) {
    if (isSpeech(tokens, t)) return true;
    if (tokens.pos[t] === 'PUNCT' && tokens.value(t) !== ',') return false;
  }
  return false;
}

/**
 * "We" and "our" in reported speech stand for the speaker's country: after "Xi stressed that…",
 * "We attach great importance to our relations" is China's government speaking.
 */
export function resolvePronouns(
  tokens: TokenTable, from: number, to: number, speaker: Actor, doc: string, data: LexiconData, sentence: number,
): ActorMention[] {
  const out: ActorMention[] = [];
  const country = speaker.country;
  for (let t = from; t < to; t++) {
    if (!WE.has(tokens.normal(t)) || tokens.value(t) === 'US') continue;
    const span: [number, number] = [tokens.charStart[t]!, tokens.charEnd[t]!];
    const actor: Actor = country
      ? { code: `${country}GOV`, country, sector: 'GOV', kind: 'state', name: data.states.get(country)?.name ?? country, text: doc.slice(...span), span, entity: stateEntity(country), role: undefined }
      : { ...speaker, kind: speaker.kind === 'person' ? 'organisation' : speaker.kind, text: doc.slice(...span), span, role: undefined };
    out.push(mention(sentence, t, t + 1, actor));
  }
  return out;
}

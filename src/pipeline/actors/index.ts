import { CommuniqueError, type Actor, type CharSpan } from '../../model/index.js';
import type { LexiconData } from '../../lexicon/index.js';
import type { Stage } from '../stage.js';
import type { TokenTable } from '../nlp/tokens.js';
import { chunk, nodeReadings } from './01-chunks.js';
import { WE } from './words.js';
import { countCountry, docContext, resolve, sentenceContext } from './02-resolve.js';
import { describedNames, mention, mergeRepeats, isSpeaker, markCompounds, mergeAppositions, overlapping, regionMentions, resolvePronouns, type ActorMention } from './03-context.js';

export { compoundRuns, mention, type ActorMention } from './03-context.js';
export { rolesOn } from './02-resolve.js';

// How many sentences a speaker's "we" reaches: a paragraph of reported speech, not the whole report.
const SPEAKER_REACH = 3;
const CUES: ReadonlySet<string> = new Set(['region', ...WE]);
const CUE_POS: ReadonlySet<string> = new Set(['PRON', 'NOUN', 'PROPN']);
const ACRONYM = /^[A-Z][A-Z0-9&-]{1,5}$/;
const NAMED = new Set(['organisation', 'group', 'initiative']);

/** A whole country as an actor, its words `text` at `span`: the target an act implies ("withdrew its troops", "shelled Kharkiv"). */
export function countryActor(country: string, states: LexiconData['states'], text: string, span: CharSpan): Actor {
  return { code: country, country, sector: null, kind: 'state', name: states.get(country)?.name ?? country, text, span, entity: undefined, role: undefined };
}

/**
 * "the Rapid Support Forces (RSF)": an acronym the report gives a named actor, and that the lexicon
 * leaves out (it names several bodies), names that actor in the rest of the report.
 */
function acronymAfter(m: ActorMention, tokens: TokenTable, end: number): string | undefined {
  if (!NAMED.has(m.actor.kind) || m.end + 2 >= end || tokens.normal(m.end) !== '(' || tokens.normal(m.end + 2) !== ')') return undefined;
  const acronym = tokens.value(m.end + 1);
  return ACRONYM.test(acronym) ? acronym : undefined;
}

/**
 * Actor recognition: the lexicon's phrases matched over the tokens, grouped into actors (title, name,
 * role word, country), resolved by the document's date, with appositions folded into the person they
 * describe, compounds marked, and "we" in reported speech given to its speaker.
 */
export const actorsStage: Stage = {
  name: 'actors',
  requires: ['tokens', 'sentences'],
  assigns: ['actors', 'aside'],
  run(doc, ctx) {
    const lexicon = ctx.lexicon;
    if (!lexicon) throw new CommuniqueError('E_PIPELINE', 'the actors stage needs a lexicon in its context');
    const { tokens } = doc;
    const text = doc.document.text;
    const dc = docContext(doc.document.date, lexicon.dictionary);
    const compounds = { id: 0 };
    const all: ActorMention[] = [];
    const asides: ActorMention[] = [];
    let speaker: { actor: Actor; sentence: number } | undefined;
    const regionCounts = new Map<string, number>();
    const acronyms = new Map<string, Actor>();
    let region: { actor: Actor; count: number } | undefined; // the region the document names most

    lexicon.matcher.mark(CUES);
    const reader = lexicon.matcher.reader(tokens);
    const byNode = nodeReadings(lexicon.matcher.layout());
    doc.sentences.forEach((s, si) => {
      const marks = reader.marks;
      const matches = lexicon.matcher.match(tokens, s.start, s.end, reader);
      // "we", "our", "us", "ours", "region": only sentences holding one need the context passes
      let cue = false;
      if (reader.marks > marks) for (let t = s.start; t < s.end && !cue; t++) cue = reader.marked(t) && CUE_POS.has(tokens.pos[t]!);
      let mentions: ActorMention[] = [];
      const aside: ActorMention[] = [];
      const chunks = chunk(tokens, matches, s.start, s.end, lexicon.data, byNode);
      dc.sentence = sentenceContext(chunks, s.start);
      for (const c of chunks) {
        const actor = resolve(c, lexicon.data, dc, tokens, text, s.start, s.end);
        if (!actor) continue;
        if ('use' in actor) {
          aside.push(mention(si, c.start, c.end, actor.actor, actor.use));
          continue;
        }
        mentions.push(mention(si, c.start, c.end, actor));
        if (actor.country) countCountry(dc, actor.country);
      }
      if (acronyms.size) mentions = withAcronyms(mentions, aside, acronyms, tokens, text, si, s.start, s.end);
      mentions = mergeAppositions(describedNames(mergeRepeats(mentions, tokens, text), aside, tokens, text, s.start, s.end), tokens, text, s.end);
      for (const m of mentions) {
        const acronym = acronymAfter(m, tokens, s.end);
        if (acronym && !acronyms.has(acronym)) acronyms.set(acronym, m.actor);
      }
      // The speaker of this sentence ("…our relations," said X), else of a recent one.
      for (const m of mentions) {
        if (!isSpeaker(m, tokens, s.start, s.end)) continue;
        speaker = { actor: m.actor, sentence: si };
        break;
      }
      const extra: ActorMention[] = [];
      if (cue) {
        extra.push(...regionMentions(tokens, s.start, s.end, mentions, region?.actor, text, si));
        if (speaker && si - speaker.sentence <= SPEAKER_REACH) {
          extra.push(...resolvePronouns(tokens, s.start, s.end, speaker.actor, text, lexicon.data, si));
        }
      }
      if (extra.length) mentions = [...mentions, ...extra].sort((a, b) => a.start - b.start);
      markCompounds(mentions, tokens, compounds);
      for (const m of mentions) {
        if (m.actor.kind !== 'region') continue;
        const count = (regionCounts.get(m.actor.code) ?? 0) + 1;
        regionCounts.set(m.actor.code, count);
        if (!region || count > region.count) region = { actor: m.actor, count };
      }
      all.push(...mentions);
      markCompounds(aside, tokens, compounds);
      asides.push(...aside);
    });
    doc.actors = all;
    doc.aside = asides;
  },
};

/** The mentions of a sentence with the acronyms the report has given actors: "RSF" after "the Rapid Support Forces (RSF)". */
function withAcronyms(
  mentions: ActorMention[], aside: readonly ActorMention[], acronyms: ReadonlyMap<string, Actor>, tokens: TokenTable, text: string, si: number, from: number, to: number,
): ActorMention[] {
  const found: ActorMention[] = [];
  for (let t = from; t < to; t++) {
    const actor = tokens.pos[t] === 'PROPN' || tokens.pos[t] === 'NOUN' ? acronyms.get(tokens.value(t)) : undefined;
    if (!actor || overlapping(mentions, t, t + 1) || overlapping(aside, t, t + 1)) continue;
    const span: [number, number] = [tokens.charStart[t]!, tokens.charEnd[t]!];
    found.push(mention(si, t, t + 1, { ...actor, text: text.slice(...span), span }));
  }
  return found.length ? [...mentions, ...found].sort((a, b) => a.start - b.start) : mentions;
}

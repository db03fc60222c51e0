import { CommuniqueError, type Actor } from '../../model/index.js';
import type { Stage } from '../stage.js';
import { chunk } from './01-chunks.js';
import { resolve, type DocContext } from './02-resolve.js';
import { mergeRepeats, isSpeaker, markCompounds, mergeAppositions, regionMentions, resolvePronouns, type ActorMention } from './03-context.js';

export type { ActorMention } from './03-context.js';
export { rolesOn } from './02-resolve.js';

// How many sentences a speaker's "we" reaches: a paragraph of reported speech, not the whole report.
const SPEAKER_REACH = 3;

/**
 * Actor recognition: the lexicon's phrases matched over the tokens, grouped into actors (title, name,
 * role word, country), resolved by the document's date, with appositions folded into the person they
 * describe, compounds marked, and "we" in reported speech given to its speaker.
 */
export const actorsStage: Stage = {
  name: 'actors',
  requires: ['tokens', 'sentences'],
  assigns: ['actors'],
  run(doc, ctx) {
    const lexicon = ctx.lexicon;
    if (!lexicon) throw new CommuniqueError('E_PIPELINE', 'the actors stage needs a lexicon in its context');
    const { tokens } = doc;
    const text = doc.document.text;
    const dc: DocContext = { date: doc.document.date, dictionary: lexicon.dictionary, seen: new Set(), countries: new Map() };
    const compounds = { id: 0 };
    const all: ActorMention[] = [];
    let speaker: { actor: Actor; sentence: number } | undefined;
    const regions = new Map<string, { actor: Actor; count: number }>();
    const docRegion = () => [...regions.values()].sort((a, b) => b.count - a.count)[0]?.actor;

    doc.sentences.forEach((s, si) => {
      const matches = lexicon.matcher.match(tokens, s.start, s.end);
      let mentions: ActorMention[] = [];
      for (const c of chunk(tokens, matches, s.start, s.end)) {
        const actor = resolve(c, lexicon.data, dc, tokens, text, s.start, s.end);
        if (!actor) continue;
        mentions.push({ sentence: si, start: c.start, end: c.end, actor });
        if (actor.country) dc.countries.set(actor.country, (dc.countries.get(actor.country) ?? 0) + 1);
      }
      mentions = mergeAppositions(mergeRepeats(mentions, tokens, text), tokens, text, s.end);
      const extra = regionMentions(tokens, s.start, s.end, mentions, docRegion(), text, si);
      // The speaker of this sentence ("…our relations," said X), else of a recent one.
      const here = mentions.find((m) => isSpeaker(m, tokens, s.start, s.end));
      if (here) speaker = { actor: here.actor, sentence: si };
      if (speaker && si - speaker.sentence <= SPEAKER_REACH) {
        extra.push(...resolvePronouns(tokens, s.start, s.end, speaker.actor, text, lexicon.data, si));
      }
      if (extra.length) mentions = [...mentions, ...extra].sort((a, b) => a.start - b.start);
      markCompounds(mentions, tokens, compounds);
      for (const m of mentions) {
        if (m.actor.kind === 'region') {
          const r = regions.get(m.actor.code) ?? { actor: m.actor, count: 0 };
          r.count++;
          regions.set(m.actor.code, r);
        }
      }
      all.push(...mentions);
    });
    doc.actors = all;
  },
};

import { CommuniqueError, type Actor, type CharSpan, type PlaceMention } from '../../model/index.js';
import { placeKey, type Gazetteer } from '../../lexicon/gazetteer/index.js';
import type { Doc } from '../doc.js';
import type { Stage } from '../stage.js';
import { bySentence, nearest, sameEventBefore, triggersBeside } from '../carry.js';
import { countryActor } from '../actors/index.js';
import { toponymsIn, type Toponym } from './01-toponyms.js';
import { findDateline } from './02-dateline.js';
import { resolveToponym, storyCountries } from './03-resolve.js';

export { toponymsIn, type Toponym } from './01-toponyms.js';

const INSIDE = new Set(['in', 'at']);
// How far after its trigger, in characters, the place an act is done to may stand: "fired shells at targets in Jenin".
const PLACE_REACH = 60;
let scratch = { marks: new Uint8Array(0), ends: new Int32Array(0) };

/**
 * Tokens that are actors where they stand ("Beijing condemned…" names a government, not a place),
 * and where each actor's words end. The place of "police in Kinshasa", one actor, stays a place.
 */
function actorTokens(doc: Doc): { marks: Uint8Array; ends: Int32Array } {
  // Typed arrays cost more to make than to clear: one pair, grown as needed, serves every document.
  const n = doc.tokens.length;
  if (scratch.marks.length < n) scratch = { marks: new Uint8Array(n * 2), ends: new Int32Array(n * 2) };
  const marks = scratch.marks, ends = scratch.ends;
  marks.fill(0, 0, n);
  ends.fill(0, 0, n);
  for (const m of doc.actors) {
    let end = m.end;
    for (let t = m.start + 1; t < m.end; t++) if (INSIDE.has(doc.tokens.normal(t))) end = t;
    marks.fill(1, m.start, end);
    ends[m.start] = end;
  }
  return { marks, ends };
}

function mention(doc: Doc, t: Toponym, i: number, gazetteer: Gazetteer, use: PlaceMention['use']): PlaceMention {
  const span: CharSpan = [doc.tokens.charStart[t.start]!, doc.tokens.charEnd[t.end - 1]!];
  return { sentence: t.sentence, text: doc.document.text.slice(...span), span, place: gazetteer.place(i), use };
}

/**
 * Where an act in sentence `si` happened: a place the sentence names as where something happens,
 * the one that belongs to its trigger; else the dateline's; else the place of a sentence just before
 * about the same matter; else none. Never a guess from the actors' nationality. `places` are the
 * document's by sentence.
 */
export function placeOf(doc: Doc, places: readonly PlaceMention[][], si: number, trigger: CharSpan | null, others: readonly CharSpan[] = []): PlaceMention | undefined {
  const own = places[si]!.filter((p) => p.use === 'locative');
  if (own.length) return nearest(own, trigger, others);
  const dateline = places[0]?.find((p) => p.use === 'dateline');
  if (dateline) return dateline;
  const where = (s: number) => places[s]!.some((p) => p.use === 'locative');
  const j = sameEventBefore(doc, si, where);
  return j === undefined ? undefined : places[j]!.filter((p) => p.use === 'locative').at(-1);
}

/** A target named as an actor whose words are a place's: "visited Japan", "shelled Kharkiv". */
function targetPlace(target: Actor, sentence: number, story: Map<string, number>, gazetteer: Gazetteer): PlaceMention | undefined {
  const key = placeKey(target.text);
  const candidates = gazetteer.lookup(key);
  if (!candidates) return undefined;
  const t: Toponym = { sentence, start: 0, end: 0, candidates, key, locative: true, qualifiers: [], region: false };
  const i = resolveToponym(t, story, gazetteer);
  if (i === undefined) return undefined;
  return { sentence, text: target.text, span: target.span, place: gazetteer.place(i), use: 'locative' };
}

/**
 * Places: every place the text names that the gazetteer resolves (see toponymsIn), disambiguated by
 * the story's countries, and each event's place (see placeOf).
 */
export const whereStage: Stage = {
  name: 'where',
  requires: ['tokens', 'sentences', 'actors', 'aside', 'events'],
  assigns: ['places'],
  run(doc, ctx) {
    const gazetteer = ctx.gazetteer;
    if (!gazetteer) throw new CommuniqueError('E_PIPELINE', 'the "where" stage needs a gazetteer in its context');
    const actors = actorTokens(doc);
    const found = findDateline(doc, gazetteer);
    if (found) actors.marks.fill(1, found.dateline.start, found.through);
    const toponyms: Toponym[] = [];
    for (let si = 0; si < doc.sentences.length; si++) toponyms.push(...toponymsIn(doc, si, gazetteer, actors.marks, actors.ends));
    const story = storyCountries(doc, found ? [found.dateline, ...toponyms] : toponyms, gazetteer);
    if (found) {
      const i = resolveToponym(found.dateline, story, gazetteer);
      if (i !== undefined) doc.places.push(mention(doc, found.dateline, i, gazetteer, 'dateline'));
    }
    for (const t of toponyms) {
      const i = resolveToponym(t, story, gazetteer);
      if (i !== undefined) doc.places.push(mention(doc, t, i, gazetteer, t.locative ? 'locative' : 'other'));
    }
    const places = bySentence(doc.places, doc.sentences.length);
    const events = bySentence(doc.events, doc.sentences.length);
    for (const e of doc.events) {
      // an act done where its target is ("visited Kharkiv", "raided the West Bank city of Jenin")
      const target = e.target && ctx.lexicon?.events.atTarget.has(e.rule) ? e.target : null;
      const place = (target && places[e.sentence]!.find((p) => p.span[0] < target.span[1] && target.span[0] < p.span[1]))
        ?? (target ? targetPlace(target, e.sentence, story, gazetteer) : undefined)
        ?? placeOf(doc, places, e.sentence, e.trigger.span, triggersBeside(events[e.sentence]!, e));
      e.place = place?.place ?? null;
      // "fired shells at targets in Jenin": an act done to a place that names no actor is done to
      // the place's country.
      const country = place?.place.country;
      if (!e.target && country && place.use === 'locative' && place.sentence === e.sentence && ctx.lexicon?.events.placeTarget.has(e.rule)
        && place.span[0] >= e.trigger.span[1] && place.span[0] - e.trigger.span[1] <= PLACE_REACH) {
        e.target = countryActor(country, ctx.lexicon.data.states, place.text, place.span);
      }
    }
  },
};

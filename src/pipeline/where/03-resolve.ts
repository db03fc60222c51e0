import type { Gazetteer } from '../../lexicon/gazetteer/index.js';
import type { Doc } from '../doc.js';
import type { Toponym } from './01-toponyms.js';

/**
 * The countries a report is about, with weights: those of its actors and of the places it names
 * that can only be one place. "Santiago" in a report about Chile's government is Chile's capital.
 */
export function storyCountries(doc: Doc, toponyms: readonly Toponym[], gazetteer: Gazetteer): Map<string, number> {
  const weights = new Map<string, number>();
  const add = (c: string | null, w: number) => {
    if (c) weights.set(c, (weights.get(c) ?? 0) + w);
  };
  for (const m of doc.actors) add(m.actor.country, 1);
  // Places standing aside ("in Santiago") are what is being resolved: their guess does not count
  for (const m of doc.aside) if (m.use !== 'place') add(m.actor.country, 1);
  for (const t of toponyms) {
    add(onlyCountry(t.candidates, gazetteer), 2);
    for (const q of t.qualifiers) add(onlyCountry(q, gazetteer), 2);
  }
  return weights;
}

/** The one country all these entries are in, or null when they are in several or none. */
function onlyCountry(entries: readonly number[], gazetteer: Gazetteer): string | null {
  let only: string | null = null;
  for (const i of entries) {
    const c = gazetteer.country(i);
    if (c === null || (only !== null && c !== only)) return null;
    only = c;
  }
  return only;
}

/** How likely a name is to mean a place before the story is read: countries, then big cities. */
function prior(i: number, gazetteer: Gazetteer): number {
  switch (gazetteer.kind(i)) {
    case 'country': return 9;
    case 'admin1': return 6.3;
    case 'site': return 6;
    case 'historical': return -Infinity;
    case 'city': {
      const population = gazetteer.population(i);
      const seat = gazetteer.seat(i);
      // a town of a few thousand is rarely the one the news means, unless the text says so
      return Math.log10(population + 10) + (seat === 2 ? 1 : seat === 1 ? 0.3 : population < 30_000 ? -1 : 0);
    }
  }
}

/** Whether entry `i` lies in one of the places a qualifier may be ("CA": California; "Ukraine"). */
function within(i: number, qualifier: readonly number[], gazetteer: Gazetteer): boolean {
  const region = gazetteer.region(i);
  return qualifier.some((q) => (gazetteer.kind(q) === 'admin1' ? region === q : gazetteer.country(q) === gazetteer.country(i)));
}

/**
 * The place a name means: among its candidates, those inside the places named with it ("Portland,
 * Maine"), then the most likely by size and by the story's countries (Victoria in a report on the
 * Seychelles is its capital, not the Canadian city). "The Donetsk region" is the region of Donetsk.
 */
export function resolveToponym(t: Toponym, story: Map<string, number>, gazetteer: Gazetteer): number | undefined {
  let candidates = t.candidates;
  for (const q of t.qualifiers) {
    const inside = candidates.filter((i) => within(i, q, gazetteer));
    if (inside.length) candidates = inside;
  }
  let total = 0;
  for (const w of story.values()) total += w;
  total ||= 1;
  // the biggest place that bears the name as its own: an alias ("Santiago" for the Dominican
  // city) does not outweigh it
  const aliased = gazetteer.aliasedAs(t.key);
  let own = 0;
  for (const j of candidates) if (!aliased?.has(j)) own = Math.max(own, gazetteer.population(j));
  let best: number | undefined;
  let bestScore = -Infinity;
  for (const i of candidates) {
    const share = (story.get(gazetteer.country(i) ?? '') ?? 0) / total;
    // "the Donetsk region": the region, or the city whose region it is
    const region = t.region && (gazetteer.kind(i) === 'admin1' || gazetteer.region(i) !== undefined) ? 3 : 0;
    // a name news gives a well-known city ("Geneva" for Genève) means that city, unless a bigger
    // place bears it as its own ("Santiago")
    const known = gazetteer.population(i) >= own && aliased?.has(i) ? 1.5 : 0;
    const score = prior(i, gazetteer) + (share > 0 ? 1.5 + 2 * share : 0) + region + known;
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  }
  if (best !== undefined && t.region && gazetteer.kind(best) === 'city') return gazetteer.region(best) ?? best;
  return best;
}

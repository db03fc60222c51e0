import type { Gazetteer } from '../../lexicon/gazetteer/index.js';
import type { Doc } from '../doc.js';
import { longestAt, type Toponym } from './01-toponyms.js';

const DASH = /^(?:-{1,3}|—|–|:)$/;
/** How far after the place its dash may come: "KYIV, Ukraine, Feb. 3 (Reuters) -". */
const REACH = 14;

/**
 * The report's dateline: a place at the very start, followed by capitalised words, numbers and
 * brackets up to a dash ("NAIROBI (Reuters) -", "LONG BEACH, Calif., Jan. 5 —"). Its place is
 * where the report was filed, which is where events happened unless a sentence says otherwise.
 * `through` is the token after the dash.
 */
export function findDateline(doc: Doc, gazetteer: Gazetteer): { dateline: Toponym; through: number } | undefined {
  const s = doc.sentences[0];
  if (!s) return undefined;
  const tokens = doc.tokens;
  const match = longestAt(tokens, s.start, s.end, gazetteer);
  if (!match) return undefined;
  const [end, candidates, key] = match;
  if (candidates.every((i) => gazetteer.kind(i) === 'historical')) return undefined;
  const qualifiers: (readonly number[])[] = [];
  for (let t = end; t < Math.min(s.end, end + REACH); t++) {
    const w = tokens.value(t);
    if (DASH.test(w)) return { dateline: { sentence: 0, start: s.start, end, candidates, key, locative: true, qualifiers, region: false }, through: t + 1 };
    if (tokens.startsLower(t)) return undefined; // running text: "Nairobi said on Monday …"
    if (tokens.normal(t - 1) === ',') {
      const q = longestAt(tokens, t, s.end, gazetteer);
      if (q) qualifiers.push(q[1]);
    }
  }
  return undefined;
}

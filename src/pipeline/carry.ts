import type { Doc } from './doc.js';

/** How far back a sentence that names no date or place looks for its event's. */
const CARRY = 3;

/** Words that open a sentence about another matter: "Separately, Peru condemned Chile". */
const TOPIC_SHIFTS = new Set(['separately', 'meanwhile', 'elsewhere', 'also', 'in', 'earlier', 'previously', 'last']);

function shiftsTopic(doc: Doc, si: number): boolean {
  const s = doc.sentences[si]!;
  const first = doc.tokens.normal(s.start);
  if (!TOPIC_SHIFTS.has(first)) return false;
  // "In other news", "in a separate statement"; not "In Cairo, the talks went on"
  return first !== 'in' || ['other', 'a', 'an'].includes(doc.tokens.normal(s.start + 1)) && doc.tokens.normal(s.start + 2) !== 'statement';
}

/**
 * The latest sentence shortly before `si` that has what `has` asks for (a date, a place): a report
 * goes on about the act its lead told of ("The leaders met in Cairo on Monday. Police closed the
 * streets") until a sentence turns to another ("Separately, Peru condemned Chile").
 */
export function sameEventBefore(doc: Doc, si: number, has: (sentence: number) => boolean): number | undefined {
  if (shiftsTopic(doc, si)) return undefined;
  for (let j = si - 1; j >= Math.max(0, si - CARRY); j--) {
    if (has(j)) return j;
    if (shiftsTopic(doc, j)) return undefined;
  }
  return undefined;
}

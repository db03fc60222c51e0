// How the dates and places a document names are given to its events: by sentence, by trigger,
// and from the sentences before. The when and where stages share these.
import type { CharSpan, Event } from '../model/index.js';
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

/** Characters between two spans; 0 when they touch or overlap. */
export function distance(a: CharSpan, b: CharSpan): number {
  return Math.max(0, a[0] - b[1], b[0] - a[1]);
}

/**
 * The mention that belongs to a trigger, given the other triggers of its sentence: the first after
 * it before the next trigger ("visited Chile in March and condemned Bolivia on Monday"), else the
 * last before it after the previous one ("On Monday, Peru visited Chile"), else the nearest.
 */
export function nearest<T extends { span: CharSpan }>(mentions: readonly T[], trigger: CharSpan | null, others: readonly CharSpan[] = []): T | undefined {
  if (!trigger) return mentions[0];
  const next = Math.min(Infinity, ...others.filter((o) => o[0] >= trigger[1]).map((o) => o[0]));
  const previous = Math.max(-Infinity, ...others.filter((o) => o[1] <= trigger[0]).map((o) => o[1]));
  const after = mentions.find((m) => m.span[0] >= trigger[1] && m.span[1] <= next);
  if (after) return after;
  const before = mentions.filter((m) => m.span[1] <= trigger[0] && m.span[0] >= previous).at(-1);
  if (before) return before;
  let best: T | undefined;
  for (const m of mentions) if (!best || distance(m.span, trigger) < distance(best.span, trigger)) best = m;
  return best;
}

/** Items by the sentence they stand in: `out[i]` holds sentence i's, in order. */
export function bySentence<T extends { sentence: number }>(items: readonly T[], sentences: number): T[][] {
  const out: T[][] = Array.from({ length: sentences }, () => []);
  for (const x of items) out[x.sentence]!.push(x);
  return out;
}

/** The trigger spans of the other events of an event's sentence. */
export function triggersBeside(events: readonly Event[], e: Event): CharSpan[] {
  return events.filter((o) => o !== e && o.trigger.span[0] !== e.trigger.span[0]).map((o) => o.trigger.span);
}

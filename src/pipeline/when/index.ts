import type { CharSpan, DateMention, Event } from '../../model/index.js';
import type { Doc } from '../doc.js';
import type { Stage } from '../stage.js';
import { sameEventBefore } from '../carry.js';
import { datesIn } from './01-expressions.js';
import { parseDay } from './calendar.js';

export { datesIn } from './01-expressions.js';

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

/**
 * When an act in sentence `si` happened: the date the sentence names that belongs to its trigger;
 * without one, the last date of a sentence just before about the same matter, unless after the
 * report; else undefined, and the act keeps the report's date. `dates` are the document's by sentence.
 */
export function dateOf(doc: Doc, dates: readonly DateMention[][], si: number, trigger: CharSpan | null, others: readonly CharSpan[] = []): DateMention | undefined {
  const report = doc.document.date;
  if (!report) return undefined;
  // A date of long ago is an act's only in the act's own clause ("awarded Badme to Eritrea in
  // 2002"); elsewhere it is background ("the canal, which it handed over in 1999").
  const own = dates[si]!.filter((d) => !isPast(d, report) || trigger === null || sameClause(doc.document.text, d.span, trigger));
  if (own.length) return nearest(own, trigger, others);
  const current = (s: number) => dates[s]!.filter((d) => !isPast(d, report) && d.date <= report);
  const j = sameEventBefore(doc, si, (s) => current(s).length > 0);
  return j === undefined ? undefined : current(j).at(-1);
}

/** Whether a date is more than a year before the report's. */
function isPast(d: DateMention, report: string): boolean {
  return Number(report.slice(0, 4)) * 12 + Number(report.slice(5, 7)) - (Number(d.date.slice(0, 4)) * 12 + Number(d.date.slice(5, 7))) > 12;
}

const CLAUSE_BREAK = /[,;:()]|\b(?:which|who|whom|whose|that|when|where|after|before|since|while|as|but)\b/i;

/** Whether nothing between two spans of the text opens another clause. */
function sameClause(text: string, a: CharSpan, b: CharSpan): boolean {
  const [first, second] = a[0] <= b[0] ? [a, b] : [b, a];
  return !CLAUSE_BREAK.test(text.slice(first[1], second[0]));
}

/**
 * Dates: every date the text names, resolved against the report's date, and each event's day (see
 * dateOf). Without a report date, events keep none.
 */
export const whenStage: Stage = {
  name: 'when',
  requires: ['tokens', 'sentences', 'actors', 'events'],
  assigns: ['dates'],
  run(doc) {
    if (!doc.document.date) return;
    const report = parseDay(doc.document.date);
    const dates = doc.sentences.map((_, si) => datesIn(doc, si, report));
    doc.dates = dates.flat();
    const events = bySentence(doc.events, doc.sentences.length);
    for (const e of doc.events) {
      const d = dateOf(doc, dates, e.sentence, e.trigger.span, triggersBeside(events[e.sentence]!, e));
      if (d) {
        e.date = d.date;
        e.datePrecision = d.precision;
      }
    }
  },
};

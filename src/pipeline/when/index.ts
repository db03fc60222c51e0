import type { CharSpan, DateMention } from '../../model/index.js';
import type { Doc } from '../doc.js';
import type { Stage } from '../stage.js';
import { bySentence, nearest, sameEventBefore, triggersBeside } from '../carry.js';
import { datesIn } from './01-expressions.js';
import { parseDay } from './calendar.js';

export { datesIn } from './01-expressions.js';

/**
 * When an act in sentence `si` happened: the date the sentence names that belongs to its trigger;
 * without one, the last date of a sentence just before about the same matter, unless after the
 * report; else undefined, and the act keeps the report's date. `dates` are the document's by sentence.
 */
export function dateOf(doc: Doc, dates: readonly (readonly DateMention[])[], si: number, trigger: CharSpan | null, others: readonly CharSpan[] = []): DateMention | undefined {
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

import type { DatePrecision } from '../../model/index.js';
import { addDays, dayOf, isoDay, weekday } from './calendar.js';

/** What a date expression says: the fields it names, by number (months 1–12, weekdays 0 = Sunday). */
export interface DateParts {
  year?: number;
  month?: number;
  day?: number;
  weekday?: number;
}

export interface Resolved {
  date: string;
  precision: DatePrecision;
}

/** The day a weekday names: the latest on or before the report, or the next after it in the future. */
function onWeekday(report: Date, wd: number, future: boolean): Resolved {
  const diff = future ? ((wd - weekday(report) + 7) % 7 || 7) : -((weekday(report) - wd + 7) % 7);
  return { date: isoDay(addDays(report, diff)), precision: 'day' };
}

/**
 * The day, month or year a date expression names, by this project's conventions for news: a day or
 * month without a year is the latest on or before the report's date (the next after it in a sentence
 * about the future); a weekday likewise; a date with its year after the report in a sentence about
 * the past is no date of an act (null). Months and years resolve to their first day.
 */
export function resolveParts(p: DateParts, report: Date, future: boolean): Resolved | null {
  if (p.year === undefined && p.month === undefined) return p.weekday === undefined ? null : onWeekday(report, p.weekday, future);
  const precision: DatePrecision = p.day !== undefined ? 'day' : p.month !== undefined ? 'month' : 'year';
  const m = p.month ?? 1, d = p.day ?? 1;
  const at = (y: number) => dayOf(y, m, d);
  const reportStart = precision === 'day' ? report : dayOf(report.getUTCFullYear(), precision === 'month' ? report.getUTCMonth() + 1 : 1, 1);
  let y = p.year;
  if (y === undefined) {
    y = report.getUTCFullYear();
    while (!future && at(y) > reportStart) y--;
    while (future && at(y) < reportStart) y++;
  } else if (!future && at(y) > reportStart) {
    return null;
  }
  const date = at(y);
  // "February 30" rolls over in Date.UTC: no such day is named
  if (precision === 'day' && date.getUTCDate() !== d) return null;
  return { date: isoDay(date), precision };
}

/** A day counted from the report: "yesterday" is -1. */
export function relativeDay(report: Date, days: number): Resolved {
  return { date: isoDay(addDays(report, days)), precision: 'day' };
}

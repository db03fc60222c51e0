import * as chrono from 'chrono-node';
import type { DateMention, DatePrecision } from '../../model/index.js';
import type { Doc } from '../doc.js';
import type { TokenTable } from '../nlp/tokens.js';
import { addDays, dayOf, isoDay, weekday } from './calendar.js';

// Words without which a sentence names no date: chrono-node costs 15 µs a sentence even when it
// finds nothing, so it reads only the sentences that have one.
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_SHORT = ['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'];
const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const CUES = new Set([...MONTHS, ...MONTH_SHORT, ...WEEKDAYS, 'yesterday', 'today', 'tomorrow', 'tonight', 'ago', 'month', 'year']);
const YEAR = /^(1[89]|20)\d\d$/;

/** Words before a date that make it a bound, not the day the act happened: "since 2014", "until June". */
const BOUNDS = new Set(['since', 'until', 'till', 'by', 'before', 'after', 'from', 'through', 'between', 'to', 'ahead', 'than', 'prior']);
/** Words before a bare year that make it the act's time: "in 2019", "during early 2019". */
const YEAR_OPENERS = new Set(['in', 'during', 'of', 'early', 'late', 'mid']);
/** Words that put what follows in the future: "will visit on Friday", "is due to sign next month". */
const FUTURE = new Set(['will', "'ll", 'shall', 'due', 'scheduled', 'upcoming', 'expected', 'plans', 'planned', 'planning', 'next', 'tomorrow']);
/** Months are only dates where the text capitalises them: "a march on Monday", not "in March". */
const MONTH_WORDS = new Set([...MONTHS, ...MONTH_SHORT]);
/** Weeks give no day this project codes ("last week"); hours and minutes are durations or times of day. */
const UNSUPPORTED = /\bweeks?\b|\bweekend\b/i;
const DURATIONS = /\b(?:hours?|minutes?|seconds?)\b/i;

function hasCue(tokens: TokenTable, from: number, to: number): boolean {
  for (let t = from; t < to; t++) {
    const w = tokens.normal(t);
    if (CUES.has(w) || CUES.has(w.replace(/\.$/, '')) || YEAR.test(w)) return true;
  }
  return false;
}

/** The token at or after character `char` of the repaired text, within the sentence. */
function tokenAt(tokens: TokenTable, from: number, to: number, char: number): number {
  let t = from;
  while (t < to && tokens.end[t]! <= char) t++;
  return t;
}

/** Words a look back for a future word stops at: "who will retire, said on Monday" is past. */
const CLAUSE_EDGES = new Set([',', ';', 'said', 'says', 'told', 'announced', 'and']);

/** Whether the date at `t` speaks of the future: "next month", "will visit on Friday". */
function isFuture(tokens: TokenTable, from: number, t: number): boolean {
  if (FUTURE.has(tokens.normal(t)) || FUTURE.has(tokens.normal(t + 1))) return true;
  for (let i = t - 1; i >= Math.max(from, t - 14); i--) {
    const w = tokens.normal(i);
    if (FUTURE.has(w)) return true;
    if (CLAUSE_EDGES.has(w)) return false;
  }
  return false;
}

interface Resolved {
  date: string;
  precision: DatePrecision;
}

/**
 * The day a chrono-node result names, by this project's conventions for news: a day or month
 * without a year is the latest on or before the report's date (the next after it in a sentence about
 * the future); a weekday likewise; "last month" and "in October" are months, "last year" a year.
 */
function resolve(r: chrono.ParsedResult, report: Date, future: boolean): Resolved | null {
  const c = r.start;
  const day = c.isCertain('day'), month = c.isCertain('month'), year = c.isCertain('year');
  if ((UNSUPPORTED.test(r.text) && !day) || DURATIONS.test(r.text)) return null;
  if (!day && !month && !year && c.isCertain('weekday')) {
    const wd = c.get('weekday')!;
    const diff = future ? ((wd - weekday(report) + 7) % 7 || 7) : -((weekday(report) - wd + 7) % 7);
    return { date: isoDay(addDays(report, diff)), precision: 'day' };
  }
  if (!month && !year) return null;
  const precision: DatePrecision = day ? 'day' : month ? 'month' : 'year';
  let y = c.get('year')!;
  const m = precision === 'year' ? 1 : c.get('month')!;
  const d = precision === 'day' ? c.get('day')! : 1;
  const first = (yy: number) => dayOf(yy, m, d);
  const reportStart = precision === 'day' ? report : dayOf(report.getUTCFullYear(), precision === 'month' ? report.getUTCMonth() + 1 : 1, 1);
  if (!year) {
    // chrono picks the year nearest the report; news speaks of the past unless it says otherwise
    while (!future && first(y) > reportStart) y--;
    while (future && first(y) < reportStart) y++;
  } else if (!future && first(y) > reportStart) {
    return null; // a date after the report in a sentence about the past is no date of an act
  }
  return { date: isoDay(first(y)), precision };
}

/** "Theresa May", "in the March": a month name that is not one. */
function isFalseMonth(tokens: TokenTable, t: number, from: number): boolean {
  const w = tokens.normal(t).replace(/\.$/, '');
  if (!MONTH_WORDS.has(w)) return false;
  if (tokens.startsLower(t)) return true;
  const before = t - 1 >= from ? tokens.value(t - 1) : '';
  return w === 'may' && /^\p{Lu}/u.test(before) && tokens.normal(t - 1) !== 'in' && !/\d/.test(tokens.normal(t + 1));
}

/**
 * The dates sentence `si` names, resolved against the report's date. Bounds ("since 2014") and
 * dates after the report in a sentence about the past are left out: they are not when an act was.
 */
export function datesIn(doc: Doc, si: number, report: Date): DateMention[] {
  const s = doc.sentences[si]!;
  const tokens = doc.tokens;
  if (!hasCue(tokens, s.start, s.end)) return [];
  const text = doc.text.slice(tokens.start[s.start], tokens.end[s.end - 1]);
  const base = tokens.start[s.start]!;
  const found: DateMention[] = [];
  const covered: [number, number][] = [];
  const push = (t0: number, t1: number, resolved: Resolved | null) => {
    covered.push([t0, t1]);
    if (!resolved) return;
    const span: [number, number] = [tokens.charStart[t0]!, tokens.charEnd[t1 - 1]!];
    found.push({ sentence: si, text: doc.document.text.slice(...span), span, ...resolved });
  };
  // chrono-node reads implied days ("yesterday") in local time: give it the report's day at noon
  const instant = new Date(report.getUTCFullYear(), report.getUTCMonth(), report.getUTCDate(), 12);
  for (const r of chrono.casual.parse(text, { instant })) {
    let t0 = tokenAt(tokens, s.start, s.end, base + r.index);
    const length = r.text.replace(/[^\p{L}\p{N}.]+$/u, '').length; // chrono keeps a trailing comma
    const t1 = tokenAt(tokens, s.start, s.end, base + r.index + length - 1) + 1;
    if (tokens.normal(t0) === 'on' || tokens.normal(t0) === 'in') t0++;
    if (isFalseMonth(tokens, t0, s.start) || BOUNDS.has(tokens.normal(t0 - 1))) {
      covered.push([t0, t1]);
      continue;
    }
    push(t0, t1, resolve(r, report, isFuture(tokens, s.start, t0)));
  }
  // Bare years, which chrono-node leaves alone: "in 2019", not "the 1982 war" or "since 2014"
  for (let t = s.start; t < s.end; t++) {
    if (!YEAR.test(tokens.normal(t)) || covered.some(([a, b]) => t >= a && t < b)) continue;
    const before = tokens.normal(t - 1).replace(/-$/, '');
    const next = tokens.pos[t + 1];
    if (!YEAR_OPENERS.has(before) || BOUNDS.has(tokens.normal(t - 2)) || next === 'NOUN' || next === 'PROPN') continue;
    const y = Number(tokens.normal(t));
    if (y > report.getUTCFullYear() && !isFuture(tokens, s.start, t)) continue;
    push(t, t + 1, { date: `${y}-01-01`, precision: 'year' });
  }
  return found.sort((a, b) => a.span[0] - b.span[0]);
}

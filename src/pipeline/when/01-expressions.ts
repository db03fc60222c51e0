import type { DateMention } from '../../model/index.js';
import type { Doc } from '../doc.js';
import type { TokenTable } from '../nlp/tokens.js';
import { relativeDay, resolveParts, type DateParts, type Resolved } from './02-resolve.js';
import { addDays } from './calendar.js';

// Dates are read from the tokens: a weekday, "yesterday", a month with a day or a year, "last
// month", a year, "two days ago", "2023-01-24". (chrono-node read the last two once; in a pipeline
// that had run other work since, each call cost about 0.3 ms, most of what dates cost.)

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_SHORT: Record<string, number> = { jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12 };
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const RELATIVE_DAYS: Record<string, number> = { yesterday: -1, today: 0, tonight: 0, tomorrow: 1 };
const PARTS_OF_MONTH = new Set(['mid', 'early', 'late']);
const YEAR = /^(1[89]|20)\d\d$/;
const DAY = /^([1-9]|[12]\d|3[01])(st|nd|rd|th)?$/;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
/** Counts before a unit of time: "two days ago", "a year ago", "a few weeks ago". */
const COUNTS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
/** Units of "… ago", in days, months or years: an hour or a minute ago is the report's day. */
const UNITS: Record<string, { days?: number; months?: number; years?: number }> = {
  minute: { days: 0 }, minutes: { days: 0 }, hour: { days: 0 }, hours: { days: 0 }, day: { days: 1 }, days: { days: 1 },
  week: { days: 7 }, weeks: { days: 7 }, month: { months: 1 }, months: { months: 1 }, year: { years: 1 }, years: { years: 1 },
};
/** Every word a date read here starts from, years and days aside. */
const MONTH_WORDS = [...MONTHS, ...Object.keys(MONTH_SHORT), ...Object.keys(MONTH_SHORT).map((m) => `${m}.`)];
const CUES = new Set([
  ...MONTH_WORDS, ...[...PARTS_OF_MONTH].flatMap((p) => MONTH_WORDS.map((m) => `${p}-${m}`)), ...WEEKDAYS,
  ...Object.keys(RELATIVE_DAYS), 'month', 'year', 'ago',
]);

const NONE: readonly DateMention[] = Object.freeze([]);

/** Parts of speech no date word takes (compared one by one: faster than a set for the tagger's few strings). */
function neverDate(pos: string): boolean {
  return pos === 'PUNCT' || pos === 'DET' || pos === 'CCONJ' || pos === 'SCONJ' || pos === 'PART' || pos === 'PRON' || pos === 'SYM' || pos === 'SPACE';
}
/**
 * A number for a word's first letter (lower-cased; digits as one) and its length: the words a date
 * starts from have few of them, so most tokens are turned away before a string is asked for.
 */
function cueShape(first: number, length: number): number {
  const c = first >= 48 && first <= 57 ? 48 : (first | 0x20) & 0x7f;
  return (c << 5) | Math.min(length, 31);
}
/** The shapes of the words a date starts from, as a table of flags (every such word is ASCII). */
const CUE_SHAPES = new Uint8Array(128 << 5);
for (const w of CUES) CUE_SHAPES[cueShape(w.charCodeAt(0), w.length)] = 1;
CUE_SHAPES[cueShape(48, 4)] = CUE_SHAPES[cueShape(48, 10)] = 1; // a year, an ISO day

/** Words before a date that make it a bound, not the day the act happened: "since 2014", "until June". */
const BOUNDS = new Set(['since', 'until', 'till', 'by', 'before', 'after', 'from', 'through', 'between', 'to', 'ahead', 'than', 'prior']);
/** Words before a bare year that make it the act's time: "in 2019", "during early 2019". */
const YEAR_OPENERS = new Set(['in', 'during', 'of', 'early', 'late', 'mid']);
/** Words before a month alone that make it a date: "in March", "last October". */
const MONTH_OPENERS = new Set([...YEAR_OPENERS, 'last', 'this', 'next', ...BOUNDS]);
/** Words that put what follows in the future: "will visit on Friday", "is due to sign next month". */
const FUTURE = new Set(['will', "'ll", 'shall', 'due', 'scheduled', 'upcoming', 'expected', 'plans', 'planned', 'planning', 'next', 'tomorrow']);
/** Words a look back for a future word stops at: "who will retire, said on Monday" is past. */
const CLAUSE_EDGES = new Set([',', ';', 'said', 'says', 'told', 'announced', 'and']);

/** A date's words as tokens `[start, end)` and what they name; null parts for a bound or no date. */
interface Found {
  start: number;
  end: number;
  parts: DateParts | null;
  /** "last March", "next Friday": the word before says which way. */
  direction?: 'past' | 'future';
}

/** Months by every way a token may write them: "march", "mar.", "sept", "mid-february", "early-jan.". */
const MONTH_OF = new Map<string, number>();
for (const [name, m] of [...MONTHS.map((n, i) => [n, i + 1] as const), ...Object.entries(MONTH_SHORT)]) {
  for (const part of ['', ...[...PARTS_OF_MONTH].map((p) => `${p}-`)]) for (const dot of ['', '.']) MONTH_OF.set(`${part}${name}${dot}`, m);
}

function month(w: string): number | undefined {
  return MONTH_OF.get(w);
}

const direction = (w: string): Found['direction'] => (w === 'last' ? 'past' : w === 'next' ? 'future' : undefined);

/** "Theresa May", "a march": a month's name that is none. */
function isFalseMonth(tokens: TokenTable, t: number, from: number): boolean {
  const value = tokens.value(t);
  if (!/^\p{Lu}/u.test(value.slice(value.indexOf('-') + 1))) return true; // "a march", but "mid-March"
  if (value.includes('-')) return false;
  return tokens.normal(t) === 'may' && t > from && /^\p{Lu}/u.test(tokens.value(t - 1)) && tokens.normal(t - 1) !== 'in' && !DAY.test(tokens.normal(t + 1));
}

/** "March 3, 2021", "3 March", "the 24th of January", "October 2022", "in March", "last October". */
function monthAt(tokens: TokenTable, t: number, from: number, to: number): Found | undefined {
  const m = month(tokens.normal(t));
  if (m === undefined || isFalseMonth(tokens, t, from)) return undefined;
  const found: Found = { start: t, end: t + 1, parts: { month: m } };
  const parts = found.parts!;
  const next = tokens.normal(t + 1);
  if (t + 1 < to && DAY.test(next)) {
    parts.day = parseInt(next, 10);
    found.end = t + 2;
  } else if (t - 1 >= from && DAY.test(tokens.normal(t - 1))) {
    parts.day = parseInt(tokens.normal(t - 1), 10);
    found.start = t - 1;
  } else if (t - 2 >= from && tokens.normal(t - 1) === 'of' && DAY.test(tokens.normal(t - 2))) {
    parts.day = parseInt(tokens.normal(t - 2), 10);
    found.start = t - 2;
  }
  const y = tokens.normal(found.end) === ',' && found.end + 1 < to ? found.end + 1 : found.end;
  if (y < to && YEAR.test(tokens.normal(y)) && (parts.day !== undefined || y === found.end)) {
    parts.year = Number(tokens.normal(y));
    found.end = y + 1;
  }
  if (parts.day === undefined && parts.year === undefined) {
    // "mid-February" cut in three: the month it is in
    if (tokens.normal(found.start - 1) === '-' && PARTS_OF_MONTH.has(tokens.normal(found.start - 2))) found.start -= 2;
    // A month alone is a date only after a word that makes it one
    const before = tokens.normal(found.start - 1);
    if (!MONTH_OPENERS.has(before)) return undefined;
    found.direction = direction(before);
  }
  return found;
}

/** "last month", "earlier this year", "next month". */
function periodAt(tokens: TokenTable, t: number, report: Date, from: number): Found | undefined {
  const before = tokens.normal(t - 1);
  const shift = before === 'last' ? -1 : before === 'next' ? 1 : before === 'this' ? 0 : undefined;
  if (shift === undefined || t - 1 < from) return undefined;
  const start = t - 1;
  if (tokens.normal(t) === 'year') return { start, end: t + 1, parts: { year: report.getUTCFullYear() + shift } };
  const index = report.getUTCFullYear() * 12 + report.getUTCMonth() + shift;
  return { start, end: t + 1, parts: { year: Math.floor(index / 12), month: (index % 12) + 1 } };
}

/** "on Monday", "last Tuesday", "Friday's talks", "yesterday"; not "Monday, March 3", which the month reads. */
function dayAt(tokens: TokenTable, t: number, report: Date): Found | undefined {
  const w = tokens.normal(t);
  const relative = RELATIVE_DAYS[w];
  if (relative !== undefined) {
    const d = relativeDay(report, relative).date;
    return { start: t, end: t + 1, parts: { year: Number(d.slice(0, 4)), month: Number(d.slice(5, 7)), day: Number(d.slice(8, 10)) } };
  }
  const wd = WEEKDAYS.indexOf(w);
  if (wd < 0) return undefined;
  const next = tokens.normal(t + 1), after = tokens.normal(t + 2);
  if ((next === ',' && (month(after) !== undefined || DAY.test(after))) || month(next) !== undefined || DAY.test(next)) return undefined;
  return { start: t, end: t + 1, parts: { weekday: wd }, direction: direction(tokens.normal(t - 1)) };
}

/** A year alone, as when something happened: "in 2019", "during early 2019"; not "the 1982 war". */
function yearAt(tokens: TokenTable, t: number): Found | undefined {
  const before = tokens.normal(t - 1).replace(/-$/, '');
  const next = tokens.pos[t + 1];
  if (!YEAR_OPENERS.has(before) || next === 'NOUN' || next === 'PROPN') return undefined;
  return { start: t, end: t + 1, parts: { year: Number(tokens.normal(t)) } };
}

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

/**
 * "two days ago", "a year ago", "three months ago", "twenty-five years ago", "a few weeks ago": a count
 * of days, weeks or hours is a day, of months a month, of years a year, counted back from the report.
 */
function agoAt(tokens: TokenTable, t: number, from: number, report: Date): Found | undefined {
  const unit = UNITS[tokens.normal(t - 1)];
  if (!unit || t - 2 < from) return undefined;
  let start = t - 2;
  let n = countAt(tokens.normal(start));
  if (n === undefined) return undefined;
  // "twenty-five", "twenty five"; "a few"
  const before = tokens.normal(start - 1), before2 = tokens.normal(start - 2);
  if (n < 10 && start - 2 >= from && before === '-' && (COUNTS[before2] ?? 0) >= 20) { n += COUNTS[before2]!; start -= 2; }
  else if (n < 10 && start - 1 >= from && (COUNTS[before] ?? 0) >= 20) { n += COUNTS[before]!; start--; }
  if (tokens.normal(start) === 'few') {
    if (tokens.normal(start - 1) !== 'a' || start - 1 < from) return undefined;
    start--;
  }
  const parts: DateParts = {};
  if (unit.days !== undefined) {
    const d = addDays(report, -n * unit.days);
    parts.year = d.getUTCFullYear(); parts.month = d.getUTCMonth() + 1; parts.day = d.getUTCDate();
  } else if (unit.months !== undefined) {
    const index = report.getUTCFullYear() * 12 + report.getUTCMonth() - n;
    parts.year = Math.floor(index / 12); parts.month = (index % 12) + 1;
  } else parts.year = report.getUTCFullYear() - n;
  return { start, end: t + 1, parts, direction: 'past' };
}

/** A count: digits, a number word, "a" or "an"; "few" as "a few", three. */
function countAt(w: string): number | undefined {
  if (w === 'few') return 3;
  if (COUNTS[w] !== undefined) return COUNTS[w];
  const c = w.charCodeAt(0);
  return c >= 48 && c <= 57 && /^\d{1,3}$/.test(w) ? Number(w) : undefined;
}

/** "2023-01-24"; a month past 12 is no date (a day past the month's end resolves to none). */
function isoAt(w: string, t: number): Found | undefined {
  const month = Number(w.slice(5, 7));
  if (month < 1 || month > 12) return undefined;
  return { start: t, end: t + 1, parts: { year: Number(w.slice(0, 4)), month, day: Number(w.slice(8, 10)) } };
}

/**
 * The dates sentence `si` names, resolved against the report's date. Bounds ("since 2014") and
 * dates after the report in a sentence about the past are left out: they are not when an act was.
 */
export function datesIn(doc: Doc, si: number, report: Date): readonly DateMention[] {
  const s = doc.sentences[si]!;
  const tokens = doc.tokens;
  let found: Found[] | undefined; // made at the first cue: most sentences name no date
  const taken = (t: number) => found!.some((f) => t >= f.start && t < f.end);
  for (let t = s.start; t < s.end; t++) {
    // the first letter, the length and the part of speech turn most words away before a string is
    // asked for ("ago" may be read as an adposition: those of three letters stay)
    const length = tokens.end[t]! - tokens.start[t]!;
    const first = tokens.text.charCodeAt(tokens.start[t]!);
    if (first >= 128 || CUE_SHAPES[cueShape(first, length)] === 0) continue;
    const pos = tokens.pos[t]!;
    if (neverDate(pos) || (pos === 'ADP' && length !== 3)) continue;
    const w = tokens.normal(t);
    // one look-up turns away the words that are no part of a date, nearly all of them; a year or an
    // ISO day starts with a digit
    const c = w.charCodeAt(0);
    if (c >= 48 && c <= 57 ? !(w.length === 4 && YEAR.test(w)) && !(w.length === 10 && ISO_DAY.test(w)) : !CUES.has(w)) continue;
    found ??= [];
    const f = w === 'month' || w === 'year' ? periodAt(tokens, t, report, s.start)
      : w === 'ago' ? agoAt(tokens, t, s.start, report)
      : c <= 57 && w.length === 10 ? isoAt(w, t)
      : w.length === 4 && YEAR.test(w) ? (taken(t) ? undefined : yearAt(tokens, t))
      : month(w) !== undefined ? monthAt(tokens, t, s.start, s.end)
      : dayAt(tokens, t, report);
    if (!f) continue;
    // "two days ago" is read at "ago", after "days": a date read at a word inside it gives way
    while (found.length && found.at(-1)!.start >= f.start) found.pop();
    if (!taken(f.start)) found.push(f);
  }
  if (!found?.length) return NONE;
  const out: DateMention[] = [];
  for (const f of found) {
    if (!f.parts || BOUNDS.has(tokens.normal(f.start - 1))) continue;
    const future = f.direction ? f.direction === 'future' : isFuture(tokens, s.start, f.start);
    const resolved: Resolved | null = resolveParts(f.parts, report, future);
    if (!resolved) continue;
    const span: [number, number] = [tokens.charStart[f.start]!, tokens.charEnd[f.end - 1]!];
    out.push({ sentence: si, text: doc.document.text.slice(...span), span, ...resolved });
  }
  return out.sort((a, b) => a.span[0] - b.span[0]);
}

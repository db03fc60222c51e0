import type { TokenTable } from '../nlp/tokens.js';

// Phrases of time stand between a verb and what it governs ("demanded on Tuesday that …"): the
// coder reads past them.

// (sets, not regular expressions: the matcher asks at nearly every word it fails on)
const WEEKDAYS: ReadonlySet<string> = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
const DAY_WORDS = [...WEEKDAYS, 'today', 'yesterday', 'tonight', 'week', 'month', 'year', 'weekend', 'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'];
/** Words that name a time after an opener, with or without a full stop: "on Tuesday", "on Sept. 3", "last week". */
const DAYS: ReadonlySet<string> = new Set(DAY_WORDS.flatMap((w) => [w, `${w}.`]));
const OPENERS = new Set(['on', 'last', 'this', 'next', 'earlier', 'late']);

/** Past a phrase of time starting at `t`: "on Tuesday", "last week", "on March 3", "today". */
export function afterTime(tokens: TokenTable, t: number, end: number): number {
  const w = tokens.normal(t);
  // "opened a hearing Wednesday into": wire copy drops the "on"
  if (w === 'today' || w === 'yesterday' || w === 'tonight' || WEEKDAYS.has(w)) return t + 1;
  if (!OPENERS.has(w) || t + 1 >= end || !DAYS.has(tokens.normal(t + 1))) return t;
  return t + 2 < end && tokens.pos[t + 2] === 'NUM' ? t + 3 : t + 2;
}

/** Back before a phrase of time ending at `t`: "denied on Thursday" → "denied". */
export function beforeTime(tokens: TokenTable, t: number, from: number): number {
  if (t - 1 >= from && DAYS.has(tokens.normal(t)) && OPENERS.has(tokens.normal(t - 1))) return t - 2;
  return t;
}

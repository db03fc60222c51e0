import type { DuckDBValue } from '@duckdb/node-api';
import { CommuniqueError, EventFilter, type EventFilterInput } from '../model/index.js';

/**
 * Validates a filter from the CLI's flags or an API's query string. A bad value is an E_USAGE error
 * whose context names the field, e.g. `from: not a real calendar day ("2023-13-45")`.
 */
export function parseEventFilter(input: EventFilterInput | Record<string, unknown>): EventFilter {
  const parsed = EventFilter.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = String(issue.path[0] ?? '');
    if (issue.code === 'unrecognized_keys') {
      const key = issue.keys[0]!;
      throw new CommuniqueError('E_USAGE', `unknown filter "${key}"`, { field: key });
    }
    const value = (input as Record<string, unknown>)[field];
    throw new CommuniqueError('E_USAGE', `${field}: ${issue.message}${value === undefined ? '' : ` (got ${JSON.stringify(value)})`}`, { field });
  }
  const f = parsed.data;
  if (f.from && f.to && f.from > f.to) throw new CommuniqueError('E_USAGE', `from: ${f.from} is after to (${f.to})`, { field: 'from' });
  if (f.cursor !== undefined) decodeCursor(f.cursor);
  return f;
}

/** Where a page ended: the last event's date and sequence number. */
export interface Cursor {
  date: string | null;
  seq: number;
}

export function encodeCursor(c: Cursor): string {
  return Buffer.from(JSON.stringify([c.date, c.seq])).toString('base64url');
}

export function decodeCursor(text: string): Cursor {
  try {
    const [date, seq] = JSON.parse(Buffer.from(text, 'base64url').toString()) as [unknown, unknown];
    if ((date === null || (typeof date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(date))) && Number.isInteger(seq)) return { date, seq: seq as number };
  } catch { /* reported below */ }
  throw new CommuniqueError('E_USAGE', 'cursor: not a cursor this store gave out', { field: 'cursor' });
}

/** A WHERE clause over events `e`, with its parameters. */
export interface Where {
  sql: string;
  params: DuckDBValue[];
}

const isCode = (s: string) => /^[A-Z0-9]+$/.test(s);

/** The conditions a filter sets (all but limit and cursor), over the events table aliased `e`. */
export function whereOf(f: EventFilter, withCursor = false): Where {
  const parts: string[] = [], params: DuckDBValue[] = [];
  const add = (sql: string, ...values: DuckDBValue[]) => { parts.push(sql); params.push(...values); };
  if (f.from) add('e.date >= ?::DATE', f.from);
  if (f.to) add('e.date <= ?::DATE', f.to);
  if (f.actor) {
    if (isCode(f.actor)) add('(starts_with(e.source_code, ?) OR starts_with(e.target_code, ?))', f.actor, f.actor);
    else add('(contains(lower(e.source_name), ?) OR contains(lower(e.target_name), ?))', f.actor.toLowerCase(), f.actor.toLowerCase());
  }
  if (f.country) add('(e.source_country = ? OR e.target_country = ?)', f.country, f.country);
  if (f.dyad) {
    const [source, target] = f.dyad.split(',') as [string, string];
    add('starts_with(e.source_code, ?) AND starts_with(e.target_code, ?)', source, target);
  }
  if (f.cameo) add(f.cameo.length <= 2 ? 'starts_with(e.cameo_root, ?)' : 'starts_with(e.cameo, ?)', f.cameo);
  if (f.plover) add('e.plover = ?', f.plover);
  if (f.quad !== undefined) add('e.quad_class = ?', f.quad);
  if (f.place) add('contains(lower(e.place_name), ?)', f.place.toLowerCase());
  if (f.placeCountry) add('e.place_country = ?', f.placeCountry);
  // The evidence of every report of the event, lower-cased once when stored (see searchOf).
  if (f.text) add('contains(e.search, ?)', f.text.toLowerCase());
  if (withCursor && f.cursor) {
    const c = decodeCursor(f.cursor);
    if (c.date === null) add('(e.date IS NULL AND e.seq < ?)', c.seq);
    else add('(e.date < ?::DATE OR (e.date = ?::DATE AND e.seq < ?) OR e.date IS NULL)', c.date, c.date, c.seq);
  }
  return { sql: parts.length ? `WHERE ${parts.join(' AND ')}` : '', params };
}

import { hash } from 'node:crypto';
import { isRealDay } from '../../model/index.js';

/** A stable id for a document that has none: the same text always gets the same id. */
export function stableId(text: string): string {
  return 'doc-' + hash('sha256', text, 'hex').slice(0, 16);
}

export type DateResult = { ok: true; date: string } | { ok: false; reason: string };

/**
 * A document date from what feeds give: "2023-01-25", an ISO timestamp (its own calendar day, not
 * shifted to UTC), epoch seconds or milliseconds, or an RFC 2822 date ("Wed, 25 Jan 2023 10:00:00 GMT").
 */
export function normalizeDate(value: unknown): DateResult {
  if (typeof value === 'number' && Number.isFinite(value)) {
    const ms = Math.abs(value) < 1e11 ? value * 1000 : value;
    const date = new Date(ms);
    return Number.isNaN(date.getTime()) ? { ok: false, reason: `${value} is out of range` } : { ok: true, date: date.toISOString().slice(0, 10) };
  }
  if (typeof value !== 'string') return { ok: false, reason: `expected a date string or a timestamp, found ${typeof value}` };
  const s = value.trim();
  if (/^\d{10}(\d{3})?$/.test(s)) return normalizeDate(Number(s));
  const iso = /^(\d{4}-\d{2}-\d{2})(?:$|[T ])/.exec(s);
  if (iso) return isRealDay(iso[1]!) ? { ok: true, date: iso[1]! } : { ok: false, reason: `"${s}" is not a real calendar day` };
  if (/[a-z]/i.test(s)) {
    const ms = Date.parse(s);
    if (!Number.isNaN(ms)) return { ok: true, date: new Date(ms).toISOString().slice(0, 10) };
  }
  return { ok: false, reason: `cannot read "${s.slice(0, 40)}" as a date (expected YYYY-MM-DD or a timestamp)` };
}

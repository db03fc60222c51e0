import type { StoredEvent } from '../../model/store.js';
import type { Sort, SortColumn } from '../filters.js';

const KEYS: Record<SortColumn, (e: StoredEvent) => string | number> = {
  date: (e) => e.date ?? '',
  source: (e) => e.source?.code ?? '~',
  target: (e) => e.target?.code ?? '~',
  cameo: (e) => e.cameo,
  goldstein: (e) => e.goldstein,
  mentions: (e) => e.numMentions,
};

/** The events in the table's order: by a column, ties kept in the order the API gave (newest first). */
export function sortEvents(events: readonly StoredEvent[], sort: Sort): StoredEvent[] {
  const key = KEYS[sort.column];
  const sign = sort.descending ? -1 : 1;
  return events
    .map((e, i) => ({ e, i, k: key(e) }))
    .sort((a, b) => (a.k < b.k ? -sign : a.k > b.k ? sign : a.i - b.i))
    .map((x) => x.e);
}

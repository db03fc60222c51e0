import type { EventFilter, Interval } from '../model/store.js';

/** The event filters a view can set: the API's, less paging. */
export type FilterKey = Exclude<keyof EventFilter, 'limit' | 'cursor'>;
export type Filters = Partial<Record<FilterKey, string>>;

export const FILTER_KEYS: readonly FilterKey[] = [
  'from', 'to', 'actor', 'country', 'dyad', 'cameo', 'plover', 'quad', 'place', 'placeCountry', 'text',
];

export const INTERVALS: readonly Interval[] = ['day', 'week', 'month'];

/** How the table is sorted (client-side, within the pages loaded): a column and a direction. */
export interface Sort { column: SortColumn; descending: boolean }
export type SortColumn = 'date' | 'source' | 'target' | 'cameo' | 'goldstein' | 'mentions';
export const SORT_COLUMNS: readonly SortColumn[] = ['date', 'source', 'target', 'cameo', 'goldstein', 'mentions'];

/** Everything a shared link carries: the filters, the timeline's interval and the table's order. */
export interface ViewState { filters: Filters; interval: Interval; sort: Sort }

const DEFAULT_SORT: Sort = { column: 'date', descending: true };

/** The state in a query string: unknown or empty names are dropped. `?country=CHN&sort=-goldstein`. */
export function parseSearch(search: string): ViewState {
  const params = new URLSearchParams(search);
  const filters: Filters = {};
  for (const key of FILTER_KEYS) {
    const value = params.get(key)?.trim();
    if (value) filters[key] = value;
  }
  const interval = INTERVALS.find((i) => i === params.get('interval')) ?? 'month';
  const raw = params.get('sort') ?? '';
  const column = SORT_COLUMNS.find((c) => c === raw.replace(/^-/, ''));
  const sort = column ? { column, descending: raw.startsWith('-') } : DEFAULT_SORT;
  return { filters, interval, sort };
}

/** The query string of a state, in a stable order, without defaults: `?country=CHN`. */
export function toSearch(state: ViewState): string {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = state.filters[key];
    if (value) params.set(key, value);
  }
  if (state.interval !== 'month') params.set('interval', state.interval);
  const { column, descending } = state.sort;
  if (column !== DEFAULT_SORT.column || descending !== DEFAULT_SORT.descending) params.set('sort', `${descending ? '-' : ''}${column}`);
  const s = params.toString();
  return s ? `?${s}` : '';
}

/** The filters as the API's query parameters, only the ones set, with any extra ones (`limit`). */
export function apiQuery(filters: Filters, extra: Record<string, string | number | undefined> = {}): string {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = filters[key];
    if (value) params.set(key, value);
  }
  for (const [k, v] of Object.entries(extra)) if (v !== undefined && v !== '') params.set(k, String(v));
  const s = params.toString();
  return s ? `?${s}` : '';
}

/** The filters with some changed: an empty or undefined value removes the filter. */
export function withFilters(filters: Filters, change: Filters): Filters {
  const out: Filters = { ...filters };
  for (const key of FILTER_KEYS) {
    if (!(key in change)) continue;
    const value = change[key];
    if (value) out[key] = value;
    else delete out[key];
  }
  return out;
}

/** True when no filter is set. */
export function isUnfiltered(filters: Filters): boolean {
  return FILTER_KEYS.every((k) => !filters[k]);
}

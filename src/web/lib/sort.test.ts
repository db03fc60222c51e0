import { describe, expect, it } from 'vitest';
import type { StoredEvent } from '../../model/store.js';
import type { Sort } from '../filters.js';
import { sortEvents } from './sort.js';

const ev = (id: string, date: string | null, source: string | null, goldstein: number, numMentions = 1) =>
  ({ id, date, source: source ? { code: source } : null, target: null, cameo: '010', goldstein, numMentions }) as unknown as StoredEvent;

const events = [ev('a', '2023-01-25', 'CHNGOV', 1), ev('b', '2023-01-24', null, -5, 3), ev('c', null, 'BRA', 7), ev('d', '2023-01-25', 'ARG', 1)];

describe('the events table order', () => {
  const rows: [Sort, string][] = [
    [{ column: 'date', descending: true }, 'adbc'],
    [{ column: 'date', descending: false }, 'cbad'],
    [{ column: 'source', descending: false }, 'dcab'],
    [{ column: 'goldstein', descending: true }, 'cadb'],
    [{ column: 'mentions', descending: true }, 'bacd'],
  ];
  it.each(rows)('%j', (sort, expected) => {
    expect(sortEvents(events, sort).map((e) => e.id).join('')).toBe(expected);
  });
});

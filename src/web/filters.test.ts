import { describe, expect, it } from 'vitest';
import { apiQuery, parseSearch, toSearch, withFilters } from './filters.js';

describe('the view state in the URL', () => {
  const rows: [search: string, expected: ReturnType<typeof parseSearch>][] = [
    ['', { filters: {}, interval: 'month', sort: { column: 'date', descending: true } }],
    ['?country=CHN&interval=week', { filters: { country: 'CHN' }, interval: 'week', sort: { column: 'date', descending: true } }],
    ['?dyad=CHNGOV,IGOLAMCEL&sort=-goldstein', { filters: { dyad: 'CHNGOV,IGOLAMCEL' }, interval: 'month', sort: { column: 'goldstein', descending: true } }],
    ['?from=2023-01-01&to=2023-01-31&sort=source', { filters: { from: '2023-01-01', to: '2023-01-31' }, interval: 'month', sort: { column: 'source', descending: false } }],
    ['?text=%20&bogus=1&interval=year&sort=nope', { filters: {}, interval: 'month', sort: { column: 'date', descending: true } }],
  ];
  it.each(rows)('%s', (search, expected) => {
    expect(parseSearch(search)).toEqual(expected);
  });

  const round: string[] = ['', '?country=CHN', '?from=2023-01-01&dyad=USA%2CCHN&interval=day', '?text=peace+talks&sort=-mentions', '?quad=4&sort=date'];
  it.each(round)('writes back %s as it read it', (search) => {
    expect(toSearch(parseSearch(search))).toBe(search);
  });
});

describe('the API query of the filters', () => {
  const rows: [filters: Record<string, string>, extra: Record<string, string | number | undefined>, expected: string][] = [
    [{}, {}, ''],
    [{ country: 'CHN', text: 'summit' }, { limit: 50 }, '?country=CHN&text=summit&limit=50'],
    [{ dyad: 'USA,CHN' }, { cursor: undefined }, '?dyad=USA%2CCHN'],
  ];
  it.each(rows)('%j %j', (filters, extra, expected) => {
    expect(apiQuery(filters, extra)).toBe(expected);
  });

  it('removes a filter given empty', () => {
    expect(withFilters({ country: 'CHN', dyad: 'A,B' }, { dyad: undefined, text: 'x' })).toEqual({ country: 'CHN', text: 'x' });
  });
});

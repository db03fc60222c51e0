import { describe, expect, it } from 'vitest';
import type { DyadCount } from '../../model/store.js';
import { matrixOf, undirected } from './matrix.js';

const d = (source: string | null, target: string | null, count: number, goldsteinMean = 0): DyadCount => ({ source, target, count, goldsteinMean });

describe('the dyad matrix', () => {
  const rows: [string, DyadCount[], number, { sources: string[]; targets: string[] }][] = [
    ['pairs without a target are left out', [d('USAGOV', null, 51), d('CHNGOV', 'IGOLAMCEL', 5), d('USA', 'CHN', 3)], 5,
      { sources: ['CHNGOV', 'USA'], targets: ['IGOLAMCEL', 'CHN'] }],
    ['the busiest first, at most size', [d('A', 'X', 1), d('B', 'X', 4), d('B', 'Y', 4), d('C', 'Z', 2)], 2,
      { sources: ['B', 'C'], targets: ['X', 'Y'] }],
    ['targets only of the sources shown', [d('A', 'X', 5), d('B', 'Y', 4), d('C', 'Z', 9), d('C', 'X', 1)], 2,
      { sources: ['C', 'A'], targets: ['Z', 'X'] }],
    ['an actor acting on itself is left out', [d('USA', 'USA', 9)], 5, { sources: [], targets: [] }],
  ];
  it.each(rows)('%s', (_name, dyads, size, expected) => {
    const m = matrixOf(dyads, size);
    expect({ sources: m.sources, targets: m.targets }).toEqual(expected);
  });
});

describe('undirected links', () => {
  it('sums both directions and weighs the mean', () => {
    expect(undirected([d('USA', 'CHN', 3, 4), d('CHN', 'USA', 1, -4), d('RUS', null, 5)])).toEqual([
      { source: 'CHN', target: 'USA', count: 4, goldsteinMean: 2 },
    ]);
  });
});

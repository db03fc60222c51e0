import { describe, expect, it } from 'vitest';
import { clusterPlaces, slicePath, type PlacePoint } from './cluster.js';

const place = (name: string, x: number, y: number, ...byQuad: [number, number, number, number]): PlacePoint => ({ name, x, y, byQuad });

describe('places clustered on the map', () => {
  const rows: [string, PlacePoint[], [names: string[], total: number, byQuad: number[]][]][] = [
    ['far apart stay apart', [place('Geneva', 10, 10, 1, 0, 0, 0), place('Nairobi', 200, 200, 0, 0, 0, 2)],
      [[['Nairobi'], 2, [0, 0, 0, 2]], [['Geneva'], 1, [1, 0, 0, 0]]]],
    ['near ones merge into the busiest', [place('Brussels', 100, 100, 1, 0, 1, 0), place('Paris', 95, 110, 5, 1, 0, 0), place('Beijing', 400, 90, 0, 3, 0, 0)],
      [[['Paris', 'Brussels'], 8, [6, 1, 1, 0]], [['Beijing'], 3, [0, 3, 0, 0]]]],
    ['nothing', [], []],
  ];
  it.each(rows)('%s', (_name, points, expected) => {
    const got = clusterPlaces(points, 20).map((c) => [c.names, c.total, c.byQuad]);
    expect(got).toEqual(expected);
  });
});

describe('pie slices', () => {
  it.each([
    [0, Math.PI / 2, 'M50,50L50,40A10,10 0 0 1 60,50Z'],
    [0, 2 * Math.PI, 'M50,40A10,10 0 1 1 50,60A10,10 0 1 1 50,40Z'],
  ])('from %d to %d', (a0, a1, expected) => {
    expect(slicePath(50, 50, 10, a0, a1)).toBe(expected);
  });
});

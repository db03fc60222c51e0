import { describe, expect, it } from 'vitest';
import { routeOf, type Route } from './route.js';

describe('the page of a path', () => {
  const rows: [string, Route][] = [
    ['/', { view: 'overview' }],
    ['/events', { view: 'events' }],
    ['/events/', { view: 'events' }],
    ['/map', { view: 'map' }],
    ['/network', { view: 'network' }],
    ['/try', { view: 'try' }],
    ['/documents/celac-2023', { view: 'document', id: 'celac-2023' }],
    ['/documents/eu-055%231', { view: 'document', id: 'eu-055#1' }],
    ['/nowhere', { view: 'missing', path: '/nowhere' }],
  ];
  it.each(rows)('%s', (path, expected) => {
    expect(routeOf(path)).toEqual(expected);
  });
});

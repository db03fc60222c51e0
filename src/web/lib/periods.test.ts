import { describe, expect, it } from 'vitest';
import { fillPeriods, nextPeriod, periodEnd, selectedRange } from './periods.js';

describe('periods of the timeline', () => {
  const rows: [string, 'day' | 'week' | 'month', string, string][] = [
    ['2023-01-25', 'day', '2023-01-26', '2023-01-25'],
    ['2023-01-23', 'week', '2023-01-30', '2023-01-29'],
    ['2023-01-01', 'month', '2023-02-01', '2023-01-31'],
    ['2024-02-01', 'month', '2024-03-01', '2024-02-29'],
    ['2023-12-01', 'month', '2024-01-01', '2023-12-31'],
  ];
  it.each(rows)('%s by %s', (period, interval, next, end) => {
    expect(nextPeriod(period, interval)).toBe(next);
    expect(periodEnd(period, interval)).toBe(end);
  });
});

describe('the periods a date range covers', () => {
  const months = ['2022-11-01', '2023-01-01', '2023-02-01', '2023-05-01'];
  const rows: [string | undefined, string | undefined, [number, number] | null][] = [
    [undefined, undefined, null],
    ['2023-01-15', '2023-02-10', [1, 2]],
    ['2023-01-01', undefined, [1, 3]],
    [undefined, '2022-12-31', [0, 0]],
    ['2023-03-01', '2023-04-30', null],
  ];
  it.each(rows)('from %s to %s', (from, to, expected) => {
    expect(selectedRange(months, 'month', from, to)).toEqual(expected);
  });
});

describe('periods without events, filled in', () => {
  const p = (period: string, count = 1) => ({ period, count, goldsteinMean: 1, goldsteinSum: count });
  const rows: [string, ReturnType<typeof p>[], 'day' | 'week' | 'month', string[], number[]][] = [
    ['a gap of two months', [p('2023-01-01'), p('2023-04-01')], 'month', ['2023-01-01', '2023-02-01', '2023-03-01', '2023-04-01'], []],
    ['weeks', [p('2023-01-02'), p('2023-01-16')], 'week', ['2023-01-02', '2023-01-09', '2023-01-16'], []],
    ['a long gap becomes a break', [p('1967-06-01'), p('2023-01-01'), p('2023-03-01')], 'month', ['1967-06-01', '2023-01-01', '2023-02-01', '2023-03-01'], [1]],
    ['a gap of exactly the most filled', [p('2023-01-01'), p('2024-02-01')], 'month', ['2023-01-01', ...Array.from({ length: 12 }, (_, i) => `${i < 11 ? 2023 : 2024}-${String(i < 11 ? i + 2 : 1).padStart(2, '0')}-01`), '2024-02-01'], []],
    ['one period', [p('2023-01-25')], 'day', ['2023-01-25'], []],
  ];
  it.each(rows)('%s', (_name, points, interval, periods, breaks) => {
    const got = fillPeriods(points, interval, 12);
    expect(got.points.map((x) => x.period)).toEqual(periods);
    expect(got.breaks).toEqual(breaks);
  });
});

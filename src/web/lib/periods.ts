import type { Interval, TimelinePoint } from '../../model/store.js';

const DAY = 86_400_000;

const utc = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The first day of the period after the one starting on `period`. */
export function nextPeriod(period: string, interval: Interval): string {
  if (interval === 'day') return iso(utc(period) + DAY);
  if (interval === 'week') return iso(utc(period) + 7 * DAY);
  const d = new Date(utc(period));
  d.setUTCMonth(d.getUTCMonth() + 1);
  return iso(d.getTime());
}

/** The last day of the period starting on `period`: what a `to` filter takes. */
export function periodEnd(period: string, interval: Interval): string {
  return iso(utc(nextPeriod(period, interval)) - DAY);
}

/** How an axis labels a period: "2023-01-25" for days and weeks, "2023-01" for months. */
export function periodLabel(period: string, interval: Interval): string {
  return interval === 'month' ? period.slice(0, 7) : period;
}

/** The indexes of the periods (of `n`, in order) that a range [from, to] overlaps, or null. */
export function selectedRange(periods: readonly string[], interval: Interval, from?: string, to?: string): [number, number] | null {
  if (!from && !to) return null;
  let first = -1, last = -1;
  periods.forEach((p, i) => {
    if ((!from || periodEnd(p, interval) >= from) && (!to || p <= to)) {
      if (first < 0) first = i;
      last = i;
    }
  });
  return first < 0 ? null : [first, last];
}

/**
 * The periods from the first to the last, those without events as zeros, so that the axis is time;
 * except that a gap longer than `maxGap` periods (a treaty of 1967 recalled in a report of 2023)
 * is shortened to a break: `breaks` holds the index of the period after each.
 */
export function fillPeriods(points: readonly TimelinePoint[], interval: Interval, maxGap: number): { points: TimelinePoint[]; breaks: number[] } {
  const out: TimelinePoint[] = [], breaks: number[] = [];
  points.forEach((point, i) => {
    if (i > 0) {
      const gap: string[] = [];
      for (let p = nextPeriod(points[i - 1]!.period, interval); p < point.period && gap.length <= maxGap; p = nextPeriod(p, interval)) gap.push(p);
      if (gap.length > maxGap) breaks.push(out.length);
      else for (const period of gap) out.push({ period, count: 0, goldsteinMean: 0, goldsteinSum: 0 });
    }
    out.push(point);
  });
  return { points: out, breaks };
}

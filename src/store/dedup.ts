import type { Event } from '../model/index.js';

/** What an event must share with another to be the same happening, besides date and place. */
export interface Happening {
  source: string;
  target: string;
  root: string;
  negated: boolean;
  date: string | null;
  placeName: string | null;
  placeCountry: string | null;
}

/** A stored or new event that later reports may join. */
export interface Candidate extends Happening {
  id: string;
  seq: number;
}

export function happeningOf(e: Event): Happening {
  return {
    source: e.source?.code ?? '',
    target: e.target?.code ?? '',
    root: e.cameo.slice(0, 2),
    negated: e.negated,
    date: e.date,
    placeName: e.place?.name ?? null,
    placeCountry: e.place?.country ?? null,
  };
}

/** The part of a happening that must match exactly: dyad, CAMEO root, and whether it was denied. */
export function keyOf(h: Happening): string {
  return `${h.source}\u0000${h.target}\u0000${h.root}\u0000${h.negated ? 1 : 0}`;
}

const DAY = 86_400_000;

/** Dates within a day of each other; an undated report matches only an undated event. */
export function closeInTime(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return a === b;
  return Math.abs(Date.parse(a) - Date.parse(b)) <= DAY;
}

/** The same place (name and country), or a place on one side only. */
export function samePlace(a: Happening, b: Happening): boolean {
  if (a.placeName === null || b.placeName === null) return true;
  return a.placeName === b.placeName && a.placeCountry === b.placeCountry;
}

/**
 * Groups reports into happenings, as GDELT does: the same source and target codes, CAMEO root and
 * negation, dates within a day, the same place or none. A report joins the earliest-stored event it
 * matches, so that a rerun over the same documents in the same order groups them the same way.
 */
export class Deduplicator {
  private readonly byKey = new Map<string, Candidate[]>();

  constructor(readonly enabled: boolean) {}

  /** Adds stored or new events, in the order they were stored. */
  add(c: Candidate): void {
    const key = keyOf(c);
    const list = this.byKey.get(key);
    if (list) list.push(c);
    else this.byKey.set(key, [c]);
  }

  /** The event a report belongs to, if one is known. */
  match(h: Happening): Candidate | undefined {
    if (!this.enabled) return undefined;
    return this.byKey.get(keyOf(h))?.find((c) => closeInTime(c.date, h.date) && samePlace(c, h));
  }
}

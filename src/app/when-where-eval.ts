import { z } from 'zod';
import type { Lexicon } from '../lexicon/index.js';
import type { Gazetteer } from '../lexicon/gazetteer/index.js';
import { DatePrecision, IsoDate, type Place } from '../model/index.js';
import { readGoldLines } from './event-eval.js';
import { createPipeline, type Doc } from '../pipeline/index.js';
import type { NlpEngine } from '../pipeline/nlp/index.js';
import { bySentence } from '../pipeline/carry.js';
import { dateOf } from '../pipeline/when/index.js';
import { placeOf } from '../pipeline/where/index.js';

/** A gold sentence for dates and places: when and where its main event happened. */
export const WhenWhereGold = z.object({
  id: z.string().min(1),
  /** The report's date. */
  date: IsoDate,
  /** The sentences of the report before the one scored: a dateline, an earlier date. */
  context: z.array(z.string()).optional(),
  text: z.string().min(1),
  when: z.object({ date: IsoDate, precision: DatePrecision }),
  where: z.object({ name: z.string(), country: z.string().regex(/^[A-Z]{3}$/), lat: z.number(), lon: z.number() }).nullable(),
  note: z.string().optional(),
});
export type WhenWhereGold = z.infer<typeof WhenWhereGold>;

/** Reads gold JSON Lines for dates and places; a bad line fails with the file, the line and the field. */
export function readWhenWhereGold(file: string): WhenWhereGold[] {
  return readGoldLines(file, WhenWhereGold);
}

/** Great-circle distance in kilometres. */
export function kilometres(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad, dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** How far a found place may be from the gold one and still count. */
export const PLACE_TOLERANCE_KM = 60;

export interface WhenWhereMiss {
  id: string;
  text: string;
  gold: string;
  found: string;
}

export interface WhenWhereScore {
  sentences: number;
  /** Sentences whose main event was coded; the others are scored on what the sentence names. */
  withEvents: number;
  dates: { right: number; accuracy: number; misses: WhenWhereMiss[] };
  places: { right: number; accuracy: number; misses: WhenWhereMiss[] };
}

const showPlace = (p: { name: string; country: string | null; lat: number; lon: number } | null) =>
  p ? `${p.name} (${p.country ?? '-'}) ${p.lat.toFixed(2)},${p.lon.toFixed(2)}` : 'none';

/**
 * When and where the scored sentence's act happened: its first event's, or, where no event was
 * coded, what the sentence itself gives (the same rules, with no trigger to be near).
 */
function found(doc: Doc, first: number): { date: string | null; precision: string | null; place: Place | null; event: boolean } {
  const event = doc.events.find((e) => e.sentence >= first);
  if (event) return { date: event.date, precision: event.datePrecision, place: event.place, event: true };
  const n = doc.sentences.length;
  const d = dateOf(doc, bySentence(doc.dates, n), first, null);
  const p = placeOf(doc, bySentence(doc.places, n), first, null);
  return { date: d?.date ?? doc.document.date, precision: d?.precision ?? 'day', place: p?.place ?? null, event: false };
}

/**
 * Codes each gold report (its context, then the sentence) and scores the date and the place of the
 * sentence's act: a date is right when day and precision agree, a place within 60 km, or both none.
 */
export function scoreWhenWhere(gold: readonly WhenWhereGold[], lexicon: Lexicon, gazetteer: Gazetteer, nlp?: NlpEngine): WhenWhereScore {
  const pipeline = createPipeline({ lexicon, gazetteer, nlp });
  const score: WhenWhereScore = {
    sentences: gold.length, withEvents: 0,
    dates: { right: 0, accuracy: 0, misses: [] },
    places: { right: 0, accuracy: 0, misses: [] },
  };
  for (const g of gold) {
    const prefix = g.context?.length ? `${g.context.join(' ')} ` : '';
    const doc = pipeline.run({ id: g.id, date: g.date, text: prefix + g.text, meta: {}, origin: { file: g.id, format: 'text' } });
    const first = doc.sentences.findIndex((s) => s.charEnd > prefix.length);
    const f = found(doc, Math.max(0, first));
    if (f.event) score.withEvents++;
    if (f.date === g.when.date && f.precision === g.when.precision) score.dates.right++;
    else score.dates.misses.push({ id: g.id, text: g.text, gold: `${g.when.date} ${g.when.precision}`, found: `${f.date} ${f.precision}` });
    const right = g.where === null ? f.place === null : f.place !== null && kilometres(g.where, f.place) <= PLACE_TOLERANCE_KM;
    if (right) score.places.right++;
    else score.places.misses.push({ id: g.id, text: g.text, gold: showPlace(g.where), found: showPlace(f.place) });
  }
  score.dates.accuracy = score.dates.right / Math.max(1, gold.length);
  score.places.accuracy = score.places.right / Math.max(1, gold.length);
  return score;
}

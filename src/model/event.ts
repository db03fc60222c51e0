import { z } from 'zod';
import { CharSpan } from './span.js';
import { IsoDate } from './document.js';
import { Actor } from './actor.js';

export const PloverType = z.enum([
  'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST',
  'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT',
]);
export type PloverType = z.infer<typeof PloverType>;

/** A CAMEO event code: a two-digit root, or three or four digits. */
export const CameoCode = z.string().regex(/^\d{2,4}$/, 'expected a CAMEO code such as "042"');

/** Where an event happened, resolved against the gazetteer. */
export const Place = z.object({
  name: z.string(),
  country: z.string().regex(/^[A-Z]{3}$/).nullable(),
  admin1: z.string().nullable(),
  lat: z.number(),
  lon: z.number(),
  geonameId: z.number().int().nullable(),
  precision: z.enum(['site', 'city', 'admin1', 'country']),
});
export type Place = z.infer<typeof Place>;

/** Words of the document that justify a field: `document.slice(...span)` gives back `text`. */
export const Evidence = z.object({ text: z.string(), span: CharSpan });
export type Evidence = z.infer<typeof Evidence>;

/**
 * One political event: who did what to whom, when and where, with the sentence and the trigger
 * words it was coded from and the rule that fired. The store, the API and the dashboard read this.
 */
export const Event = z.object({
  /** Stable for the same document, sentence, trigger, code and actors. */
  id: z.string(),
  docId: z.string(),
  sentence: z.number().int().nonnegative(),
  date: IsoDate.nullable(),
  datePrecision: z.enum(['day', 'month', 'year']).nullable(),
  source: Actor.nullable(),
  target: Actor.nullable(),
  cameo: CameoCode,
  cameoName: z.string(),
  quadClass: z.number().int().min(1).max(4),
  goldstein: z.number().min(-10).max(10),
  plover: PloverType.nullable(),
  ploverMode: z.string().nullable(),
  /** "did not sign": the sentence reports that the act did not happen. */
  negated: z.boolean(),
  place: Place.nullable(),
  evidence: Evidence,
  trigger: Evidence,
  /** The id of the pattern rule that fired ("057.sign-agreement"). */
  rule: z.string(),
  /** The version of the lexicon that coded it. */
  lexicon: z.string(),
});
export type Event = z.infer<typeof Event>;

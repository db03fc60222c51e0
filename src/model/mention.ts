import { z } from 'zod';
import { CharSpan } from './span.js';
import { IsoDate } from './document.js';
import { Place } from './event.js';

export const DatePrecision = z.enum(['day', 'month', 'year']);
export type DatePrecision = z.infer<typeof DatePrecision>;

/**
 * A date the text names ("on Monday", "in October 2022"), resolved against the document's date:
 * `date` is the day, or the first day of the month or year `precision` says.
 */
export const DateMention = z.object({
  sentence: z.number().int().nonnegative(),
  text: z.string(),
  span: CharSpan,
  date: IsoDate,
  precision: DatePrecision,
});
export type DateMention = z.infer<typeof DateMention>;

/**
 * A place the text names and the gazetteer resolved. `use` says how it stands: `locative` where
 * something happens ("in Geneva"), `dateline` the report's, `other` anywhere else ("flew from Paris").
 */
export const PlaceMention = z.object({
  sentence: z.number().int().nonnegative(),
  text: z.string(),
  span: CharSpan,
  place: Place,
  use: z.enum(['locative', 'dateline', 'other']),
});
export type PlaceMention = z.infer<typeof PlaceMention>;

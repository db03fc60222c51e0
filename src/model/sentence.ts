import { z } from 'zod';
import { CharSpan } from './span.js';
import { IsoDate } from './document.js';

/** One sentence of a coded document, as `communique code` prints it until events are coded. */
export const SentenceRecord = z.object({
  docId: z.string(),
  date: IsoDate.nullable(),
  sentence: z.number().int().nonnegative(),
  span: CharSpan,
  text: z.string(),
  tokens: z.number().int().nonnegative(),
});
export type SentenceRecord = z.infer<typeof SentenceRecord>;

import { z } from 'zod';
import { CharSpan } from './span.js';
import { IsoDate } from './document.js';
import { Actor } from './actor.js';

/** One sentence of a coded document with its actors, as `communique code` prints it until events are coded. */
export const SentenceRecord = z.object({
  docId: z.string(),
  date: IsoDate.nullable(),
  sentence: z.number().int().nonnegative(),
  span: CharSpan,
  text: z.string(),
  tokens: z.number().int().nonnegative(),
  actors: z.array(Actor),
});
export type SentenceRecord = z.infer<typeof SentenceRecord>;

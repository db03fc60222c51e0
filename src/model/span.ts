import { z } from 'zod';

/** `[start, end)` in JavaScript string offsets into the document as read: `text.slice(...span)`. */
export const CharSpan = z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]);
export type CharSpan = z.infer<typeof CharSpan>;

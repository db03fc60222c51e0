import { z } from 'zod';
import { CharSpan } from './span.js';

export const ActorKind = z.enum(['state', 'person', 'organisation', 'region', 'group', 'initiative']);
export type ActorKind = z.infer<typeof ActorKind>;

/**
 * An actor as the event record carries it: `code` follows CAMEO conventions (`CHNGOV`, `ARG`,
 * `IGOUNO`); `country` is ISO 3166 alpha-3; `sector` a CAMEO agent code; `name` the lexicon's name;
 * `text` and `span` the words in the document as read.
 */
export const Actor = z.object({
  code: z.string().regex(/^[A-Z0-9]{3,15}$/),
  country: z.string().regex(/^[A-Z]{3}$/).nullable(),
  sector: z.string().regex(/^[A-Z]{3}$/).nullable(),
  kind: ActorKind,
  name: z.string(),
  text: z.string(),
  span: CharSpan,
  /** The lexicon entry it was resolved to, when there is one ("person/chn/xi-jinping"). */
  entity: z.string().optional(),
  /** The role that gave the code, for people: "President". */
  role: z.string().optional(),
});
export type Actor = z.infer<typeof Actor>;

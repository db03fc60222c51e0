import { z } from 'zod';
import { CharSpan } from './span.js';
import { IsoDate } from './document.js';
import { Event, Evidence, PloverType } from './event.js';
import { Actor } from './actor.js';
import { DateMention, PlaceMention } from './mention.js';

/**
 * What selects events in the store: every field optional, strings as a query string gives them, so
 * the CLI and the REST API validate with this one schema. `actor` is a code prefix ("CHN", "CHNGOV")
 * when written in capitals, otherwise words of the actor's name.
 */
export const EventFilter = z.object({
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  actor: z.string().min(1).optional(),
  country: z.string().regex(/^[A-Z]{3}$/, 'expected an ISO 3166 alpha-3 code such as "CHN"').optional(),
  /** "SRC,TGT": code prefixes of the source and the target. */
  dyad: z.string().regex(/^[A-Z0-9]{2,15},[A-Z0-9]{2,15}$/, 'expected SOURCE,TARGET codes such as "CHN,USA"').optional(),
  cameo: z.string().regex(/^\d{1,4}$/, 'expected a CAMEO code or prefix such as "04" or "042"').optional(),
  plover: PloverType.optional(),
  quad: z.coerce.number().int().min(1).max(4).optional(),
  place: z.string().min(1).optional(),
  placeCountry: z.string().regex(/^[A-Z]{3}$/, 'expected an ISO 3166 alpha-3 code such as "KEN"').optional(),
  /** Words in the evidence sentence, case-insensitive. */
  text: z.string().min(1).optional(),
  limit: z.coerce.number().int().min(1).max(10_000).default(50),
  /** Where the previous page ended (its `nextCursor`). */
  cursor: z.string().optional(),
}).strict();
export type EventFilter = z.infer<typeof EventFilter>;
export type EventFilterInput = z.input<typeof EventFilter>;

/** An event as the store keeps it: the record of its first report, with counts of all its reports, as GDELT counts them. */
export const StoredEvent = Event.extend({
  numMentions: z.number().int().nonnegative(),
  numSources: z.number().int().nonnegative(),
  numArticles: z.number().int().nonnegative(),
});
export type StoredEvent = z.infer<typeof StoredEvent>;

/** A page of events, newest first; `nextCursor` fetches the next page, null at the end. */
export const EventPage = z.object({ events: z.array(StoredEvent), nextCursor: z.string().nullable() });
export type EventPage = z.infer<typeof EventPage>;

/** One report of an event: the document, sentence and words it was coded from. */
export const EventMention = z.object({
  /** The event record's id as coded from this report. */
  id: z.string(),
  eventId: z.string(),
  docId: z.string(),
  /** The document's `source` field (a newspaper, an agency), when it had one. */
  docSource: z.string().nullable(),
  date: IsoDate.nullable(),
  sentence: z.number().int().nonnegative(),
  evidence: Evidence,
  trigger: Evidence,
  rule: z.string(),
  lexicon: z.string(),
});
export type EventMention = z.infer<typeof EventMention>;

export const EventWithMentions = z.object({ event: StoredEvent, mentions: z.array(EventMention) });
export type EventWithMentions = z.infer<typeof EventWithMentions>;

/** An actor named in a stored document, with its sentence and span. */
export const ActorMentionRecord = z.object({ sentence: z.number().int().nonnegative(), actor: Actor });
export type ActorMentionRecord = z.infer<typeof ActorMentionRecord>;

/** A stored document with every span: sentences, actors, and the event reports coded from it. */
export const StoredDocument = z.object({
  id: z.string(),
  date: IsoDate.nullable(),
  title: z.string().nullable(),
  source: z.string().nullable(),
  url: z.string().nullable(),
  text: z.string(),
  contentHash: z.string(),
  ingestedAt: z.string(),
  sentences: z.array(CharSpan),
  actors: z.array(ActorMentionRecord),
  mentions: z.array(EventMention),
  /** The dates and places the document names, with their spans. */
  dates: z.array(DateMention),
  places: z.array(PlaceMention),
});
export type StoredDocument = z.infer<typeof StoredDocument>;

export const Interval = z.enum(['day', 'week', 'month']);
export type Interval = z.infer<typeof Interval>;

/** Events in one period (its first day), with the Goldstein scale's mean and sum. */
export const TimelinePoint = z.object({
  period: IsoDate,
  count: z.number().int(),
  goldsteinMean: z.number(),
  goldsteinSum: z.number(),
});
export type TimelinePoint = z.infer<typeof TimelinePoint>;

export const DyadCount = z.object({
  source: z.string().nullable(),
  target: z.string().nullable(),
  count: z.number().int(),
  goldsteinMean: z.number(),
});
export type DyadCount = z.infer<typeof DyadCount>;

export const ActorCount = z.object({
  code: z.string(),
  name: z.string().nullable(),
  country: z.string().nullable(),
  count: z.number().int(),
});
export type ActorCount = z.infer<typeof ActorCount>;

export const PlaceCount = z.object({
  name: z.string(),
  country: z.string().nullable(),
  lat: z.number().nullable(),
  lon: z.number().nullable(),
  count: z.number().int(),
});
export type PlaceCount = z.infer<typeof PlaceCount>;

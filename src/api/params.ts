import type { Context } from 'hono';
import { z } from 'zod';
import { EventFilter, Interval } from '../model/index.js';
import { describeIssues, HttpError } from './errors.js';

/** The query string as one value a name; a name given twice is an error rather than a guess. */
function query(c: Context): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, values] of Object.entries(c.req.queries())) {
    if (values.length > 1) throw new HttpError(400, 'E_PARAM', `parameter "${k}" is given ${values.length} times`);
    out[k] = values[0]!;
  }
  return out;
}

/** Checks `input` against `schema`: a 400 naming the parameter at fault otherwise. */
export function parseWith<S extends z.ZodType>(schema: S, input: unknown, what: 'parameter' | 'field' = 'parameter'): z.infer<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new HttpError(400, what === 'field' ? 'E_BODY' : 'E_PARAM', describeIssues(parsed.error, what));
  return parsed.data;
}

/** The event filters of the query string, and nothing else. */
export function filterOf(c: Context): EventFilter {
  return parseWith(EventFilter, query(c));
}

/** Statistics take the filters and an interval. */
export const TimelineQuery = EventFilter.extend({ interval: Interval.default('month') });

export function timelineOf(c: Context): z.infer<typeof TimelineQuery> {
  return parseWith(TimelineQuery, query(c));
}

export const ActorQuery = z.object({
  q: z.string().min(1, 'give some letters of the actor\'s name or code'),
  limit: z.coerce.number().int().min(1).max(1000).default(20),
}).strict();

export function actorQueryOf(c: Context): z.infer<typeof ActorQuery> {
  return parseWith(ActorQuery, query(c));
}

import type { Context } from 'hono';
import { z } from 'zod';
import { CommuniqueError } from '../model/index.js';

/** What every error answer holds: a stable code and one line for a person. */
export const ApiError = z.object({ error: z.object({ code: z.string(), message: z.string() }) });
export type ApiError = z.infer<typeof ApiError>;

/** An error with the HTTP status it answers with. */
export class HttpError extends CommuniqueError {
  constructor(readonly status: 400 | 401 | 403 | 404 | 413 | 500 | 503, code: string, message: string) {
    super(code, message);
  }
}

/** Store and pipeline errors that are the request's fault. */
const BAD_REQUEST = new Set(['E_PARAM', 'E_USAGE', 'E_STORE_MODE']);

/** The JSON answer for any error: 4xx for the request's faults, 500 (without details) for ours. */
export function errorResponse(c: Context, e: unknown): Response {
  if (e instanceof HttpError) return c.json({ error: { code: e.code, message: e.message } } satisfies ApiError, e.status);
  if (e instanceof CommuniqueError) {
    const status = BAD_REQUEST.has(e.code) ? 400 : e.code === 'E_STORE_LOCKED' || e.code === 'E_STORE_BUSY' ? 503 : 500;
    return c.json({ error: { code: e.code, message: e.describe() } } satisfies ApiError, status);
  }
  return c.json({ error: { code: 'E_INTERNAL', message: 'the server failed to answer this request' } } satisfies ApiError, 500);
}

/** A zod failure as one line naming the parameter or field at fault. */
export function describeIssues(error: z.ZodError, what: 'parameter' | 'field'): string {
  const issue = error.issues[0]!;
  if (issue.code === 'unrecognized_keys') return `unknown ${what}${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  const at = issue.path.length ? `${what} "${issue.path.join('.')}": ` : '';
  return `${at}${issue.message}`;
}

import type { Actor } from '../model/actor.js';
import type { Event } from '../model/event.js';
import type { DateMention, PlaceMention } from '../model/mention.js';
import type {
  ActorCount, DyadCount, EventPage, EventWithMentions, Interval, PlaceCount, StoredDocument, TimelinePoint,
} from '../model/store.js';
import { apiQuery, type Filters } from './filters.js';

/** An answer of the API that is not a success, or no answer at all (`E_NETWORK`). */
export class ApiError extends Error {
  constructor(readonly status: number, readonly code: string, message: string) {
    super(message);
  }
}

/** A stored document with every span. */
export type DocumentView = StoredDocument;

/** What POST /api/code answers: a report coded, stored nowhere. */
export interface CodedReport {
  document: { id: string; date: string | null; title: string | null; text: string };
  sentences: [number, number][];
  actors: { sentence: number; actor: Actor }[];
  dates: DateMention[];
  places: PlaceMention[];
  events: Event[];
}

/** A report as the dashboard posts it. */
export interface ReportInput { text: string; date?: string; title?: string }

export interface StoredReport { id: string; stored: boolean; replaced: boolean; events: Event[] }

const inFlight = new Map<string, Promise<unknown>>();

/**
 * A GET: two views asking the same question at once (the dyads and the network) share one request.
 * Its answer is dropped, not aborted, when the caller's `signal` fires, since another may wait on it.
 */
function get<T>(path: string, signal?: AbortSignal): Promise<T> {
  let shared = inFlight.get(path) as Promise<T> | undefined;
  if (!shared) {
    shared = request<T>(path).finally(() => inFlight.delete(path));
    inFlight.set(path, shared);
  }
  if (!signal) return shared;
  return new Promise<T>((resolve, reject) => {
    const abort = () => reject(new DOMException('aborted', 'AbortError'));
    if (signal.aborted) return abort();
    signal.addEventListener('abort', abort, { once: true });
    shared.then(resolve, reject).finally(() => signal.removeEventListener('abort', abort));
  });
}

async function request<T>(path: string, init: RequestInit = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch(`/api${path}`, { ...init, headers: { accept: 'application/json', ...init.headers } });
  } catch (e) {
    if ((e as Error).name === 'AbortError') throw e;
    throw new ApiError(0, 'E_NETWORK', 'the server did not answer: is communique serve still running?');
  }
  const body = await response.json().catch(() => undefined) as { error?: { code: string; message: string } } | undefined;
  if (!response.ok) {
    const error = body?.error;
    throw new ApiError(response.status, error?.code ?? `HTTP_${response.status}`, error?.message ?? `the server answered ${response.status} ${response.statusText}`);
  }
  return body as T;
}

const post = (body: unknown, signal?: AbortSignal): RequestInit => ({
  method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json' }, signal,
});

/** How many pairs the dyad matrix and the network ask for: the same, so that they share one request. */
export const DYAD_LIMIT = 200;

/** The client of communique's REST API (see /openapi.json); every call can be aborted. */
export const api = {
  events: (filters: Filters, cursor: string | undefined, limit: number, signal?: AbortSignal) =>
    get<EventPage>(`/events${apiQuery(filters, { limit, cursor })}`, signal),
  event: (id: string, signal?: AbortSignal) => get<EventWithMentions>(`/events/${encodeURIComponent(id)}`, signal),
  document: (id: string, signal?: AbortSignal) => get<DocumentView>(`/documents/${encodeURIComponent(id)}`, signal),
  actors: (q: string, limit: number, signal?: AbortSignal) =>
    get<{ actors: ActorCount[] }>(`/actors?${new URLSearchParams({ q, limit: String(limit) })}`, signal),
  timeline: (filters: Filters, interval: Interval, signal?: AbortSignal) =>
    get<{ interval: Interval; points: TimelinePoint[] }>(`/stats/timeline${apiQuery(filters, { interval })}`, signal),
  dyads: (filters: Filters, limit: number, signal?: AbortSignal) =>
    get<{ dyads: DyadCount[] }>(`/stats/dyads${apiQuery(filters, { limit })}`, signal),
  topActors: (filters: Filters, limit: number, signal?: AbortSignal) =>
    get<{ actors: ActorCount[] }>(`/stats/actors${apiQuery(filters, { limit })}`, signal),
  places: (filters: Filters, limit: number, signal?: AbortSignal) =>
    get<{ places: PlaceCount[] }>(`/stats/places${apiQuery(filters, { limit })}`, signal),
  code: (report: ReportInput, signal?: AbortSignal) => request<CodedReport>('/code', post(report, signal)),
  store: (report: ReportInput) => request<StoredReport>('/documents', post(report)),
};

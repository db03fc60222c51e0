import { createHash } from 'node:crypto';
import { Hono, type Context } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';
import { z } from 'zod';
import { storeCoded } from '../app/ingest.js';
import { IsoDate, type Document } from '../model/index.js';
import type { Doc } from '../pipeline/index.js';
import type { ApiDeps } from './context.js';
import { HttpError } from './errors.js';
import { parseWith } from './params.js';

/** A report as a client posts it: the text, and what it knows of it. */
export const DocumentInput = z.object({
  id: z.string().min(1).max(200).optional(),
  date: IsoDate.nullable().optional(),
  title: z.string().optional(),
  source: z.string().optional(),
  url: z.string().optional(),
  text: z.string().min(1, 'the report has no text').max(5_000_000, 'the report is longer than 5 MB'),
}).strict();
export type DocumentInput = z.infer<typeof DocumentInput>;

/** The posted JSON as a Document: without an id, one from its text, so posting twice stores once. */
export async function documentFrom(c: Context): Promise<Document> {
  let body: unknown;
  try {
    body = await c.req.json();
  } catch {
    throw new HttpError(400, 'E_BODY', 'the body is not JSON: send {"text": "…", "date": "YYYY-MM-DD"}');
  }
  const input = parseWith(DocumentInput, body, 'field');
  const id = input.id ?? `api-${createHash('sha1').update(input.text).digest('hex').slice(0, 12)}`;
  return {
    id, date: input.date ?? null, text: input.text, title: input.title, source: input.source, url: input.url,
    meta: {}, origin: { file: 'api', format: 'text' },
  };
}

/** What coding a document found, span by span: what the dry run answers and the document view shows. */
export function codedView(doc: Doc) {
  return {
    document: { id: doc.document.id, date: doc.document.date, title: doc.document.title ?? null, text: doc.document.text },
    sentences: doc.sentences.map((s) => [s.charStart, s.charEnd]),
    actors: doc.actors.map((m) => ({ sentence: m.sentence, actor: m.actor })),
    dates: doc.dates,
    places: doc.places,
    events: doc.events,
  };
}

const LOOPBACK = /^(127\.|::1$|::ffff:127\.)/;

/**
 * Whether a request may store documents: with a server token, only with it; without one, only from
 * this machine (`address` is the client's, undefined when unknown).
 */
export function checkMayPost(token: string | undefined, authorization: string | undefined, address: string | undefined): void {
  if (token) {
    if (authorization?.replace(/^Bearer\s+/i, '') !== token) throw new HttpError(401, 'E_TOKEN', 'this server needs its token: send "Authorization: Bearer TOKEN"');
    return;
  }
  if (!address || !LOOPBACK.test(address)) {
    throw new HttpError(403, 'E_FORBIDDEN', 'documents may be posted from this machine only; start the server with --token to accept them from others');
  }
}

function remoteAddress(c: Context): string | undefined {
  try {
    return getConnInfo(c).remote.address;
  } catch {
    return undefined; // not served by node (app.request in a test): unknown
  }
}

/** GET /api/documents/:id (the text with every span) and POST /api/documents (code and store). */
export function documentRoutes({ store, coder, token }: ApiDeps): Hono {
  const app = new Hono();
  app.get('/:id', async (c) => {
    const found = await store.getDocument(c.req.param('id'));
    if (!found) throw new HttpError(404, 'E_NOT_FOUND', `no document "${c.req.param('id')}"`);
    return c.json(found);
  });
  app.post('/', async (c) => {
    checkMayPost(token, c.req.header('authorization'), remoteAddress(c));
    const document = await documentFrom(c);
    const doc = coder().run(document);
    const result = await storeCoded([doc], store);
    return c.json({ id: document.id, stored: result.stored > 0, replaced: result.replaced.length > 0, events: doc.events }, result.stored > 0 ? 201 : 200);
  });
  return app;
}

/** POST /api/code: codes a report and answers with what it found, storing nothing (the dashboard's "Try it"). */
export function codeRoutes({ coder }: ApiDeps): Hono {
  const app = new Hono();
  app.post('/', async (c) => c.json(codedView(coder().run(await documentFrom(c)))));
  return app;
}

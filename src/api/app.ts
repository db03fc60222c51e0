import { Hono } from 'hono';
import type { ApiDeps } from './context.js';
import { errorResponse, HttpError } from './errors.js';
import { eventRoutes } from './events.js';
import { codeRoutes, documentRoutes } from './documents.js';
import { actorRoutes } from './actors.js';
import { statsRoutes } from './stats.js';
import { openApiDocument } from './openapi.js';
import { webRoutes } from './web.js';
import { AnswerCache } from './cache.js';

export type { ApiDeps } from './context.js';

/**
 * The HTTP app: the REST API under /api, its OpenAPI document at /openapi.json, and the dashboard
 * everywhere else. Errors are JSON `{error: {code, message}}`: 400 for a wrong parameter, 404 for an
 * unknown id. Tests call it with `app.request()`; `communique serve` serves it.
 */
export function createApp(deps: ApiDeps, version: string): Hono {
  const app = new Hono();
  app.onError((e, c) => errorResponse(c, e));
  app.use('/api/*', (deps.cache ?? new AnswerCache(deps.store)).middleware());
  app.route('/api/events', eventRoutes(deps));
  app.route('/api/documents', documentRoutes(deps));
  app.route('/api/code', codeRoutes(deps));
  app.route('/api/actors', actorRoutes(deps));
  app.route('/api/stats', statsRoutes(deps));
  const openapi = openApiDocument(version);
  app.get('/openapi.json', (c) => c.json(openapi));
  app.all('/api/*', () => {
    throw new HttpError(404, 'E_NOT_FOUND', 'no such API path (see /openapi.json)');
  });
  app.route('/', webRoutes(deps.webRoot));
  return app;
}

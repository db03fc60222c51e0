import { Hono } from 'hono';
import type { ApiDeps } from './context.js';
import { actorQueryOf } from './params.js';

/** GET /api/actors?q=: actors whose code or name matches, with how many events name them. */
export function actorRoutes({ store }: ApiDeps): Hono {
  const app = new Hono();
  app.get('/', async (c) => {
    const { q, limit } = actorQueryOf(c);
    return c.json({ actors: await store.searchActors(q, limit) });
  });
  return app;
}

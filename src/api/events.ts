import { Hono } from 'hono';
import type { ApiDeps } from './context.js';
import { HttpError } from './errors.js';
import { filterOf } from './params.js';

/** GET /api/events (filters, limit, cursor) and GET /api/events/:id (with every report). */
export function eventRoutes({ store }: ApiDeps): Hono {
  const app = new Hono();
  app.get('/', async (c) => c.json(await store.queryEvents(filterOf(c))));
  app.get('/:id', async (c) => {
    const found = await store.getEvent(c.req.param('id'));
    if (!found) throw new HttpError(404, 'E_NOT_FOUND', `no event "${c.req.param('id')}"`);
    return c.json(found);
  });
  return app;
}

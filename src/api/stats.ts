import { Hono } from 'hono';
import type { ApiDeps } from './context.js';
import { filterOf, timelineOf } from './params.js';

/** GET /api/stats/timeline, /dyads, /actors and /places: counts and Goldstein values under the event filters. */
export function statsRoutes({ store }: ApiDeps): Hono {
  const app = new Hono();
  app.get('/timeline', async (c) => {
    const { interval, ...filter } = timelineOf(c);
    return c.json({ interval, points: await store.timeline(filter, interval) });
  });
  app.get('/dyads', async (c) => {
    const filter = filterOf(c);
    return c.json({ dyads: await store.topDyads(filter, filter.limit) });
  });
  app.get('/actors', async (c) => {
    const filter = filterOf(c);
    return c.json({ actors: await store.topActors(filter, filter.limit) });
  });
  app.get('/places', async (c) => {
    const filter = filterOf(c);
    return c.json({ places: await store.topPlaces(filter, filter.limit) });
  });
  return app;
}

import type { MiddlewareHandler } from 'hono';
import type { Store } from '../store/index.js';

interface Entry {
  generation: number;
  /** The answer's bytes, encoded once; undefined until it is made, or when it was no 200. */
  body?: Uint8Array;
  made: Promise<void>;
}

/**
 * Answers to GET /api requests, kept until the store next changes: a dashboard asks the same
 * questions again and again, and many clients asking one question at once wait for one answer.
 * Only 200 answers are kept; the oldest go first beyond `max` entries. `hit` serves a kept answer
 * before any routing (communique serve asks it first).
 */
export class AnswerCache {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly store: Store, private readonly max = 500) {}

  /** The kept answer to a path and query ("/api/events?limit=50"), if it is still current. */
  hit(pathAndQuery: string): Uint8Array | undefined {
    const e = this.entries.get(pathAndQuery);
    return e && e.generation === this.store.generation ? e.body : undefined;
  }

  middleware(): MiddlewareHandler {
    return async (c, next) => {
      if (c.req.method !== 'GET') return next();
      const url = new URL(c.req.url);
      const key = url.pathname + url.search;
      const generation = this.store.generation;
      const found = this.entries.get(key);
      if (found && found.generation === generation) {
        await found.made;
        if (found.body) return c.body(found.body as Uint8Array<ArrayBuffer>, 200, { 'content-type': JSON_TYPE });
      }
      let done!: () => void;
      const entry: Entry = { generation, made: new Promise((resolve) => (done = resolve)) };
      this.entries.delete(key);
      this.entries.set(key, entry);
      if (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value!);
      try {
        await next();
        if (c.res.status === 200 && this.store.generation === generation) entry.body = new Uint8Array(await c.res.clone().arrayBuffer());
      } finally {
        done();
        if (!entry.body && this.entries.get(key) === entry) this.entries.delete(key);
      }
    };
  }
}

export const JSON_TYPE = 'application/json; charset=UTF-8';

import { existsSync, readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { Hono } from 'hono';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon', '.woff2': 'font/woff2',
};

const NOT_BUILT = `<!doctype html><meta charset="utf-8"><title>communique</title>
<p>The dashboard is not built. Run <code>npm run build</code>, then start the server again. The API answers at <a href="/openapi.json">/api</a>.</p>`;

/**
 * The dashboard: files of the built app under `root`, and its page for every other path that is not
 * the API's, so that a shared link (/events?country=CHN) opens it.
 */
export function webRoutes(root: string | undefined): Hono {
  const app = new Hono();
  const index = root && existsSync(join(root, 'index.html')) ? readFileSync(join(root, 'index.html'), 'utf8') : undefined;
  app.get('*', (c) => {
    if (!root || !index) return c.html(NOT_BUILT);
    const path = normalize(decodeURIComponent(new URL(c.req.url).pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = join(root, path);
    if (path !== '/' && file.startsWith(root) && existsSync(file) && extname(file)) {
      const immutable = path.startsWith('/assets/');
      return c.body(readFileSync(file), 200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      });
    }
    return c.html(index);
  });
  return app;
}

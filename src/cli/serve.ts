import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createServer } from 'node:http';
import { getRequestListener } from '@hono/node-server';
import { AnswerCache, JSON_TYPE } from '../api/cache.js';
import { createApp } from '../api/app.js';
import { ingestInputs } from '../app/ingest.js';
import { loadLexicon } from '../lexicon/index.js';
import { loadGazetteer } from '../lexicon/gazetteer/index.js';
import { CommuniqueError } from '../model/index.js';
import { createPipeline, type Pipeline } from '../pipeline/index.js';
import { Store } from '../store/index.js';
import type { Command } from './command.js';
import { createDiagnosticPrinter } from './report.js';
import { requireDb } from './store/ingest.js';

/** Where `npm run build` leaves the dashboard. */
const WEB_ROOT = fileURLToPath(new URL('../../dist/web/', import.meta.url));

function version(): string {
  return (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
}

/** The pipeline that codes posted reports, loaded when the first one comes. */
function lazyCoder(): () => Pipeline {
  let coder: Pipeline | undefined;
  return () => {
    if (!coder) {
      const lexicon = loadLexicon();
      coder = createPipeline({ lexicon, gazetteer: loadGazetteer({ states: lexicon.data.states.values() }) });
    }
    return coder;
  };
}

export const serveCommand: Command = {
  name: 'serve',
  summary: 'Serve the dashboard and the REST API over a database file.',
  arguments: '',
  description: [
    'The dashboard is at / and the API under /api (GET /api/events, /api/events/:id, /api/documents/:id,',
    '/api/actors?q=, /api/stats/timeline, /api/stats/dyads, /api/stats/places; POST /api/documents to',
    'code and store a report, POST /api/code to code one without storing it); its OpenAPI document is',
    'at /openapi.json. The server listens on 127.0.0.1 unless --host says otherwise; posting documents',
    'needs --token from any other machine. --init PATHS ingests those files first when the database',
    'holds no document yet (what `npm start` does with examples/).',
    '',
    'Examples:',
    '  communique serve --db events.duckdb',
    '  communique serve --db events.duckdb --host 0.0.0.0 --port 8080 --token "$TOKEN"',
  ],
  options: {
    db: { type: 'string', placeholder: 'FILE', description: 'the database file' },
    port: { type: 'string', placeholder: 'N', description: 'the port to listen on', default: '8750' },
    host: { type: 'string', placeholder: 'ADDRESS', description: 'the address to listen on', default: '127.0.0.1' },
    token: { type: 'string', placeholder: 'TOKEN', description: 'a secret that POST /api/documents must carry (Authorization: Bearer TOKEN)' },
    init: { type: 'string', multiple: true, placeholder: 'PATH', description: 'files or folders to ingest first when the database holds no document' },
  },
  async run({ values }, io) {
    const path = requireDb(values, 'serve');
    const port = Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new CommuniqueError('E_USAGE', `--port must be a port number, not "${String(values.port)}"`);
    const store = await Store.open(path);
    const init = values.init as string[] | undefined;
    if (init?.length && (await store.counts()).documents === 0) {
      io.stderr.write(`communique: ${path} is empty: ingesting ${init.join(', ')} first\n`);
      const printer = createDiagnosticPrinter(io.stderr, values.quiet === true);
      const s = await ingestInputs(init, store, { onDiagnostic: (d) => printer.print(d) });
      printer.finish();
      io.stderr.write(`communique: stored ${s.totals.documents} documents and ${s.totals.events} events in ${s.seconds.toFixed(1)} s\n`);
    }
    const cache = new AnswerCache(store);
    const app = createApp({ store, coder: lazyCoder(), token: values.token as string | undefined, webRoot: WEB_ROOT, cache }, version());
    const host = values.host as string;
    const listener = getRequestListener(app.fetch);
    // A question asked before is answered before any routing: a dashboard repeats its questions
    const server = createServer((req, res) => {
      const kept = req.method === 'GET' && req.url?.startsWith('/api/') ? cache.hit(req.url) : undefined;
      if (!kept) return void listener(req, res);
      res.writeHead(200, { 'content-type': JSON_TYPE, 'content-length': kept.byteLength });
      res.end(kept);
    });
    server.listen(port, host);
    await new Promise<void>((resolve, reject) => {
      server.once('listening', resolve);
      server.once('error', (e: NodeJS.ErrnoException) => reject(e.code === 'EADDRINUSE'
        ? new CommuniqueError('E_USAGE', `port ${port} on ${host} is in use: give another with --port`)
        : e));
    });
    const address = server.address();
    const shown = typeof address === 'object' && address ? `${host.includes(':') ? `[${host}]` : host}:${address.port}` : `${host}:${port}`;
    io.stderr.write(`communique: serving ${path} at http://${shown}/ (API under /api, OpenAPI at /openapi.json); Ctrl-C stops\n`);
    await new Promise<void>((resolve) => {
      const stop = () => {
        server.close(() => resolve());
        setTimeout(resolve, 2000).unref(); // open keep-alive connections do not hold the store
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    store.close();
    return 0;
  },
};

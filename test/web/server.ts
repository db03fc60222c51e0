import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve, type ServerType } from '@hono/node-server';
import { build } from 'vite';
import { createApp } from '../../src/api/app.js';
import { ingestInputs } from '../../src/app/ingest.js';
import { loadLexicon } from '../../src/lexicon/index.js';
import { loadGazetteer } from '../../src/lexicon/gazetteer/index.js';
import { createPipeline, type Pipeline } from '../../src/pipeline/index.js';
import { Store } from '../../src/store/index.js';

export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** Whether the browser tests can run here; they skip, saying why, when Debian's chromium is absent. */
export function hasChromium(): boolean {
  const ok = existsSync(CHROMIUM);
  if (!ok) console.log(`skipping the dashboard's browser tests: ${CHROMIUM} is absent (apt-get install chromium; CI has it)`);
  return ok;
}

/** The dashboard built from src/web into a fresh folder, as `npm run build` builds it. */
export async function buildDashboard(outDir: string): Promise<void> {
  await build({ configFile: 'src/web/vite.config.ts', build: { outDir, emptyOutDir: true }, logLevel: 'error' });
}

export interface Served { url: string; store: Store; close(): Promise<void> }

/**
 * `communique serve` over a store in `dir` (filled from `inputs` when given), or over the file
 * `existing` opened read-only, on a free loopback port.
 */
export async function startServer(dir: string, name: string, webRoot: string, inputs: string[] = [], existing?: string): Promise<Served> {
  const store = existing ? await Store.open(existing, { readOnly: true }) : await Store.open(join(dir, `${name}.duckdb`));
  if (inputs.length) await ingestInputs(inputs, store);
  let coder: Pipeline | undefined;
  const lazy = () => {
    if (!coder) {
      const lexicon = loadLexicon();
      coder = createPipeline({ lexicon, gazetteer: loadGazetteer({ states: lexicon.data.states.values() }) });
    }
    return coder;
  };
  const app = createApp({ store, coder: lazy, webRoot }, 'test');
  const server: ServerType = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    store,
    close: () => new Promise<void>((resolve) => {
      server.close(() => resolve());
      (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
    }).then(() => store.close()),
  };
}

/** A temporary folder, removed by the function returned. */
export function tempDir(): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'communique-web-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from 'playwright-core';
import { MIGRATIONS } from '../dist/store/index.js';
import { CHROMIUM, CHROMIUM_ARGS, tempDir } from '../test/web/server.js';
import { spawnServe } from './serve.js';
import { median } from './frontend.js';
import { generate } from './store.js';

// The dashboard's figures, printed; never asserted. Targets (issue 7): first meaningful paint under
// 1 s on the example store, the JavaScript shipped under 500 KB gzipped, filter changes answered
// under 200 ms on a store of a million events.

const MILLION = join('bench', '.cache', `synthetic-1m-v${MIGRATIONS.at(-1)!.version}.duckdb`);
const fmt = (n: number) => Math.round(n).toLocaleString('en');

/**
 * Marks, in the page, when the timeline and the events table first both show data; counts the API
 * requests started and pending, and when the last one ended.
 */
const WATCH = `(() => {
  const api = window.__api = { started: 0, pending: 0, lastEnd: 0, took: [] };
  const fetch0 = window.fetch;
  window.fetch = (...args) => {
    api.started++; api.pending++;
    const t = performance.now();
    return fetch0(...args).then((r) => r.clone().arrayBuffer().then(() => r)).finally(() => {
      api.pending--; api.lastEnd = performance.now();
      api.took.push([new URL(String(args[0]), location.href).pathname, api.lastEnd - t]);
    });
  };
  const check = () => {
    if (window.__painted === undefined && document.querySelector('.timeline rect.bar') && document.querySelector('.events-table tbody tr')) {
      window.__painted = performance.now();
    }
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true });
})();`;

/** What the code run in the page uses (this file is checked without the DOM's types). */
interface Api { started: number; pending: number; lastEnd: number; took: [string, number][] }
interface PageGlobals {
  __api: Api;
  __painted?: number;
  history: { pushState(state: null, unused: string, url: string): void };
  dispatchEvent(event: unknown): void;
  PopStateEvent: new (type: string) => unknown;
  document: { querySelector(selector: string): unknown };
}

/** Time until the timeline and the table have rendered data, from the start of navigation, in a fresh context (empty cache). */
async function firstPaint(browser: Browser, url: string): Promise<{ meaningful: number; contentful: number }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.addInitScript(WATCH);
  await page.goto(url);
  await page.waitForFunction(() => (globalThis as unknown as PageGlobals).__painted !== undefined);
  const times = await page.evaluate(() => ({
    meaningful: (globalThis as unknown as PageGlobals).__painted!,
    contentful: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
  }));
  await context.close();
  return times;
}

/**
 * One filter change on the overview, as the dashboard makes it (history and popstate): the time
 * until the last API request it makes is answered, and until the table shows the new events.
 */
async function filterChange(page: Page, search: string): Promise<{ answered: number; rendered: number; requests: number }> {
  const { t0, before } = await page.evaluate((s) => {
    const w = globalThis as unknown as PageGlobals;
    const before = w.__api.started;
    const t0 = performance.now();
    w.history.pushState(null, '', `/${s}`);
    w.dispatchEvent(new w.PopStateEvent('popstate'));
    return { t0, before };
  }, search);
  await page.waitForFunction((before) => {
    const w = globalThis as unknown as PageGlobals;
    return w.__api.started > before && w.__api.pending === 0 && !w.document.querySelector('[aria-busy="true"]');
  }, before, { polling: 'raf', timeout: 60_000 });
  const after = await page.evaluate(() => ({ now: performance.now(), ...(globalThis as unknown as PageGlobals).__api }));
  return { answered: after.lastEnd - t0, rendered: after.now - t0, requests: after.started - before };
}

export async function benchDashboard(): Promise<void> {
  console.log('\nthe dashboard (chromium, 1280×800)');
  if (!existsSync(CHROMIUM)) {
    console.log(`  skipped: ${CHROMIUM} is absent`);
    return;
  }
  // what `communique serve` serves: the dashboard as `npm run build` made it (npm run bench builds first)
  const webRoot = join('dist', 'web');
  if (!existsSync(join(webRoot, 'index.html'))) {
    console.log(`  skipped: ${webRoot} is absent (npm run build makes it)`);
    return;
  }
  const tmp = tempDir();
  const assets = readdirSync(join(webRoot, 'assets'));
  const size = (ext: string) => assets.filter((f) => f.endsWith(ext)).reduce((n, f) => {
    const bytes = readFileSync(join(webRoot, 'assets', f));
    return { raw: n.raw + bytes.length, gzip: n.gzip + gzipSync(bytes, { level: 9 }).length };
  }, { raw: 0, gzip: 0 });
  const js = size('.js'), css = size('.css');
  console.log(`  JavaScript shipped: ${fmt(js.gzip / 1024)} KB gzipped (${fmt(js.raw / 1024)} KB raw, country shapes included; target 500 KB); CSS ${fmt(css.gzip / 1024)} KB gzipped`);

  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    const examples = await spawnServe(join(tmp.dir, 'examples.duckdb'), ['examples']);
    try {
      await firstPaint(browser, examples.url); // warm the server's first queries
      const runs = [];
      // Each load asks the server questions it has not answered (a start date before every report,
      // another each time): `serve` keeps its answers, which would flatter a repeated load.
      for (let i = 0; i < 7; i++) runs.push(await firstPaint(browser, `${examples.url}/?interval=${['month', 'week', 'day'][i % 3]}&from=2000-01-0${i + 1}`));
      console.log(`  first meaningful paint on the example store (timeline and table with data): median ${fmt(median(runs.map((r) => r.meaningful)))} ms, first contentful paint ${fmt(median(runs.map((r) => r.contentful)))} ms (7 cold loads; target 1 s)`);
    } finally {
      await examples.close();
    }

    let made = '';
    if (!existsSync(MILLION)) {
      mkdirSync(join('bench', '.cache'), { recursive: true });
      const partial = `${MILLION}.partial`;
      rmSync(partial, { force: true });
      const t = performance.now();
      await generate(partial, 1_000_000);
      renameSync(partial, MILLION);
      made = `, made in ${((performance.now() - t) / 1000).toFixed(0)} s`;
    }
    const big = await spawnServe(MILLION);
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      await page.addInitScript(WATCH);
      await page.goto(`${big.url}/`);
      await page.locator('.events-table tbody tr').first().waitFor({ timeout: 60_000 });
      await page.waitForFunction(() => !(globalThis as unknown as PageGlobals).document.querySelector('[aria-busy="true"]'), undefined, { timeout: 60_000 });
      // Values not asked before, so that no answer comes from the server's cache.
      const changes: [string, string[]][] = [
        ['a country', ['CHN', 'USA', 'RUS', 'BRA', 'KEN'].map((c) => `?country=${c}`)],
        ['a dyad', ['USA,CHN', 'RUS,UKR', 'FRA,DEU', 'IND,PAK', 'ISR,PSE'].map((d) => `?dyad=${d}`)],
        ['a year (the brush)', [2016, 2018, 2019, 2021, 2023].map((y) => `?from=${y}-01-01&to=${y}-12-31`)],
        ['a CAMEO root and a country', ['01', '04', '11', '17', '19'].map((c, i) => `?cameo=${c}&country=${['JPN', 'IND', 'TUR', 'MEX', 'EGY'][i]}`)],
        ['words in the sentence', ['Synthetic report number 12', 'of GBR and', 'of CHN and IRN', 'report number 99', 'of ZAF'].map((t) => `?text=${encodeURIComponent(t)}`)],
      ];
      await page.evaluate(() => (globalThis as unknown as PageGlobals).__api.took.splice(0));
      console.log(`  filter changes on the overview over ${fmt(1_000_000)} synthetic events (${MILLION}${made}), medians of 5 values each (target 200 ms):`);
      console.log('    answered: until the last of its API requests is answered; rendered: until the page shows them all');
      for (const [name, searches] of changes) {
        const r = [];
        for (const s of searches) r.push(await filterChange(page, s));
        const took = await page.evaluate(() => (globalThis as unknown as PageGlobals).__api.took.splice(0));
        const paths = [...new Set(took.map(([p]) => p))];
        const each = paths.map((p) => `${p.replace('/api/', '')} ${fmt(median(took.filter(([q]) => q === p).map(([, ms]) => ms)))}`).join(', ');
        console.log(`    ${name.padEnd(28)} answered in ${fmt(median(r.map((x) => x.answered))).padStart(5)} ms, rendered in ${fmt(median(r.map((x) => x.rendered))).padStart(5)} ms (${r[0]!.requests} API requests: ${each} ms)`);
      }
      await page.close();
    } finally {
      await big.close();
    }
  } finally {
    await browser.close();
    tmp.remove();
  }
}

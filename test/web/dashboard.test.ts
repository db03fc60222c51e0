import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasSeed, SEED } from '../helpers/shared.js';
import { buildDashboard, CHROMIUM, CHROMIUM_ARGS, hasChromium, startServer, tempDir, type Served } from './server.js';

const ARTIFACTS = 'test/artifacts/dashboard';

/** A report written for this test: a few sentences of diplomacy. */
const REPORT = `GENEVA, March 3 (Wire) -- Swiss Foreign Minister Ignazio Cassis met Kenyan President William Ruto in Geneva on Monday.
The two leaders signed an agreement on trade and climate finance.
Kenya urged the European Union to lift its restrictions on Kenyan flower exports.
Russia accused Ukraine of shelling a power station near Zaporizhzhia.`;

interface Watched { page: Page; requests: string[]; errors: string[] }

describe.skipIf(!hasChromium())('the dashboard in chromium', () => {
  const tmp = tempDir();
  const webRoot = join(tmp.dir, 'web');
  let full: Served, empty: Served, browser: Browser;
  const opened: Watched[] = [];

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    await buildDashboard(webRoot);
    [full, empty, browser] = await Promise.all([
      startServer(tmp.dir, 'examples', webRoot, ['examples']),
      startServer(tmp.dir, 'empty', webRoot),
      chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS }),
    ]);
  });

  afterAll(async () => {
    await browser?.close();
    await Promise.all([full?.close(), empty?.close()]);
    tmp.remove();
  });

  /** A page at 1280×800 that records every request it makes and every console error. */
  async function open(path: string, server = full): Promise<Watched> {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const w: Watched = { page, requests: [], errors: [] };
    page.on('request', (r) => w.requests.push(r.url()));
    page.on('console', (m) => { if (m.type() === 'error') w.errors.push(m.text()); });
    page.on('pageerror', (e) => w.errors.push(e.message));
    opened.push(w);
    await page.goto(server.url + path);
    return w;
  }

  /** Nothing left the machine, nothing went wrong in the console; then the page closes. */
  async function done(w: Watched, screenshot?: string, { allowedErrors, fullPage = false }: { allowedErrors?: RegExp; fullPage?: boolean } = {}): Promise<void> {
    if (screenshot) await w.page.screenshot({ path: join(ARTIFACTS, `${screenshot}.png`), fullPage });
    await w.page.close();
    const away = w.requests.filter((u) => !u.startsWith('data:') && new URL(u).hostname !== '127.0.0.1');
    expect(away, 'requests that left 127.0.0.1').toEqual([]);
    expect(w.errors.filter((e) => !allowedErrors?.test(e)), 'console errors').toEqual([]);
  }

  const rows = (page: Page) => page.locator('.events-table tbody tr');

  it('shows the overview: timeline, dyads, network and events, with data', async () => {
    const w = await open('/');
    const { page } = w;
    await page.locator('.events-table tbody tr').first().waitFor();
    await page.locator('.node').first().waitFor();
    expect(await page.locator('.timeline rect.bar').count()).toBeGreaterThan(10);
    expect(await page.locator('button.cell').count()).toBeGreaterThan(5);
    expect(await page.locator('.node').count()).toBeGreaterThan(10);
    expect(await rows(page).count()).toBe(25);
    await page.screenshot({ path: join(ARTIFACTS, 'overview.png') }); // what a 1280×800 screen shows first
    // Keyboard: the first Tab reaches the skip link; a network node is a link that Enter follows.
    await page.keyboard.press('Tab');
    expect(await page.locator(':focus').textContent()).toBe('Skip to the content');
    const node = page.locator('a.node').first();
    const actor = (await node.getAttribute('aria-label'))!.split(':')[0]!;
    await node.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => u.searchParams.get('actor') === actor);
    await done(w);
  });

  it('filters every view to a dyad clicked in the matrix', async () => {
    const w = await open('/');
    const { page } = w;
    const cell = page.locator('button.cell').first();
    await cell.waitFor();
    const dyad = (await cell.getAttribute('data-dyad'))!;
    const [source, target] = dyad.split(',') as [string, string];
    const count = Number(await cell.textContent());
    await cell.click();
    await page.waitForURL((u) => u.searchParams.get('dyad') === dyad);
    // The filter takes code prefixes, as the API does: USAGOV,CHN also finds USAGOV acting on CHNGOV.
    const pairs = () => rows(page).evaluateAll((trs) => trs.map((tr) => [tr.children[1]!.textContent!, tr.children[3]!.textContent!]));
    await expect.poll(async () => (await pairs()).every(([s, t]) => s.startsWith(source) && t.startsWith(target))).toBe(true);
    expect((await pairs()).length).toBeGreaterThanOrEqual(Math.min(count, 25));
    await expect.poll(() => page.locator('.chips').textContent()).toContain(`${source} → ${target}`);
    await done(w, 'overview-dyad', { fullPage: true });
  });

  it('keeps the filter form in step with the filters, dropping what was typed and not applied', async () => {
    const w = await open('/?country=CHN&quad=1');
    const { page } = w;
    const field = (name: string) => page.locator(`form.filters [name=${name}]`);
    const cell = page.locator('button.cell').first();
    await cell.waitFor();
    expect(await field('country').inputValue()).toBe('CHN');
    expect(await field('quad').inputValue()).toBe('1'); // a select shows its filter too
    expect(await field('plover').inputValue()).toBe('');
    await field('actor').fill('typed, not applied');
    const dyad = (await cell.getAttribute('data-dyad'))!;
    await cell.click();
    await page.waitForURL((u) => u.searchParams.get('dyad') === dyad && u.searchParams.get('country') === 'CHN');
    await expect.poll(() => field('actor').inputValue()).toBe('');
    expect(await field('country').inputValue()).toBe('CHN');
    expect(await field('quad').inputValue()).toBe('1');
    // The chosen cell, chosen again, drops the pair.
    await page.locator(`button.cell[data-dyad="${dyad}"][aria-pressed="true"]`).click();
    await page.waitForURL((u) => !u.searchParams.has('dyad') && u.searchParams.get('country') === 'CHN');
    await done(w);
  });

  it('sets the date range of every view with the timeline brush', async () => {
    const w = await open('/events');
    const { page } = w;
    await rows(page).first().waitFor();
    const box = (await page.locator('svg.timeline').boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.6, box.y + 50);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.9, box.y + 50, { steps: 5 });
    await page.mouse.up();
    await page.waitForURL((u) => u.searchParams.has('from') && u.searchParams.has('to'));
    const from = new URL(page.url()).searchParams.get('from')!, to = new URL(page.url()).searchParams.get('to')!;
    await expect.poll(async () => page.locator('.brush').count()).toBe(1);
    const dates = () => rows(page).evaluateAll((trs) => trs.map((tr) => tr.children[0]!.textContent!));
    await expect.poll(async () => (await dates()).filter((d) => d < from || d > to)).toEqual([]);
    expect((await dates()).length).toBeGreaterThan(0);
    await done(w, 'events-range');
  });

  it('sorts the events table and loads the next page', async () => {
    const w = await open('/events');
    const { page } = w;
    await rows(page).first().waitFor();
    expect(await rows(page).count()).toBe(50);
    await page.getByRole('button', { name: 'Load 50 more' }).click();
    await expect.poll(async () => rows(page).count()).toBe(100);
    await page.getByRole('button', { name: /^Goldstein/ }).click();
    await page.waitForURL((u) => u.searchParams.get('sort') === '-goldstein');
    const values = await rows(page).evaluateAll((trs) => trs.map((tr) => Number(tr.children[4]!.textContent!.replace('−', '-'))));
    expect(values).toEqual([...values].sort((a, b) => b - a));
    await done(w, 'events');
  });

  it('drops the pages it loaded when the filters change', async () => {
    const w = await open('/events');
    const { page } = w;
    await rows(page).first().waitFor();
    await page.getByRole('button', { name: 'Load 50 more' }).click();
    await expect.poll(async () => rows(page).count()).toBe(100);
    await page.getByLabel('CAMEO', { exact: true }).fill('0');
    await page.getByLabel('CAMEO', { exact: true }).press('Enter');
    await page.waitForURL((u) => u.searchParams.get('cameo') === '0');
    const cameos = () => rows(page).evaluateAll((trs) => trs.map((tr) => tr.children[2]!.querySelector('a')!.textContent!));
    await expect.poll(async () => (await cameos()).every((c) => c.startsWith('0'))).toBe(true);
    expect((await cameos()).length).toBeLessThanOrEqual(50);
    await done(w);
  });

  it('applies the filter form, suggesting actors as one types', async () => {
    const w = await open('/events');
    const { page } = w;
    await rows(page).first().waitFor();
    await page.getByLabel('Actor').fill('China');
    await expect.poll(() => page.locator('#actor-suggestions option').count()).toBeGreaterThan(0);
    await page.getByLabel('Actor').press('Enter');
    await page.waitForURL((u) => u.searchParams.get('actor') === 'China');
    const actors = () => rows(page).evaluateAll((trs) => trs.map((tr) => `${tr.children[1]!.querySelector('a')?.title} ${tr.children[3]!.querySelector('a')?.title}`));
    await expect.poll(async () => (await actors()).every((a) => a.includes('China'))).toBe(true);
    await done(w, 'events-actor');
  });

  it('shows the map and the network on their own pages', async () => {
    const map = await open('/map?quad=1');
    await map.page.locator('.cluster').first().waitFor();
    expect(await map.page.locator('.cluster path').count()).toBeGreaterThan(5);
    expect(await map.page.locator('path.country').count()).toBeGreaterThan(100);
    await done(map, 'map', { fullPage: true });
    const net = await open('/network');
    await net.page.locator('.node').first().waitFor();
    expect(await net.page.locator('.node').count()).toBeGreaterThan(10);
    expect(await net.page.locator('line.edge').count()).toBeGreaterThan(10);
    await done(net, 'network', { fullPage: true });
  });

  it('opens a document from the table, its spans marked and its events beside it', async () => {
    const w = await open('/events');
    const { page } = w;
    await rows(page).first().waitFor();
    await page.locator('.evidence-link').first().click();
    await page.waitForURL(/\/documents\//);
    await page.locator('.coded-events li').first().waitFor();
    expect(await page.locator('.marked .m-actor').count()).toBeGreaterThan(0);
    expect(await page.locator('.marked .m-trigger').count()).toBeGreaterThan(0);
    expect(await page.locator('.marked .m-active').count()).toBeGreaterThan(0);
    await expect.poll(() => page.locator('.coded-events li.active').count()).toBe(1);
    await done(w, 'document');
  });

  it('codes a pasted report at once, and stores it when asked', async () => {
    const w = await open('/try');
    const { page } = w;
    await page.getByLabel(/Report text/).fill(REPORT);
    await page.locator('.coded-events li').first().waitFor();
    const events = await page.locator('.coded-events li').allTextContents();
    expect(events.some((e) => /RUS → .* → UKR/.test(e)), events.join('\n')).toBe(true);
    expect(await page.locator('.marked .m-place').count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(ARTIFACTS, 'try-it.png') });
    await page.getByRole('button', { name: 'Store it' }).click();
    await page.locator('.stored a').waitFor();
    await page.locator('.stored a').click();
    await page.locator('.coded-events li').first().waitFor();
    await done(w);
  });

  it.skipIf(!hasSeed())('codes the seed report: CHNGOV → 010 → IGOLAMCEL among its events', async () => {
    const w = await open('/try');
    const { page } = w;
    const answer = page.waitForResponse((r) => r.url().endsWith('/api/code') && r.status() === 200);
    await page.getByLabel(/Report text/).fill(readFileSync(SEED, 'utf8'));
    await (await answer).finished();
    await page.locator('.coded-events li').first().waitFor();
    const events = await page.locator('.coded-events li').allTextContents();
    expect(events.some((e) => /CHNGOV → .*010 .*→ IGOLAMCEL/.test(e)), events.join('\n')).toBe(true);
    await done(w, 'try-it-seed', { fullPage: true });
  });

  it('says so when the store is empty', async () => {
    const w = await open('/', empty);
    await w.page.getByText('The store holds no events yet').first().waitFor();
    await done(w, 'empty');
  });

  it('says so when the server stops answering', async () => {
    const gone = await startServer(tmp.dir, 'gone', webRoot);
    const w = await open('/', gone);
    await w.page.getByText('The store holds no events yet').first().waitFor();
    await gone.close();
    await w.page.getByRole('button', { name: 'week' }).click();
    await w.page.getByRole('alert').first().waitFor();
    expect(await w.page.getByRole('alert').first().textContent()).toMatch(/did not answer.*E_NETWORK/);
    await done(w, 'server-gone', { allowedErrors: /ERR_CONNECTION_REFUSED/ });
  });

  it('says what went wrong when the API refuses a filter', async () => {
    const w = await open('/events?country=CHINA');
    await w.page.getByRole('alert').first().waitFor();
    expect(await w.page.getByRole('alert').first().textContent()).toMatch(/country/);
    await done(w, 'error', { allowedErrors: /status of 400/ });
  });
});

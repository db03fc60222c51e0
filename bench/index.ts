import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { benchActors } from './actors.js';
import { benchFrontEnd } from './frontend.js';
import { benchEvents } from './events.js';
import { benchIngest, benchQueries } from './store.js';
import { benchWhenWhere } from './when-where.js';
import { benchApi } from './api.js';

const fmt = (n: number) => Math.round(n).toLocaleString('en');

// Speed figures, printed; never asserted by tests. Run: npm run bench (one section: npm run bench -- api).
// They measure the built package (dist), which `communique` runs. Each section runs in a fresh
// process, so that what one leaves in the heap, the page cache or DuckDB's threads does not weigh
// on the next: a section's figures are the same whether it runs first or last.
const SECTIONS: Record<string, () => Promise<void>> = {
  'front': async () => {
    const front = await benchFrontEnd();
    console.log(`front end over ${front.megabytes.toFixed(2)} MB of text, ${front.documents} documents (15 runs each, alternating)`);
    console.log(`  wink-nlp model load: ${fmt(front.loadMs)} ms (two engines)`);
    for (const r of front.rows) {
      console.log(`  ${r.name.padEnd(44)} ${r.seconds.toFixed(3)} s  ${fmt(r.sentences / r.seconds).padStart(8)} sentences/s  ${fmt(r.tokens / r.seconds).padStart(9)} tokens/s`);
    }
    console.log(`  speeds: the fastest run of each; ratio: the median of paired runs`);
    console.log(`  ratio front end / bare wink-nlp: ${front.ratio.toFixed(2)}x (target 0.80x or better)`);
  },
  'actors': async () => {
    const actors = await benchActors();
    console.log('actor recognition');
    console.log(`  lexicon load: ${fmt(actors.load.ms)} ms, +${fmt(actors.load.heapMB)} MB heap, +${fmt(actors.load.rssMB)} MB RSS, ${fmt(actors.load.phrases)} phrases (median of 3 fresh processes; targets 300 ms, 150 MB)`);
    console.log(`  front end alone        ${actors.front.toFixed(3)} s  ${fmt(actors.sentences / actors.front).padStart(8)} sentences/s`);
    console.log(`  front end + actors     ${actors.withActors.toFixed(3)} s  ${fmt(actors.sentences / actors.withActors).padStart(8)} sentences/s  (${fmt(actors.actors)} actors)`);
    console.log(`  recognition adds ${(actors.added * 100).toFixed(1)}% to the front end (median of 15 rounds, each document through both in turn; target 20% or less)`);
  },
  'events': async () => {
    const events = await benchEvents();
    console.log('event coding: `code` end to end (read, repair, NLP, actors, events, JSON Lines out)');
    console.log(`  bare wink-nlp tagging  ${events.bare.toFixed(3)} s  ${fmt(events.sentences / events.bare).padStart(8)} sentences/s`);
    console.log(`  code without events    ${events.actors.toFixed(3)} s  ${fmt(events.sentences / events.actors).padStart(8)} sentences/s`);
    console.log(`  code, end to end       ${events.code.toFixed(3)} s  ${fmt(events.sentences / events.code).padStart(8)} sentences/s  (${fmt(events.events)} events; target 10,000 sentences/s)`);
    console.log(`  ratio code / bare wink-nlp: ${events.ratio.toFixed(2)}x; the events stage adds ${(events.eventsAdd * 100).toFixed(1)}% (medians of paired runs)`);
    console.log(`  peak memory of a fresh process coding the corpus with every lexicon: ${fmt(events.maxRssMB)} MB RSS (target 400 MB)`);
  },
  'when-where': async () => {
    const ww = await benchWhenWhere();
    console.log('dates and places: `code` (read, code, JSON Lines out) without and with the when and where stages');
    console.log(`  coding up to events     ${ww.base.toFixed(3)} s  ${fmt(ww.sentences / ww.base).padStart(8)} sentences/s`);
    console.log(`  with dates and places   ${ww.full.toFixed(3)} s  ${fmt(ww.sentences / ww.full).padStart(8)} sentences/s  (${fmt(ww.events)} events: ${fmt(ww.dated)} dated from their sentence, ${fmt(ww.placed)} placed)`);
    console.log(`  dates and places add ${(ww.added * 100).toFixed(1)}% (median of 11 rounds, each document through both pipelines in turn; target 15% or less)`);
    console.log(`  gazetteer load: ${fmt(ww.load.ms)} ms (median of 3 fresh processes, ${ww.load.compiled ? `compiled file ${ww.gazetteerPath}` : 'built from the packages: run `npm run build` for the compiled file'}; target 300 ms)`);
  },
  'ingest': async () => {
    const ingest = await benchIngest();
    console.log('the store: `ingest` (code, deduplicate, store in a fresh DuckDB file) beside `code` (JSON Lines out)');
    console.log(`  code                   ${ingest.code.toFixed(3)} s  ${fmt(ingest.documents / ingest.code).padStart(8)} documents/s`);
    console.log(`  ingest                 ${ingest.ingest.toFixed(3)} s  ${fmt(ingest.documents / ingest.ingest).padStart(8)} documents/s  (${fmt(ingest.documents)} documents, ${fmt(ingest.events)} reports, ${fmt(ingest.stored)} events after deduplication)`);
    console.log(`  speed ratio ingest / code: ${ingest.ratio.toFixed(2)}x (median of 9 paired runs; target 0.70x or better)`);
  },
  'queries': async () => {
    const queries = await benchQueries();
    console.log('the store: queries');
    console.log(`  synthetic store of ${fmt(queries.events)} events (${queries.generatedIn === undefined ? `cached: ${queries.path}` : `made in ${queries.generatedIn.toFixed(0)} s, cached in ${queries.path}`}), medians of 15 runs:`);
    console.log(`  monthly timeline of one country   ${queries.timeline.toFixed(1).padStart(6)} ms (target 100 ms; from the country_days rollup)`);
    console.log(`  the same with a CAMEO root        ${queries.timelineScan.toFixed(1).padStart(6)} ms (from the events)`);
    console.log(`  top 50 dyads of a year            ${queries.dyads.toFixed(1).padStart(6)} ms (target 200 ms)`);
    console.log(`  page of 50, one country           ${queries.page.toFixed(1).padStart(6)} ms (target 50 ms)`);
    console.log(`  page of 50, country and CAMEO     ${queries.pageCameo.toFixed(1).padStart(6)} ms`);
    console.log(`  page of 50, no filter             ${queries.pageAll.toFixed(1).padStart(6)} ms`);
    console.log(`  page of 50, dyad in a year        ${queries.pageYear.toFixed(1).padStart(6)} ms`);
  },
  'api': async () => {
    const api = await benchApi();
    console.log(`the REST API: \`communique serve\` over the examples' store, ${api.connections} keep-alive connections for ${api.seconds} s on loopback (the clients share the machine's cores)`);
    console.log(`  GET /api/events?limit=50: ${fmt(api.perSecond)} requests/s, p50 ${api.p50.toFixed(0)} ms, p99 ${api.p99.toFixed(0)} ms, max ${api.max.toFixed(0)} ms, ${api.errors} errors (target: no errors, p99 under 100 ms)`);
    console.log(`  a question not asked before (answers are kept until the store changes): median ${api.freshMedianMs.toFixed(1)} ms, one client`);
  },
  'dashboard': async () => {
    await import('./dashboard.js').then((m) => m.benchDashboard()); // the dashboard prints its own figures
  },
};

const only = process.argv[2];
if (only !== undefined) {
  const section = SECTIONS[only];
  if (!section) {
    console.error(`bench: no section "${only}"; the sections are ${Object.keys(SECTIONS).join(', ')}`);
    process.exit(2);
  }
  await section();
} else {
  const self = fileURLToPath(import.meta.url);
  for (const [i, name] of Object.keys(SECTIONS).entries()) {
    if (i > 0) console.log();
    const run = spawnSync(process.execPath, [...process.execArgv, self, name], { stdio: 'inherit' });
    if (run.status !== 0) process.exitCode = run.status ?? 1;
  }
}

import { spawnSync } from 'node:child_process';
import { readInputs } from '../dist/pipeline/ingest/index.js';
import { actorsStage, buildPipeline, createNlpEngine, eventsStage, nlpStage, repairStage, silentLogger, whenStage, whereStage, type Context } from '../dist/pipeline/index.js';
import { loadLexicon } from '../dist/lexicon/index.js';
import { GAZETTEER_PATH, loadGazetteer } from '../dist/lexicon/gazetteer/index.js';
import { Writable } from 'node:stream';
import { createWriter } from '../dist/cli/output.js';
import type { Event } from '../dist/model/index.js';
import { corpusFile, fastest, pairedRatio } from './frontend.js';

/** Milliseconds to load the package's gazetteer in a fresh process, and whether it came compiled. */
function gazetteerLoad(): { ms: number; compiled: boolean } {
  const probe = `const { loadLexicon } = await import('./dist/lexicon/index.js');
    const { loadGazetteer, GAZETTEER_PATH } = await import('./dist/lexicon/gazetteer/index.js');
    const { unpackGazetteer } = await import('./dist/lexicon/gazetteer/data.js');
    const { readFileSync } = await import('node:fs');
    const states = loadLexicon().data.states.values();
    const t = performance.now();
    const g = loadGazetteer({ states });
    const ms = performance.now() - t;
    let compiled = false;
    try { compiled = unpackGazetteer(readFileSync(GAZETTEER_PATH))?.version === g.version; } catch {}
    console.log(JSON.stringify({ ms, compiled }));`;
  const runs = [0, 1, 2].map(() => {
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', probe], { encoding: 'utf8' });
    return JSON.parse(r.stdout.trim().split('\n').at(-1)!) as { ms: number; compiled: boolean };
  });
  runs.sort((a, b) => a.ms - b.ms);
  return runs[1]!;
}

/** A sink for JSON Lines: the formatting is measured, the disk is not. */
const discard = () => new Writable({ write(_chunk, _encoding, done) { done(); } });

/**
 * What dates and places add to `code`'s time: reading the corpus file, coding every document and
 * writing its events as JSON Lines, with the pipeline up to events beside the same with the when
 * and where stages; and the gazetteer's load time. Each document goes through both pipelines, one
 * after the other (which first alternates), each timed with the writing of its events: the machine's
 * slow spells, which last longer than a document, fall on both alike. Reading, done once per
 * document, counts on both sides.
 */
export async function benchWhenWhere(rounds = 11, bytes = 1_200_000) {
  const corpus = corpusFile(bytes);
  const lexicon = loadLexicon();
  const gazetteer = loadGazetteer({ states: lexicon.data.states.values() });
  const ctx: Context = { logger: silentLogger, nlp: createNlpEngine(), names: lexicon.names, lexicon, gazetteer };
  const base = buildPipeline([repairStage, nlpStage, actorsStage, eventsStage], ctx);
  const full = buildPipeline([repairStage, nlpStage, actorsStage, eventsStage, whenStage, whereStage], ctx);
  let events = 0, dated = 0, placed = 0, sentences = 0;
  /** One pass over the corpus: seconds of each side, reading included. */
  const round = async () => {
    events = dated = placed = sentences = 0;
    const writers = [createWriter<Event>('jsonl', discard(), []), createWriter<Event>('jsonl', discard(), [])];
    const spent = [0, 0];
    let flip = false;
    const started = performance.now();
    for await (const { document: d } of readInputs([corpus.path])) {
      if (!d) continue;
      for (const side of flip ? [1, 0] : [0, 1]) {
        const t = performance.now();
        const doc = (side === 1 ? full : base).run(d);
        for (const e of doc.events) await writers[side]!.write(e);
        spent[side]! += performance.now() - t;
        if (side === 1) {
          sentences += doc.sentences.length;
          events += doc.events.length;
          for (const e of doc.events) {
            if (e.date !== d.date) dated++;
            if (e.place) placed++;
          }
        }
      }
      flip = !flip;
    }
    for (const [side, w] of writers.entries()) {
      const t = performance.now();
      await w.end();
      spent[side]! += performance.now() - t;
    }
    const reading = performance.now() - started - spent[0]! - spent[1]!;
    return { base: (spent[0]! + reading) / 1000, full: (spent[1]! + reading) / 1000 };
  };
  for (let i = 0; i < 2; i++) await round();
  const times = { base: [] as number[], full: [] as number[] };
  for (let i = 0; i < rounds; i++) {
    const r = await round();
    times.base.push(r.base);
    times.full.push(r.full);
  }
  corpus.cleanup();
  return {
    sentences, events, dated, placed,
    base: fastest(times.base), full: fastest(times.full),
    added: pairedRatio(times.full, times.base) - 1,
    load: gazetteerLoad(),
    gazetteerPath: GAZETTEER_PATH,
  };
}

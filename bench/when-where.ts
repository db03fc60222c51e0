import { spawnSync } from 'node:child_process';
import { actorsStage, buildPipeline, createNlpEngine, eventsStage, nlpStage, repairStage, silentLogger, whenStage, whereStage, type Context } from '../dist/pipeline/index.js';
import { loadLexicon } from '../dist/lexicon/index.js';
import { GAZETTEER_PATH, loadGazetteer } from '../dist/lexicon/gazetteer/index.js';
import { Writable } from 'node:stream';
import { createWriter } from '../dist/cli/output.js';
import type { Event } from '../dist/model/index.js';
import { corpusFile, fastest, interleaved, pairedRatio, type Side } from './frontend.js';

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
 * and where stages, each document through both in turn (see interleaved), each timed with the
 * writing of its events; and the gazetteer's load time.
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
    const side = (pipeline: typeof base): Side => {
      const writer = createWriter<Event>('jsonl', discard(), []);
      return {
        async run(d) {
          const doc = pipeline.run(d);
          for (const e of doc.events) await writer.write(e);
          return doc;
        },
        end: () => writer.end(),
      };
    };
    const [b, f] = await interleaved(corpus.path, [side(base), side(full)], (i, doc) => {
      if (i !== 1) return;
      sentences += doc.sentences.length;
      events += doc.events.length;
      for (const e of doc.events) {
        if (e.date !== doc.document.date) dated++;
        if (e.place) placed++;
      }
    });
    return { base: b!, full: f! };
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

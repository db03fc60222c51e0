import { spawnSync } from 'node:child_process';
import { Writable } from 'node:stream';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { codeInputs } from '../dist/app/code.js';
import { createWriter } from '../dist/cli/output.js';
import { loadLexicon } from '../dist/lexicon/index.js';
import { loadGazetteer } from '../dist/lexicon/gazetteer/index.js';
import { createNlpEngine, WINK_PIPE } from '../dist/pipeline/nlp/index.js';
import type { Event } from '../dist/model/index.js';
import { corpusFile, fastest, pairedRatio } from './frontend.js';

/** A sink for JSON Lines: the formatting is measured, the disk is not. */
const discard = () => new Writable({ write(_chunk, _encoding, done) { done(); } });

/**
 * `code` end to end (read JSONL, repair, NLP, actors, events, JSON Lines out) beside bare wink-nlp
 * tagging of the same texts, alternating; what the events stage adds over actors; and the peak
 * memory of a fresh process that codes the corpus with every lexicon loaded.
 */
export async function benchEvents(rounds = 11, bytes = 1_200_000) {
  const corpus = corpusFile(bytes);
  const nlp = winkNLP(model, WINK_PIPE);
  const its = nlp.its;
  const engine = createNlpEngine();
  const lexicon = loadLexicon();
  const gazetteer = loadGazetteer({ states: lexicon.data.states.values() });
  const bare = () => {
    for (const text of corpus.texts) nlp.readDoc(text).tokens().out(its.pos);
  };
  let sentences = 0, events = 0;
  const code = async (withEvents: boolean) => {
    const writer = createWriter<Event>('jsonl', discard(), []);
    const s = await codeInputs([corpus.path], {
      nlp: engine, lexicon, gazetteer, events: withEvents,
      onDocument: async (doc) => { for (const e of doc.events) await writer.write(e); },
    });
    await writer.end();
    sentences = s.sentences;
    events = s.events;
  };
  for (let i = 0; i < 2; i++) { bare(); await code(false); await code(true); } // warm all three
  const times = { bare: [] as number[], actors: [] as number[], code: [] as number[] };
  for (let i = 0; i < rounds; i++) {
    let t = performance.now(); bare(); times.bare.push((performance.now() - t) / 1000);
    t = performance.now(); await code(false); times.actors.push((performance.now() - t) / 1000);
    t = performance.now(); await code(true); times.code.push((performance.now() - t) / 1000);
  }

  const probe = `const { codeInputs } = await import('./dist/app/code.js');
    const s = await codeInputs([${JSON.stringify(corpus.path)}], {});
    console.log(JSON.stringify({ maxRssMB: process.resourceUsage().maxRSS / 1024, events: s.events }));`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', probe], { encoding: 'utf8' });
  const memory = JSON.parse(r.stdout.trim().split('\n').at(-1)!) as { maxRssMB: number; events: number };
  corpus.cleanup();
  return {
    sentences, events,
    bare: fastest(times.bare), actors: fastest(times.actors), code: fastest(times.code),
    ratio: pairedRatio(times.bare, times.code),
    eventsAdd: pairedRatio(times.code, times.actors) - 1,
    maxRssMB: memory.maxRssMB,
  };
}

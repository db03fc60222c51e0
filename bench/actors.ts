import { spawnSync } from 'node:child_process';
import { createNlpEngine, createPipeline } from '../dist/pipeline/index.js';
import { loadLexicon } from '../dist/lexicon/index.js';
import { corpusFile, interleaved, median, pairedRatio } from './frontend.js';

/**
 * The lexicon's load time and memory, each in a fresh process (as a user's first command pays them),
 * and what actor recognition adds to the front end on the same texts: the median over rounds, each
 * document through the front end alone and with recognition in turn.
 */
export async function benchActors(rounds = 15, bytes = 1_200_000) {
  const probe = `const m0 = process.memoryUsage(); const t = performance.now();
    const { loadLexicon } = await import('./dist/lexicon/index.js'); const t1 = performance.now();
    const lex = loadLexicon(); const t2 = performance.now(); global.gc?.(); const m1 = process.memoryUsage();
    console.log(JSON.stringify({ importMs: t1 - t, loadMs: t2 - t1, heapMB: (m1.heapUsed - m0.heapUsed) / 1e6, rssMB: (m1.rss - m0.rss) / 1e6, phrases: lex.matcher.size }));`;
  const loads = Array.from({ length: 3 }, () => {
    const r = spawnSync(process.execPath, ['--expose-gc', '--input-type=module', '-e', probe], { encoding: 'utf8' });
    return JSON.parse(r.stdout.trim().split('\n').at(-1)!) as { importMs: number; loadMs: number; heapMB: number; rssMB: number; phrases: number };
  });

  const corpus = corpusFile(bytes);
  const nlp = createNlpEngine();
  const lexicon = loadLexicon();
  // Each document goes through the front end alone and with recognition in turn (see interleaved).
  const pipelines = [createPipeline({ nlp }), createPipeline({ nlp, lexicon, events: false })];
  let sentences = 0, actors = 0;
  const round = async () => {
    sentences = actors = 0;
    const [front, withActors] = await interleaved(corpus.path, pipelines, (side, doc) => {
      if (side !== 1) return;
      sentences += doc.sentences.length;
      actors += doc.actors.length;
    });
    return { front: front!, actors: withActors! };
  };
  for (let i = 0; i < 2; i++) await round(); // warm both
  const times = { front: [] as number[], actors: [] as number[] };
  for (let i = 0; i < rounds; i++) {
    const r = await round();
    times.front.push(r.front);
    times.actors.push(r.actors);
  }
  corpus.cleanup();
  const front = Math.min(...times.front), withActors = Math.min(...times.actors);
  const added = pairedRatio(times.actors, times.front) - 1;
  return {
    load: { ms: median(loads.map((l) => l.loadMs)), heapMB: median(loads.map((l) => l.heapMB)), rssMB: median(loads.map((l) => l.rssMB)), phrases: loads[0]!.phrases },
    front, withActors, sentences, actors, added,
  };
}

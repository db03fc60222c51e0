import { benchFrontEnd } from './frontend.js';

// Speed figures, printed; never asserted by tests. Run: npm run bench
const fmt = (n: number) => Math.round(n).toLocaleString('en');

const front = await benchFrontEnd();
console.log(`front end over ${front.megabytes.toFixed(2)} MB of text, ${front.documents} documents (median of 5 runs)`);
console.log(`  wink-nlp model load: ${fmt(front.loadMs)} ms (two engines)`);
for (const r of front.rows) {
  console.log(`  ${r.name.padEnd(44)} ${r.seconds.toFixed(3)} s  ${fmt(r.sentences / r.seconds).padStart(8)} sentences/s  ${fmt(r.tokens / r.seconds).padStart(9)} tokens/s`);
}
console.log(`  ratio front end / bare wink-nlp: ${front.ratio.toFixed(2)}x (target 0.80x or better)`);

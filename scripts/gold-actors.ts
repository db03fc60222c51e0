// Prints actor precision and recall on test/gold/actors.jsonl, with every miss and false alarm.
// Run: npx tsx scripts/gold-actors.ts [--errors]
import { readFileSync } from 'node:fs';
import { scoreActors, type ActorGold } from '../src/app/actor-eval.js';
import { loadLexicon } from '../src/lexicon/index.js';

const gold = readFileSync('test/gold/actors.jsonl', 'utf8').trim().split('\n').map((l) => JSON.parse(l) as ActorGold);
const s = scoreActors(gold, loadLexicon());
console.log(`${s.sentences} sentences, ${s.gold} gold actors, ${s.found} found, ${s.matched} matched`);
console.log(`precision ${s.precision.toFixed(3)}  recall ${s.recall.toFixed(3)}  F1 ${s.f1.toFixed(3)}`);
if (process.argv.includes('--errors')) {
  for (const m of s.misses) console.log(`miss         ${m.id}  ${m.code.padEnd(12)} ${m.text}`);
  for (const f of s.falseAlarms) console.log(`false alarm  ${f.id}  ${f.code.padEnd(12)} ${f.text}`);
}

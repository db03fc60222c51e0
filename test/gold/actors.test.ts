import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scoreActors, type ActorGold } from '../../src/app/actor-eval.js';
import { loadLexicon } from '../../src/lexicon/index.js';
import { engine } from '../helpers/front-end.js';

// The committed floor: the target. `npx tsx scripts/gold-actors.ts --errors` shows each miss.
const FLOOR = { precision: 0.95, recall: 0.95 };

const gold = readFileSync(new URL('./actors.jsonl', import.meta.url), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as ActorGold);

describe('actor gold sentences (test/gold/actors.jsonl)', () => {
  it(`has at least 150 sentences and scores precision and recall of ${FLOOR.precision} or better`, () => {
    expect(gold.length).toBeGreaterThanOrEqual(150);
    const s = scoreActors(gold, loadLexicon(), engine);
    console.log(`actors gold: ${s.sentences} sentences, precision ${s.precision.toFixed(3)}, recall ${s.recall.toFixed(3)}, F1 ${s.f1.toFixed(3)}`);
    expect(s.precision).toBeGreaterThanOrEqual(FLOOR.precision);
    expect(s.recall).toBeGreaterThanOrEqual(FLOOR.recall);
  });
});

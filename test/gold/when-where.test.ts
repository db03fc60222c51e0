import { describe, expect, it } from 'vitest';
import { readWhenWhereGold, scoreWhenWhere } from '../../src/app/when-where-eval.js';
import { loadLexicon } from '../../src/lexicon/index.js';
import { loadGazetteer } from '../../src/lexicon/gazetteer/index.js';
import { engine } from '../helpers/front-end.js';

// Committed floors, below what the stages score today so that a regression fails CI (the issue's
// targets on held-out sentences: 0.95 for dates, 0.90 for places within 60 km).
// `communique eval --gold test/gold/when-where.jsonl --errors` lists what is wrong.
const FLOOR = { dates: 0.97, places: 0.93 };

const lexicon = loadLexicon();
const gazetteer = loadGazetteer({ states: lexicon.data.states.values() });

describe('dates and places gold sentences (test/gold/when-where.jsonl)', () => {
  const gold = readWhenWhereGold(new URL('./when-where.jsonl', import.meta.url).pathname);

  it('has at least 150 sentences, with places of every kind and none', () => {
    expect(gold.length).toBeGreaterThanOrEqual(150);
    expect(gold.filter((g) => g.where === null).length).toBeGreaterThanOrEqual(10);
    expect(new Set(gold.map((g) => g.when.precision))).toEqual(new Set(['day', 'month', 'year']));
  });

  it(`dates ${FLOOR.dates} and places ${FLOOR.places} of the sentences right, or better`, () => {
    const s = scoreWhenWhere(gold, lexicon, gazetteer, engine);
    console.log(`when-where gold: ${s.sentences} sentences, dates ${s.dates.accuracy.toFixed(3)}, places ${s.places.accuracy.toFixed(3)}`);
    expect(s.dates.accuracy).toBeGreaterThanOrEqual(FLOOR.dates);
    expect(s.places.accuracy).toBeGreaterThanOrEqual(FLOOR.places);
  });
});

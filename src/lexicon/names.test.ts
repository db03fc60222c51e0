import { describe, expect, it } from 'vitest';
import { loadLexicon } from './index.js';
import { nameRepairs, WordFilter, wordHash } from './names.js';

const lexicon = loadLexicon();
const { names } = lexicon;

/** The repairer's verdict on a word standing alone, as the repair step asks: filter first, then look-up. */
function mended(word: string): string | undefined {
  return names.mayRepair!(word, 0, word.length) ? names.repair(word) : undefined;
}

/** Slips of a name: each inner letter dropped, each pair of letters swapped, a letter added inside. */
function slips(name: string): string[] {
  const out: string[] = [];
  for (let i = 1; i + 1 < name.length; i++) {
    out.push(name.slice(0, i) + name.slice(i + 1));
    out.push(name.slice(0, i) + name[i + 1] + name[i] + name.slice(i + 2));
    for (const c of 'aeiorst') out.push(name.slice(0, i) + c + name.slice(i));
  }
  return out;
}

describe('the name repairer', () => {
  it('mends damaged spellings and slips of names', () => {
    expect(mended('Fernndez')).toBe('Fernández');
    expect(mended('Fern?ndez')).toBe('Fernández');
    expect(mended('Venezeula')).toBe('Venezuela');
    expect(mended('Ethopia')).toBe('Ethiopia');
    expect(mended('Quatar')).toBe('Qatar');
    expect(mended('Thursday')).toBeUndefined();
  });

  it('never turns away a word its look-up would mend', () => {
    // Every damaged spelling of the table, and thousands of slips of state names: the filter asked
    // before the look-up must let each through that the look-up mends.
    const words = [...nameRepairs(lexicon.data).keys()];
    for (const s of lexicon.data.states.values()) for (const n of [s.name, ...s.adjectives]) if (/^\p{L}+$/u.test(n)) words.push(...slips(n));
    const mendable = words.filter((w) => names.repair(w) !== undefined);
    const missed = mendable.filter((w) => !names.mayRepair!(w, 0, w.length));
    expect(mendable.length).toBeGreaterThan(5_000);
    expect(missed).toEqual([]);
  });

  it('turns most words away before the look-up', () => {
    const common = ['President', 'Minister', 'Thursday', 'Government', 'Security', 'Council', 'National', 'Secretary', 'Parliament', 'Committee'];
    expect(common.filter((w) => names.mayRepair!(w, 0, w.length)).length).toBeLessThanOrEqual(1);
  });
});

describe('WordFilter', () => {
  it('holds what it was given and turns away nearly everything else', () => {
    const f = new WordFilter(5000);
    const given = Array.from({ length: 5000 }, (_, i) => `word${i}`);
    for (const w of given) f.add(wordHash(w));
    expect(given.every((w) => f.has(wordHash(w)))).toBe(true);
    const others = Array.from({ length: 10_000 }, (_, i) => `other${i}`);
    expect(others.filter((w) => f.has(wordHash(w))).length).toBeLessThan(300); // about one in fifty
  });

  it('hashes a word inside a text as the word alone', () => {
    expect(wordHash('the Fernndez family', 4, 12)).toBe(wordHash('Fernndez'));
  });
});

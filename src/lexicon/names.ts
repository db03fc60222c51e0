import type { NameRepairer } from '../pipeline/repair/step.js';
import type { LexiconData } from './load.js';

const NON_ASCII_LETTER = /[^\x00-\x7F]/g;
const HAS_NON_ASCII = /[^\x00-\x7F]/;
const WORD = /[\p{L}\p{M}'’-]+/gu;

/**
 * How a letter outside ASCII comes out of a broken transcoding: gone, "?" or U+FFFD. (Without its
 * accent it needs no repair: the matcher ignores diacritics.)
 */
const DAMAGE = ['', '?', '\uFFFD'];
// Damaged spellings this short, or that lost their last letter, are too often real words: "Gran"
// (Göran), "March" (Marché).
const MIN_LETTERS = 5;

/** All spellings of `word` with one or two of its non-ASCII letters damaged. */
function damagedForms(word: string): string[] {
  const positions = [...word.matchAll(NON_ASCII_LETTER)].map((m) => m.index);
  const forms: string[] = [];
  const apply = (w: string, at: number, ch: string, by: string) => w.slice(0, at) + by + w.slice(at + ch.length);
  for (let a = 0; a < positions.length; a++) {
    const pa = positions[a]!, ca = word[pa]!;
    for (const da of DAMAGE) {
      forms.push(apply(word, pa, ca, da));
      for (let b = a + 1; b < positions.length; b++) {
        const pb = positions[b]!, cb = word[pb]!;
        // Edit the later position first so the earlier offset still holds.
        for (const db of DAMAGE) forms.push(apply(apply(word, pb, cb, db), pa, ca, da));
      }
    }
  }
  return forms;
}

/** A number for a word's length and first and last letters: most words are turned away on it, unhashed. */
function shape(w: string): number {
  return ((w.length & 0xff) << 24) | ((w.charCodeAt(0) & 0xfff) << 12) | (w.charCodeAt(w.length - 1) & 0xfff);
}

/** A repairer over a table of damaged spellings and the names they come from. */
export function nameRepairer(repairs: ReadonlyMap<string, string>): NameRepairer {
  let shapes: Set<number> | undefined; // made when first asked: loading the lexicon need not wait
  return {
    repair(word) {
      shapes ??= new Set([...repairs.keys()].map(shape));
      return shapes.has(shape(word)) ? repairs.get(word) : undefined;
    },
  };
}

/**
 * The damaged spellings of every name the lexicon holds whose accented letters a broken transcoding
 * may lose ("Fernndez", "Fern?ndez", "Fernandez" → "Fernández"). A damaged spelling that could come
 * from two names is left out.
 */
export function nameRepairs(data: LexiconData): Map<string, string> {
  const names: string[] = [];
  for (const s of data.states.values()) names.push(s.name, ...s.names, ...s.metonyms.map((m) => m.name));
  for (const o of data.organisations.values()) names.push(o.name, ...o.aliases);
  for (const p of data.people.values()) names.push(p.name, ...p.aliases, ...p.short);

  const known = new Set<string>();
  for (const n of names) for (const [w] of n.matchAll(WORD)) known.add(w);
  const repairs = new Map<string, string | null>();
  for (const word of known) {
    if (!HAS_NON_ASCII.test(word)) continue;
    for (const form of damagedForms(word)) {
      const lostLast = form.length < word.length && !form.endsWith(word.at(-1)!);
      if (form.replace(/[?\uFFFD]/g, '').length < MIN_LETTERS || lostLast || known.has(form)) continue;
      const prior = repairs.get(form);
      repairs.set(form, prior === undefined || prior === word ? word : null);
    }
  }
  const out = new Map<string, string>();
  for (const [form, word] of repairs) if (word !== null) out.set(form, word);
  return out;
}

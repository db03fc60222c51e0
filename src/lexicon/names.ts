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

/** The table of damaged spellings as one string, a line "damaged\tname" each: it loads as one value. */
export function packRepairs(repairs: ReadonlyMap<string, string>): string {
  return [...repairs].map(([form, word]) => `${form}\t${word}`).join('\n');
}

function unpackRepairs(packed: string): Map<string, string> {
  const out = new Map<string, string>();
  if (packed) for (const line of packed.split('\n')) {
    const tab = line.indexOf('\t');
    out.set(line.slice(0, tab), line.slice(tab + 1));
  }
  return out;
}

/**
 * A repairer over a table of damaged spellings and the names they come from (see packRepairs), and
 * then, for other words, `typos` (see typoRepairs); both made when first asked: loading the lexicon
 * need not wait for them.
 */
export function nameRepairer(packed: string, typos?: () => (word: string) => string | undefined): NameRepairer {
  let repairs: Map<string, string> | undefined;
  let shapes: Set<number> | undefined;
  let typo: ((word: string) => string | undefined) | undefined;
  return {
    repair(word) {
      if (!shapes) {
        repairs = unpackRepairs(packed);
        shapes = new Set([...repairs.keys()].map(shape));
      }
      const found = shapes.has(shape(word)) ? repairs!.get(word) : undefined;
      if (found !== undefined || !typos) return found;
      return (typo ??= typos())(word);
    },
  };
}

// A word a slip may have made from a name: capitalised, the rest lower case, long enough that one
// letter more or less rarely makes another real word.
const TYPO_SHAPE = /^\p{Lu}\p{Ll}{5,}$/u;
const WHOLE_WORD = /^[\p{L}\p{M}]+$/u;
// Surnames this long are mended; shorter ones have too many neighbours.
const LONG_SURNAME = 9;
// Look-ups kept: news repeats its names.
const TYPO_MEMO = 20_000;

/** Adds the words of `phrases` to `into`. */
function words(phrases: Iterable<string>, into: Set<string>): Set<string> {
  for (const p of phrases) for (const [w] of p.matchAll(WORD)) into.add(w);
  return into;
}

/** Whether the letter at i is one of two alike: "Finish" is a word of its own, no "Finnish" that lost an n. */
function doubled(w: string, i: number): boolean {
  return w[i] === w[i - 1] || w[i] === w[i + 1];
}

/**
 * Words one slip from a state's name or adjective, or a long surname, mended to it: a letter dropped inside
 * it ("Ethopia"), one added ("Quatar"), or two next to each other swapped ("Venezeula"). A word any
 * phrase of the lexicon holds is no slip; nor is one that differs at its ends ("Indiana" is no
 * "Indian", "the Americas" no "America") or by a doubled letter, nor one two names are a slip from.
 */
export function typoRepairs(data: LexiconData): (word: string) => string | undefined {
  // States and their adjectives, and long surnames: common words and first names lie one slip from
  // shorter names ("Calvin" from "Calin", "Emmerson" from "Emerson", "County" from "Country").
  // Only a name of one word: "Country" in some state's long name is no name of its own.
  const names = new Set<string>();
  for (const s of data.states.values()) for (const n of [s.name, ...s.names, ...s.adjectives]) if (n.length >= 5 && WHOLE_WORD.test(n)) names.add(n);
  for (const p of data.people.values()) for (const n of p.short) if (n.length >= LONG_SURNAME && WHOLE_WORD.test(n)) names.add(n);
  const known = new Set(names);
  for (const o of data.organisations.values()) words([o.name, ...o.aliases], known);
  for (const p of data.people.values()) words([p.name, ...p.aliases, ...p.short], known);
  for (const s of data.states.values()) words(s.metonyms.map((m) => m.name), known);
  for (const g of data.groups.values()) words([g.name, ...g.aliases], known);
  for (const r of data.regions.values()) words([r.name, ...r.aliases], known);
  for (const i of data.initiatives.values()) words([i.name, ...i.aliases], known);
  for (const a of data.agents) words(a.words, known);
  // Each name with a letter dropped, and the name it comes from (null when two do).
  const dropped = new Map<string, string | null>();
  for (const n of names) {
    if (n.length < 7) continue;
    for (let i = 1; i < n.length - 1; i++) {
      if (doubled(n, i)) continue;
      const form = n.slice(0, i) + n.slice(i + 1);
      if (known.has(form)) continue;
      const prior = dropped.get(form);
      dropped.set(form, prior === undefined || prior === n ? n : null);
    }
  }
  const memo = new Map<string, string | null>();
  const mend = (w: string): string | null => {
    const found = new Set<string>();
    const d = dropped.get(w);
    if (d) found.add(d);
    for (let i = 1; i < w.length - 1; i++) {
      if (doubled(w, i)) continue;
      const form = w.slice(0, i) + w.slice(i + 1);
      if (names.has(form)) found.add(form);
    }
    for (let i = 1; i + 1 < w.length; i++) {
      const form = w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2);
      if (names.has(form)) found.add(form);
    }
    return found.size === 1 ? [...found][0]! : null;
  };
  // Every capitalised word of the text comes here: the length turns most away, the memo the rest.
  return (word) => {
    if (word.length < 6) return undefined;
    let m = memo.get(word);
    if (m === undefined) {
      if (memo.size >= TYPO_MEMO) memo.clear();
      memo.set(word, (m = TYPO_SHAPE.test(word) && !known.has(word) ? mend(word) : null));
    }
    return m ?? undefined;
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

  const known = words(names, new Set());
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

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

/**
 * A set of numbers (hashes of words, see `wordHash`) as a table of bits, asked about a word still in
 * the text: a word it turns away costs no string and no look-up. It may let through a word it was
 * not given (about one in fifty); the look-up after it decides those. Both bits of a number lie in
 * one block of 64 bytes, so a question costs one read of memory: between documents the tagger and
 * the other stages push the table out of the processor's cache.
 */
export class WordFilter {
  private readonly bits: Int32Array;
  private readonly blocks: number;

  /** A table for about `entries` numbers: twelve bits each, in blocks of 512. */
  constructor(entries: number) {
    let blocks = 1;
    while (blocks * 512 < entries * 12) blocks *= 2;
    this.bits = new Int32Array(blocks * 16);
    this.blocks = blocks - 1;
  }
  add(h: number): void {
    const block = ((h >>> 9) & this.blocks) << 4, a = h & 511, b = Math.imul(h, 0x9e3779b1) >>> 23;
    this.bits[block + (a >>> 5)]! |= 1 << (a & 31);
    this.bits[block + (b >>> 5)]! |= 1 << (b & 31);
  }
  has(h: number): boolean {
    const block = ((h >>> 9) & this.blocks) << 4, a = h & 511, b = Math.imul(h, 0x9e3779b1) >>> 23;
    return (this.bits[block + (a >>> 5)]! & (1 << (a & 31))) !== 0 && (this.bits[block + (b >>> 5)]! & (1 << (b & 31))) !== 0;
  }
}

const FNV_START = 0x811c9dc5;
const fnv = (h: number, c: number) => Math.imul(h ^ c, 0x01000193);

/** FNV-1a over the UTF-16 code units of `text[start, end)`. */
export function wordHash(text: string, start = 0, end = text.length): number {
  let h = FNV_START;
  for (let i = start; i < end; i++) h = fnv(h, text.charCodeAt(i));
  return h;
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

/** Mends the slips of names (see typoRepairs). */
export interface TypoRepairs {
  mend(word: string): string | undefined;
  /** The hashes (see wordHash) of the slips `mend` may mend as they are written: a name with a letter dropped, or two swapped. */
  slips: readonly number[];
  /** Whether `text[start, end)` may be a name with a letter added: false for most words, which are no slips. */
  mayHaveAdded(text: string, start: number, end: number): boolean;
}

/**
 * A repairer over a table of damaged spellings and the names they come from (see packRepairs), and
 * then, for other words, `typos` (see typoRepairs); both made when first asked: loading the lexicon
 * need not wait for them.
 *
 * Its filter (`mayRepair`) asks each capitalised word of a text as few questions of memory as it
 * can: between documents the tagger pushes the tables out of the processor's cache, so each one
 * costs a read from memory. A word shorter than any it mends is turned away by its length, the
 * spellings it mends as written (damaged and slipped) share one filter, and only a word that may be
 * a name with a letter added asks more.
 */
export function nameRepairer(packed: string, typos?: () => TypoRepairs): NameRepairer {
  let tables: { repairs: Map<string, string>; written: WordFilter; shortest: number; typo: TypoRepairs | undefined } | undefined;
  const ready = () => {
    if (!tables) {
      const repairs = unpackRepairs(packed), typo = typos?.();
      const written = new WordFilter(repairs.size + (typo?.slips.length ?? 0));
      let shortest = typo ? TYPO_SHORTEST : Infinity;
      for (const form of repairs.keys()) {
        written.add(wordHash(form));
        shortest = Math.min(shortest, form.length);
      }
      for (const h of typo?.slips ?? []) written.add(h);
      tables = { repairs, written, shortest, typo };
    }
    return tables;
  };
  return {
    repair(word) {
      const { repairs, typo } = ready();
      return repairs.get(word) ?? typo?.mend(word);
    },
    mayRepair(text, start, end) {
      const { written, shortest, typo } = ready();
      if (end - start < shortest) return false;
      return written.has(wordHash(text, start, end)) || (typo?.mayHaveAdded(text, start, end) ?? false);
    },
  };
}

// A word a slip may have made from a name: capitalised, the rest lower case, long enough that one
// letter more or less rarely makes another real word.
const TYPO_SHORTEST = 6;
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

// The outline of a word (see typoRepairs): its first and last letters, one letter inside it and a
// length, as a number below OUTLINE_BITS; OUTLINE_TAIL sets apart outlines by the second to last letter.
const OUTLINE_BITS = 1 << 16, OUTLINE_TAIL = 1 << 15;
function outlineKey(text: string, start: number, end: number, inside: number, length: number): number {
  const k = Math.imul(text.charCodeAt(start), 0x9e3779b1) ^ Math.imul(text.charCodeAt(inside), 0x85ebca77) ^ Math.imul(text.charCodeAt(end - 1), 0xc2b2ae35) ^ Math.imul(length, 0x27d4eb2f);
  return (k >>> 17) & (OUTLINE_TAIL - 1);
}

/**
 * Words one slip from a state's name or adjective, or a long surname, mended to it: a letter dropped inside
 * it ("Ethopia"), one added ("Quatar"), or two next to each other swapped ("Venezeula"). A word any
 * phrase of the lexicon holds is no slip; nor is one that differs at its ends ("Indiana" is no
 * "Indian", "the Americas" no "America") or by a doubled letter, nor one two names are a slip from.
 */
export function typoRepairs(data: LexiconData): TypoRepairs {
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
  // What a slip can make of a name, for a filter asked before the word is cut out of the text: the
  // names with a letter dropped, and with two letters swapped; a name with a letter added is found by
  // dropping each of the word's letters in turn.
  const slips = [...dropped.keys()].map((form) => wordHash(form)), named = new WordFilter(names.size);
  // A word with a letter added keeps the name's first and last letters (the letter dropped to find
  // the name is neither), and is one longer; it keeps its second letter too unless the letter added
  // is the second, and then it keeps its second to last. Words whose first, second and last letters
  // and length no name has, nor their first, second to last and last, skip the search: a table of
  // one bit for each, nearly all of them unset.
  const outline = new Int32Array(OUTLINE_BITS >> 5);
  for (const n of names) {
    named.add(wordHash(n));
    const head = outlineKey(n, 0, n.length, 1, n.length), tail = outlineKey(n, 0, n.length, n.length - 2, n.length) ^ OUTLINE_TAIL;
    outline[head >>> 5]! |= 1 << (head & 31);
    outline[tail >>> 5]! |= 1 << (tail & 31);
    for (let i = 1; i + 1 < n.length; i++) slips.push(wordHash(n.slice(0, i) + n[i + 1] + n[i] + n.slice(i + 2)));
  }
  const outlined = (key: number) => (outline[key >>> 5]! & (1 << (key & 31))) !== 0;
  return {
    slips,
    mayHaveAdded(text, start, end) {
      if (end - start < TYPO_SHORTEST) return false;
      // A capital, then lower-case letters only (letters beyond ASCII are left to the look-up).
      for (let i = start + 1; i < end; i++) {
        const c = text.charCodeAt(i);
        if (c < 97 || (c > 122 && c < 128)) return false;
      }
      const length = end - start - 1;
      if (!outlined(outlineKey(text, start, end, start + 1, length)) && !outlined(outlineKey(text, start, end, end - 2, length) ^ OUTLINE_TAIL)) return false;
      let head = FNV_START; // the hash of the letters before the one dropped
      for (let drop = start + 1; drop < end - 1; drop++) {
        head = fnv(head, text.charCodeAt(drop - 1));
        let h = head;
        for (let i = drop + 1; i < end; i++) h = fnv(h, text.charCodeAt(i));
        if (named.has(h)) return true;
      }
      return false;
    },
    mend(word) {
      if (word.length < TYPO_SHORTEST) return undefined;
      let m = memo.get(word);
      if (m === undefined) {
        if (memo.size >= TYPO_MEMO) memo.clear();
        memo.set(word, (m = TYPO_SHAPE.test(word) && !known.has(word) ? mend(word) : null));
      }
      return m ?? undefined;
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

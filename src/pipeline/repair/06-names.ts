import type { TextEdit } from './offsets.js';
import type { RepairStep } from './step.js';

// Capitals (Latin, Greek or Cyrillic) that begin a word to look up. Plain character ranges keep the
// scan fast; a lower-case letter from those blocks slipping in only costs a failed look-up.
const CAPITAL = /[A-Z\u00C0-\u00DE\u0100-\u024F\u0370-\u03FF\u0400-\u042F]/g;
// Letters and marks beyond ASCII that a word holds after its capital (`wordChar` reads ASCII letters,
// and the marks a broken transcoding leaves inside a word, "Fern?ndez", without it).
const WORD_CHAR = /[\p{L}\p{M}]/u;
/** Marks a word may end with that are no part of the name: "?", U+FFFD, apostrophes and a hyphen. */
function trailing(c: number): boolean {
  return c === 63 || c === 0xfffd || c === 39 || c === 0x2019 || c === 45;
}

/** The length of the word character at `i` (two for a letter outside the BMP), or 0 for none. */
function wordChar(text: string, i: number): number {
  if (i >= text.length) return 0;
  const c = text.charCodeAt(i);
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 63 || c === 39 || c === 45 || c === 0x2019 || c === 0xfffd) return 1;
  if (c < 128) return 0;
  const cp = text.codePointAt(i)!;
  return WORD_CHAR.test(String.fromCodePoint(cp)) ? (cp > 0xffff ? 2 : 1) : 0;
}

/** The end of a word without a possessive "'s" and the marks left after it: "Quatar's" is looked up as "Quatar". */
function bareEnd(text: string, start: number, end: number): number {
  if (end - start > 2 && text.charCodeAt(end - 1) === 115 && (text.charCodeAt(end - 2) === 39 || text.charCodeAt(end - 2) === 0x2019)) end -= 2; // 's, ’s
  while (end > start && trailing(text.charCodeAt(end - 1))) end--;
  return end;
}

/** Names that lost letters in transcoding ("Fernndez") are mended by the lexicon's NameRepairer. */
export const names: RepairStep = {
  kind: 'name',
  find(text, { names: repairer }) {
    if (!repairer) return [];
    const edits: TextEdit[] = [];
    // The regular expression finds each capital (its test makes no strings); the word is read after it.
    CAPITAL.lastIndex = 0;
    while (CAPITAL.test(text)) {
      const start = CAPITAL.lastIndex - 1;
      let end = start + 1;
      for (let n = wordChar(text, end); n > 0; n = wordChar(text, end)) end += n;
      CAPITAL.lastIndex = end;
      end = bareEnd(text, start, end);
      if (repairer.mayRepair && !repairer.mayRepair(text, start, end)) continue;
      const word = text.slice(start, end);
      const insert = repairer.repair(word);
      if (insert !== undefined && insert !== word) edits.push({ start, end, insert });
    }
    return edits;
  },
};

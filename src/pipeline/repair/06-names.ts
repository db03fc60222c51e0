import { isSpace, widened, type TokenTable } from '../nlp/tokens.js';
import type { TextEdit } from './offsets.js';
import type { NameRepairer } from './step.js';

// Capitals (Latin, Greek or Cyrillic) that begin a word to look up. Plain character ranges keep the
// scan fast; a lower-case letter from those blocks slipping in only costs a failed look-up.
const CAPITAL = /[A-Z\u00C0-\u00DE\u0100-\u024F\u0370-\u03FF\u0400-\u042F]/g;
const HAS_CAPITAL = new RegExp(CAPITAL.source);
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

/** Asks the repairer about the word `text[start, end)`, and adds the edit it makes, if any: true when it does. */
function ask(text: string, start: number, end: number, repairer: NameRepairer, edits: TextEdit[]): boolean {
  if (repairer.mayRepair && !repairer.mayRepair(text, start, end)) return false;
  const word = text.slice(start, end);
  const insert = repairer.repair(word);
  if (insert === undefined || insert === word) return false;
  edits.push({ start, end, insert });
  return true;
}

/** Where a word that goes on at `i` ends: past every word character, marks included. */
function wordEnd(text: string, i: number): number {
  for (let n = wordChar(text, i); n > 0; n = wordChar(text, i)) i += n;
  return i;
}

/**
 * The words of `text[from, to)` that begin with a capital, each read to its last letter and asked
 * about. Words hold no white space, so a stretch that starts and ends at white space (or the text's
 * ends) is read as the whole text would be.
 */
function scan(text: string, from: number, to: number, repairer: NameRepairer, edits: TextEdit[]): void {
  // The regular expression finds each capital (its test makes no strings); the word is read after it.
  CAPITAL.lastIndex = from;
  while (CAPITAL.test(text)) {
    const start = CAPITAL.lastIndex - 1;
    if (start >= to) return;
    const end = wordEnd(text, start + 1);
    CAPITAL.lastIndex = end;
    ask(text, start, bareEnd(text, start, end), repairer, edits);
  }
}

// What a word of the tagger's vocabulary is to the name scan, as bits, worked out the first time
// the word is met (KNOWN): it holds a capital, so a word may begin in it (HAS); it is a capital and
// letters only, so that, standing alone, it is the whole word the scan would read (ALONE); and the
// repairer may mend it (ASKED: its filter lets the word through, and it has not yet said no).
const KNOWN = 1, HAS = 2, ALONE = 4, ASKED = 8;
const ALONE_WORD = new RegExp(`^${CAPITAL.source}[\\p{L}\\p{M}]*$`, 'u');

/** The bits of words by vocabulary number (see TokenTable.ids), per repairer and tagger. */
const shapes = new WeakMap<NameRepairer, WeakMap<object, { bits: Uint8Array }>>();

function shapesOf(repairer: NameRepairer, vocabulary: object): { bits: Uint8Array } {
  let byTagger = shapes.get(repairer);
  if (!byTagger) shapes.set(repairer, (byTagger = new WeakMap()));
  let table = byTagger.get(vocabulary);
  if (!table) byTagger.set(vocabulary, (table = { bits: new Uint8Array(1 << 14) }));
  return table;
}

function shapeOf(word: string, repairer: NameRepairer): number {
  if (!HAS_CAPITAL.test(word)) return KNOWN;
  if (!ALONE_WORD.test(word)) return KNOWN | HAS;
  return KNOWN | HAS | ALONE | (!repairer.mayRepair || repairer.mayRepair(word, 0, word.length) ? ASKED : 0);
}

/**
 * The names that lost letters in transcoding ("Fernndez") or that a slip changed ("Quatar"), mended
 * by the lexicon's NameRepairer: every word that begins with a capital is asked about.
 *
 * With the text's tokens, only the stretches between white space whose tokens hold a capital are
 * read, and a token that is a whole word by itself ("Fernndez", between spaces or punctuation) is
 * answered by its number in the tagger's vocabulary: each word's question is asked once, not at every
 * use. The edits are the same as without: when a token is not the text's own string, or something
 * other than white space lies between two tokens, the whole text is read.
 */
export function nameEdits(text: string, repairer: NameRepairer, tokens?: TokenTable): TextEdit[] {
  const edits: TextEdit[] = [];
  if (!tokens || !byTokens(text, tokens, repairer, edits)) scan(text, 0, text.length, repairer, edits);
  return edits;
}

/** `nameEdits` by the tokens; false, with no edits, where the tokens do not cover the text (see TokenTable.whole). */
function byTokens(text: string, tokens: TokenTable, repairer: NameRepairer, edits: TextEdit[]): boolean {
  if (!tokens.whole) return false;
  const table = shapesOf(repairer, tokens.vocabulary);
  const ids = tokens.ids(), starts = tokens.start, ends = tokens.end;
  let bits = table.bits;
  // the end of the text read so far: words past it are still to find
  let done = 0;
  for (let i = 0; i < ids.length; i++) {
    const start = starts[i]!;
    if (start < done) continue;
    const id = ids[i]!;
    let shape = id < bits.length ? bits[id]! : 0;
    if (shape === 0) {
      table.bits = bits = widened(bits, id + 1);
      bits[id] = shape = shapeOf(tokens.value(i), repairer);
    }
    if ((shape & HAS) === 0) continue;
    const end = ends[i]!;
    // A word of letters alone: no word read from a capital before runs into it, and what the scan
    // reads after it it takes off again ("'s", "?"), so the word asked about is the token.
    if ((shape & ALONE) !== 0) {
      const after = wordEnd(text, end);
      if (bareEnd(text, start, after) === end && freshStart(text, start, done)) {
        if ((shape & ASKED) !== 0 && !ask(text, start, end, repairer, edits)) bits[id] = shape & ~ASKED;
        done = after;
        continue;
      }
    }
    // Otherwise the stretch between white space that holds the token, from where reading stopped.
    let from = start, to = end;
    while (from > done && !isSpace(text.charCodeAt(from - 1))) from--;
    while (to < text.length && !isSpace(text.charCodeAt(to))) to++;
    scan(text, from, to, repairer, edits);
    done = to;
  }
  return true;
}

/**
 * Whether a capital at `start` begins a word: the characters of words right before it (down to
 * `done`, where the scan stands) hold no capital, so no word runs into it ("anti-Fernndez", not
 * "China-CELAC"). Letters beyond ASCII before it are left to the scan.
 */
function freshStart(text: string, start: number, done: number): boolean {
  for (let i = start - 1; i >= done; i--) {
    const c = text.charCodeAt(i);
    if (c >= 128) return false;
    if (wordChar(text, i) === 0) return true;
    if (c >= 65 && c <= 90) return false;
  }
  return true;
}

import type { PartOfSpeech } from 'wink-nlp';

export type Pos = PartOfSpeech;

/** What is asked of wink-nlp's analysis only when a stage needs it: most tokens' never are. */
export interface LazyColumns {
  lemma(row: number): string;
  negated(row: number): boolean;
}

/**
 * The tokens of a Doc as parallel arrays (no copied strings): offsets into the repaired text the
 * stages read, offsets into the document as read and part of speech; lemmas and negation on demand.
 */
export class TokenTable {
  static readonly empty = new TokenTable('', new Int32Array(0), new Int32Array(0), new Int32Array(0), new Int32Array(0), [], { lemma: () => '', negated: () => false }, {}, new Int32Array(0));
  private readonly lemmas: (string | undefined)[];
  private readonly normals: (string | undefined)[];
  private lower: string | null | undefined;

  constructor(
    /** The repaired text the offsets `start` and `end` point into. */
    readonly text: string,
    readonly start: Int32Array,
    readonly end: Int32Array,
    readonly charStart: Int32Array,
    readonly charEnd: Int32Array,
    readonly pos: readonly Pos[],
    private readonly lazy: LazyColumns,
    /**
     * Whose numbers `ids` gives: one per tagger, as each numbers its own vocabulary. Stages key their
     * tables of words by it.
     */
    readonly vocabulary: object,
    /** Each token's number in the tagger's vocabulary (see `ids`). */
    private readonly wordIds: Int32Array,
    /**
     * Each token's text as the tagger gave it, where it is the text's (nearly always): the tagger's
     * vocabulary strings, shared by every document, so a word's lower-case form is the same string
     * each time and look-ups by it hash nothing new.
     */
    private readonly values: readonly (string | undefined)[] = [],
    /**
     * Whether every token is the text's own string (its number is the tagger's, see `ids`), with
     * white space alone between tokens and around them: then every other character of the text is
     * in some token, and a stage may read the text by its tokens.
     */
    readonly whole = false,
  ) {
    this.lemmas = new Array(start.length);
    this.normals = new Array(start.length);
  }

  /** The token's lemma ("did" → "do", "ministers" → "minister"), computed once when first asked. */
  lemma(i: number): string {
    return (this.lemmas[i] ??= this.lazy.lemma(i));
  }

  /**
   * Each token's number in the tagger's vocabulary: the same number for the same string in every
   * document of `vocabulary`, so a stage can keep what it knows of a word in an array by number
   * instead of a map by string. Words are numbered in the order first met, so the words a corpus
   * uses have low numbers and such an array stays small. -1 for a token whose value is not the
   * tagger's string.
   */
  ids(): Int32Array {
    return this.wordIds;
  }

  get length(): number {
    return this.start.length;
  }

  /** The token as the stages read it (after repair). */
  value(i: number): string {
    return this.values[i] ?? this.text.slice(this.start[i], this.end[i]);
  }

  /** Lower-case form for dictionary look-ups, kept once made; '' past either end. */
  normal(i: number): string {
    if (i < 0 || i >= this.start.length) return '';
    let n = this.normals[i];
    if (n === undefined) {
      // The tagger's string lower-cased: a word already in lower case (most are) is its own lower-case
      // form, no new string. Without one, a cut from the text lower-cased once, where that keeps
      // every offset.
      const value = this.values[i];
      const lower = value === undefined ? this.lowerText() : null;
      n = this.normals[i] = lower === null ? (value ?? this.value(i)).toLowerCase() : lower.slice(this.start[i], this.end[i]);
    }
    return n;
  }

  /** The text in lower case, or null when lower-casing would move offsets ("İ" becomes two units). */
  lowerText(): string | null {
    return (this.lower ??= lowerKeepingOffsets(this.text));
  }

  /** Whether the token has a capital letter, which lower-casing changes: "Chad", "iPhone", not "chad" or "3". */
  hasCapital(i: number): boolean {
    const c = this.text.charCodeAt(this.start[i]!);
    return (c >= 65 && c <= 90) || this.value(i) !== this.normal(i);
  }

  /** Whether the token starts with a lower-case letter ("drone", not "Drone" or "3"). */
  startsLower(i: number): boolean {
    const c = this.text.charCodeAt(this.start[i]!);
    return c >= 97 && c <= 122 ? true : c < 128 ? false : /\p{Ll}/u.test(String.fromCharCode(c));
  }

  /** Whether the token is in the scope of a negation: "sign" in "did not sign". */
  isNegated(i: number): boolean {
    return this.lazy.negated(i);
  }
}

/**
 * How many words a stage's table by vocabulary number (see TokenTable.ids) fills before it starts
 * again: news repeats its words, and a table this size holds the common vocabulary of a large archive.
 */
export const WORDS_KEPT = 100_000;

/**
 * A table by vocabulary number made long enough for `length` entries, doubling, with what it held:
 * the same array when it already is.
 */
export function widened<T extends Uint8Array | Uint16Array | Int32Array>(table: T, length: number): T {
  if (length <= table.length) return table;
  let size = table.length * 2;
  while (size < length) size *= 2;
  const grown = new (table.constructor as new (size: number) => T)(size);
  grown.set(table);
  return grown;
}

/** Whether a UTF-16 code unit is white space: what separates wink-nlp's tokens (see TokenTable.whole). */
export function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x2028 || c === 0x2029 || (c >= 0x2000 && c <= 0x200a) || c === 0x3000 || c === 0x202f || c === 0x205f || c === 0x1680 || c === 0xfeff;
}

/** The text in lower case, or null when lower-casing changes its length ("İ" becomes two units). */
function lowerKeepingOffsets(text: string): string | null {
  const lower = text.toLowerCase();
  return lower.length === text.length ? lower : null;
}

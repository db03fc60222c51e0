import type { PartOfSpeech } from 'wink-nlp';

export type Pos = PartOfSpeech;

/** Where the lemmas come from: wink-nlp's analysis of a row's piece of text, asked lazily. */
export type LemmaSource = (row: number) => string;

/**
 * The tokens of a Doc as parallel arrays (no copied strings): offsets into the repaired text the
 * stages read, offsets into the document as read, part of speech and negation; lemmas on demand.
 */
export class TokenTable {
  static readonly empty = new TokenTable('', new Int32Array(0), new Int32Array(0), new Int32Array(0), new Int32Array(0), [], () => '', new Uint8Array(0));
  private readonly lemmas: (string | undefined)[];
  private readonly normals: (string | undefined)[];

  constructor(
    /** The repaired text the offsets `start` and `end` point into. */
    readonly text: string,
    readonly start: Int32Array,
    readonly end: Int32Array,
    readonly charStart: Int32Array,
    readonly charEnd: Int32Array,
    readonly pos: readonly Pos[],
    private readonly lemmaSource: LemmaSource,
    readonly negated: Uint8Array,
  ) {
    this.lemmas = new Array(start.length);
    this.normals = new Array(start.length);
  }

  /** The token's lemma ("did" → "do", "ministers" → "minister"), computed once when first asked. */
  lemma(i: number): string {
    return (this.lemmas[i] ??= this.lemmaSource(i));
  }

  get length(): number {
    return this.start.length;
  }

  /** The token as the stages read it (after repair). */
  value(i: number): string {
    return this.text.slice(this.start[i], this.end[i]);
  }

  /** Lower-case form for dictionary look-ups, kept once made; '' past either end. */
  normal(i: number): string {
    if (i < 0 || i >= this.start.length) return '';
    return (this.normals[i] ??= this.value(i).toLowerCase());
  }

  /** Whether the token starts with a lower-case letter ("drone", not "Drone" or "3"). */
  startsLower(i: number): boolean {
    const c = this.text.charCodeAt(this.start[i]!);
    return c >= 97 && c <= 122 ? true : c < 128 ? false : /\p{Ll}/u.test(String.fromCharCode(c));
  }

  isNegated(i: number): boolean {
    return this.negated[i] === 1;
  }
}

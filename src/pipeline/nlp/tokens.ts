import type { PartOfSpeech } from 'wink-nlp';

export type Pos = PartOfSpeech;

/**
 * The tokens of a Doc as parallel arrays (no copied strings): offsets into the repaired text the
 * stages read, offsets into the document as read, part of speech, lemma and negation.
 */
export class TokenTable {
  static readonly empty = new TokenTable('', new Int32Array(0), new Int32Array(0), new Int32Array(0), new Int32Array(0), [], [], new Uint8Array(0));

  constructor(
    private readonly text: string,
    readonly start: Int32Array,
    readonly end: Int32Array,
    readonly charStart: Int32Array,
    readonly charEnd: Int32Array,
    readonly pos: readonly Pos[],
    readonly lemma: readonly string[],
    readonly negated: Uint8Array,
  ) {}

  get length(): number {
    return this.start.length;
  }

  /** The token as the stages read it (after repair). */
  value(i: number): string {
    return this.text.slice(this.start[i], this.end[i]);
  }

  /** Lower-case form for dictionary look-ups. */
  normal(i: number): string {
    return this.value(i).toLowerCase();
  }

  isNegated(i: number): boolean {
    return this.negated[i] === 1;
  }
}

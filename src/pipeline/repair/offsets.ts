/**
 * Offset maps: every repair step records what it replaced, so that a position in the repaired text
 * can be traced back to the document as read. Positions are JavaScript string offsets.
 */

/** Replace `[start, end)` of a step's input with `insert`. Edits of one step never overlap. */
export interface TextEdit {
  start: number;
  end: number;
  insert: string;
}

/** Which side of a replaced stretch a position maps to: a span's start or its end. */
export type Bias = 'start' | 'end';

/** The map of one step: where each edit sits in the step's output and in its input. */
export class StepMap {
  private constructor(
    private readonly outStart: Int32Array,
    private readonly outEnd: Int32Array,
    private readonly inStart: Int32Array,
    private readonly inEnd: Int32Array,
  ) {}

  /** Applies sorted, non-overlapping edits to `text`; returns the new text and the map back. */
  static apply(text: string, edits: readonly TextEdit[]): { text: string; map: StepMap } {
    const n = edits.length;
    const outStart = new Int32Array(n), outEnd = new Int32Array(n);
    const inStart = new Int32Array(n), inEnd = new Int32Array(n);
    const parts: string[] = [];
    let cursor = 0, out = 0;
    for (let i = 0; i < n; i++) {
      const e = edits[i]!;
      if (e.start < cursor || e.end < e.start) throw new RangeError(`edits overlap or run backwards at ${e.start}`);
      parts.push(text.slice(cursor, e.start));
      out += e.start - cursor;
      outStart[i] = out;
      inStart[i] = e.start;
      parts.push(e.insert);
      out += e.insert.length;
      outEnd[i] = out;
      inEnd[i] = e.end;
      cursor = e.end;
    }
    parts.push(text.slice(cursor));
    return { text: parts.join(''), map: new StepMap(outStart, outEnd, inStart, inEnd) };
  }

  get size(): number {
    return this.outStart.length;
  }

  /** The position in this step's input that `pos` (in its output) came from. */
  toInput(pos: number, bias: Bias): number {
    // The last edit starting at or before pos.
    let lo = 0, hi = this.outStart.length - 1, k = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.outStart[mid]! <= pos) { k = mid; lo = mid + 1; } else hi = mid - 1;
    }
    if (k < 0) return pos;
    const oS = this.outStart[k]!, oE = this.outEnd[k]!, iS = this.inStart[k]!, iE = this.inEnd[k]!;
    if (pos > oE) return iE + (pos - oE);
    // A deletion: a span starting here starts after what was deleted; one ending here ends before it.
    if (oS === oE) return bias === 'start' ? iE : iS;
    if (pos === oE) return iE;
    if (pos === oS) return iS;
    // Strictly inside a replacement: the whole original stretch answers for it.
    return bias === 'start' ? iS : iE;
  }
}

/** The composed map from the repaired text back to the document as read. */
export class OffsetMap {
  private readonly steps: StepMap[] = [];

  push(step: StepMap): void {
    if (step.size > 0) this.steps.push(step);
  }

  get identity(): boolean {
    return this.steps.length === 0;
  }

  /** Position in the original text for a position in the repaired text. */
  toOriginal(pos: number, bias: Bias = 'start'): number {
    for (let i = this.steps.length - 1; i >= 0; i--) pos = this.steps[i]!.toInput(pos, bias);
    return pos;
  }

  /** `[start, end)` in the repaired text to the original text. */
  spanToOriginal(start: number, end: number): [number, number] {
    if (this.identity) return [start, end];
    const s = this.toOriginal(start, 'start');
    return [s, Math.max(s, this.toOriginal(end, 'end'))];
  }
}

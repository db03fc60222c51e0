/** A stretch of the text to mark: an actor, a trigger, a date, a place or an event's sentence. */
export interface Mark {
  start: number;
  end: number;
  kind: 'actor' | 'trigger' | 'date' | 'place' | 'evidence';
  /** Which event or entity it belongs to (to highlight it with its event). */
  key: string;
  /** What a tooltip says: "CHNGOV: China". */
  title: string;
  /** A small label after the words: the event's number beside its trigger. */
  label?: string;
}

export interface Segment { start: number; end: number; text: string; marks: Mark[] }

/**
 * The text cut where any mark starts or ends, each piece with the marks that cover it, so that
 * overlapping marks (a trigger inside its sentence, an actor inside a place) nest as spans.
 */
export function segments(text: string, marks: readonly Mark[]): Segment[] {
  const valid = marks.filter((m) => m.start < m.end && m.start >= 0 && m.end <= text.length);
  const cuts = new Set<number>([0, text.length]);
  for (const m of valid) { cuts.add(m.start); cuts.add(m.end); }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!, end = points[i + 1]!;
    out.push({ start, end, text: text.slice(start, end), marks: valid.filter((m) => m.start <= start && m.end >= end) });
  }
  return out;
}

/** The evidence sentence in three parts around its trigger (offsets are the document's). */
export function splitEvidence(evidence: { text: string; span: readonly [number, number] }, trigger: { span: readonly [number, number] }): [string, string, string] {
  const a = trigger.span[0] - evidence.span[0], b = trigger.span[1] - evidence.span[0];
  if (a < 0 || b > evidence.text.length || a >= b) return [evidence.text, '', ''];
  return [evidence.text.slice(0, a), evidence.text.slice(a, b), evidence.text.slice(b)];
}

import type { DateMention, Document, Event, PlaceMention } from '../model/index.js';
import { OffsetMap } from './repair/offsets.js';
import type { RepairKind } from './repair/step.js';
import { TokenTable } from './nlp/tokens.js';
import type { ActorMention } from './actors/03-context.js';

/** A sentence: tokens `[start, end)` and its characters in the document as read. */
export interface Sentence {
  start: number;
  end: number;
  charStart: number;
  charEnd: number;
}

/**
 * A document under analysis. `text` is the repaired copy the stages read; every span reported to the
 * user goes through `offsets` back to `document.text`, the text as read.
 */
export class Doc {
  text: string;
  readonly offsets = new OffsetMap();
  readonly repairs = new Map<RepairKind, number>();
  tokens: TokenTable = TokenTable.empty;
  sentences: Sentence[] = [];
  actors: ActorMention[] = [];
  /**
   * Names that are no actors where they stand but that events may take: places ("in Kenya"),
   * modifiers ("Kenyan coffee") and role words the story's country fills ("the government").
   */
  aside: ActorMention[] = [];
  events: Event[] = [];
  /** Every date the text names, resolved against the report's date. */
  dates: DateMention[] = [];
  /** Every place the text names that the gazetteer resolved. */
  places: PlaceMention[] = [];

  constructor(readonly document: Document) {
    this.text = document.text;
  }

  /** The words of a sentence exactly as in the document as read. */
  sentenceText(i: number): string {
    const s = this.sentences[i]!;
    return this.document.text.slice(s.charStart, s.charEnd);
  }
}

/** The parts of a Doc a stage may require or assign. */
export type DocField = 'text' | 'tokens' | 'sentences' | 'actors' | 'aside' | 'events' | 'dates' | 'places';

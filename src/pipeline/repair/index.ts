import type { Stage } from '../stage.js';
import type { Doc } from '../doc.js';
import { StepMap, type TextEdit } from './offsets.js';
import type { RepairKind, RepairStep } from './step.js';
import { bom } from './01-bom.js';
import { mojibake } from './02-mojibake.js';
import { entities } from './02b-entities.js';
import { control } from './03-control.js';
import { nfc } from './04-nfc.js';
import { doubledPunctuation, spaceBeforePunctuation } from './05-punctuation.js';

export type { NameRepairer, RepairKind } from './step.js';
export { OffsetMap, StepMap } from './offsets.js';
export { nameEdits } from './06-names.js';

/** In order: mojibake before control characters, since it reads C1 code points as bytes. */
export const REPAIR_STEPS: readonly RepairStep[] = [
  bom,
  mojibake,
  entities,
  control,
  nfc,
  doubledPunctuation,
  spaceBeforePunctuation,
];

// Anything any step but NFC could mend: most documents have none, and skip those steps.
const SUSPECT = /[\uFEFF\u00C2-\u00F4&\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B]|[.,;:][ \t]*[.,;:]|[ \t][,.;:!?]/;
const ALWAYS: ReadonlySet<RepairStep> = new Set([nfc]);

/**
 * Text repair: mends the text the stages read, and records every change in the Doc's offset map.
 * Names are mended after tagging (see nlpStage), where the tagger's words say which may need it.
 */
export const repairStage: Stage = {
  name: 'repair',
  requires: ['text'],
  assigns: ['text'],
  run(doc) {
    const suspect = SUSPECT.test(doc.text);
    for (const step of REPAIR_STEPS) {
      if (suspect || ALWAYS.has(step)) applyEdits(doc, step.kind, step.find(doc.text));
    }
  },
};

/** Makes the edits of one repair (if any) to the Doc's text, recording them in its offset map and its count of repairs. */
export function applyEdits(doc: Doc, kind: RepairKind, edits: TextEdit[]): void {
  if (edits.length === 0) return;
  const { text, map } = StepMap.apply(doc.text, edits);
  doc.text = text;
  doc.offsets.push(map);
  doc.repairs.set(kind, (doc.repairs.get(kind) ?? 0) + edits.length);
}

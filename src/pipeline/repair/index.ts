import type { Stage } from '../stage.js';
import { StepMap } from './offsets.js';
import type { RepairStep } from './step.js';
import { bom } from './01-bom.js';
import { mojibake } from './02-mojibake.js';
import { entities } from './02b-entities.js';
import { control } from './03-control.js';
import { nfc } from './04-nfc.js';
import { doubledPunctuation, spaceBeforePunctuation } from './05-punctuation.js';
import { names } from './06-names.js';

export type { NameRepairer, RepairKind } from './step.js';
export { OffsetMap, StepMap } from './offsets.js';

/** In order: mojibake before control characters, since it reads C1 code points as bytes. */
export const REPAIR_STEPS: readonly RepairStep[] = [
  bom,
  mojibake,
  entities,
  control,
  nfc,
  doubledPunctuation,
  spaceBeforePunctuation,
  names,
];

/** Text repair: mends the text the stages read, and records every change in the Doc's offset map. */
// Anything any step but NFC and names could mend: most documents have none, and skip those steps.
const SUSPECT = /[\uFEFF\u00C2-\u00F4&\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B]|[.,;:][ \t]*[.,;:]|[ \t][,.;:!?]/;
const ALWAYS: ReadonlySet<RepairStep> = new Set([nfc, names]);

export const repairStage: Stage = {
  name: 'repair',
  requires: ['text'],
  assigns: ['text'],
  run(doc, ctx) {
    const suspect = SUSPECT.test(doc.text);
    for (const step of REPAIR_STEPS) {
      if (!suspect && !ALWAYS.has(step)) continue;
      const edits = step.find(doc.text, { names: ctx.names });
      if (edits.length === 0) continue;
      const { text, map } = StepMap.apply(doc.text, edits);
      doc.text = text;
      doc.offsets.push(map);
      doc.repairs.set(step.kind, (doc.repairs.get(step.kind) ?? 0) + edits.length);
    }
  },
};

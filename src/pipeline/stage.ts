import type { Doc, DocField } from './doc.js';
import type { Context } from './context.js';

/** A pure step of the pipeline: reads what it requires from the Doc, writes what it assigns. */
export interface Stage {
  name: string;
  requires: readonly DocField[];
  assigns: readonly DocField[];
  run(doc: Doc, ctx: Context): void;
}

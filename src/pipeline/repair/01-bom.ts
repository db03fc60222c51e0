import { editsFromMatches, type RepairStep } from './step.js';

/** Byte order marks anywhere in the text (files glued together keep theirs) are dropped. */
export const bom: RepairStep = {
  kind: 'bom',
  find: (text) =>
    text.includes('\uFEFF')
      ? editsFromMatches(text, /\uFEFF+/g, (m) => ({ start: m.index, end: m.index + m[0].length, insert: '' }))
      : [],
};

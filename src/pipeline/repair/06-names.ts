import { editsFromMatches, type RepairStep } from './step.js';

// Capitalised words, with the marks a broken transcoding leaves inside them ("Fern?ndez").
const LETTER = String.raw`(?:[\p{L}\p{M}]|[?\uFFFD](?=\p{L}))`;
const CAPITALISED = new RegExp(String.raw`\p{Lu}${LETTER}*(?:['’-]\p{L}${LETTER}*)*`, 'gu');

/** Names that lost letters in transcoding ("Fernndez") are mended by the lexicon's NameRepairer. */
export const names: RepairStep = {
  kind: 'name',
  find(text, { names: repairer }) {
    if (!repairer) return [];
    return editsFromMatches(text, CAPITALISED, (m) => {
      const insert = repairer.repair(m[0]);
      return insert === undefined || insert === m[0] ? undefined : { start: m.index, end: m.index + m[0].length, insert };
    });
  },
};

import { editsFromMatches, type RepairStep } from './step.js';

// Words starting with a capital (Latin, Greek or Cyrillic), with the marks a broken transcoding leaves
// inside them ("Fern?ndez"). Plain character ranges for the first letter keep this pass fast; a
// lower-case letter from those blocks slipping in only costs a failed look-up.
const CAPITALISED = /[A-Z\u00C0-\u00DE\u0100-\u024F\u0370-\u03FF\u0400-\u042F][\p{L}\p{M}?\uFFFD'’-]*/gu;
const TRAILING = new Set(['?', '\uFFFD', "'", '’', '-']);

/** A word without a possessive "'s" and the marks left after it: "Quatar's" is looked up as "Quatar". */
function bare(word: string): string {
  let end = word.length;
  if (end > 2 && word[end - 1] === 's' && (word[end - 2] === "'" || word[end - 2] === '’')) end -= 2;
  while (end > 0 && TRAILING.has(word[end - 1]!)) end--;
  return end === word.length ? word : word.slice(0, end);
}

/** Names that lost letters in transcoding ("Fernndez") are mended by the lexicon's NameRepairer. */
export const names: RepairStep = {
  kind: 'name',
  find(text, { names: repairer }) {
    if (!repairer) return [];
    return editsFromMatches(text, CAPITALISED, (m) => {
      const word = bare(m[0]);
      const insert = repairer.repair(word);
      return insert === undefined || insert === word ? undefined : { start: m.index, end: m.index + word.length, insert };
    });
  },
};

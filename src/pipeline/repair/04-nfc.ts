import { editsFromMatches, type RepairStep } from './step.js';

// Every change NFC makes involves a code point at or above U+0300, and nothing below U+0300 composes
// with what precedes it, so a character and the run of such code points after it normalise alone.
const RUN = /[\s\S][^\u0000-\u02FF]+/gu;

/** Unicode NFC: "e" + combining acute becomes "é", so the lexicon sees one spelling. */
export const nfc: RepairStep = {
  kind: 'nfc',
  find(text) {
    if (text.normalize('NFC') === text) return [];
    return editsFromMatches(text, RUN, (m) => {
      const insert = m[0].normalize('NFC');
      return insert === m[0] ? undefined : { start: m.index, end: m.index + m[0].length, insert };
    });
  },
};

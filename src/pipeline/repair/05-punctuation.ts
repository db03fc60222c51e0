import { editsFromMatches, type RepairStep } from './step.js';

// ". ." and ", ," (a mark repeated after spaces), ",," and ";;", and ".." that is not an ellipsis.
const DOUBLED = /([.,;:])(?:[ \t]+\1)+|([,;:])\2+|(?<!\.)\.\.(?!\.)/g;

/** Repeated punctuation marks from feeds ("a shared future. .") are reduced to one. */
export const doubledPunctuation: RepairStep = {
  kind: 'doubled-punctuation',
  find: (text) =>
    editsFromMatches(text, DOUBLED, (m) => ({ start: m.index + 1, end: m.index + m[0].length, insert: '' })),
};

// Spaces before a mark that ends a clause: "Buenos Aires , the capital" → "Buenos Aires, the capital".
const SPACE_BEFORE = /[ \t]+(?=[,.;:!?](?:\s|$|["'”’)\]]))/g;

/** Spaces before punctuation are dropped. */
export const spaceBeforePunctuation: RepairStep = {
  kind: 'space-before-punctuation',
  find: (text) =>
    editsFromMatches(text, SPACE_BEFORE, (m) => ({ start: m.index, end: m.index + m[0].length, insert: '' })),
};

import { editsFromMatches, type RepairStep } from './step.js';

// C0 controls but tab, line feed and carriage return; DEL; C1 controls; zero-width space.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B]+/g;

/** Control characters left by feeds and word processors are dropped. Runs after mojibake repair,
 * which reads C1 code points as bytes. */
export const control: RepairStep = {
  kind: 'control',
  find: (text) => editsFromMatches(text, CONTROL, (m) => ({ start: m.index, end: m.index + m[0].length, insert: '' })),
};

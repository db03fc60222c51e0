import { describe, expect, it } from 'vitest';
import { codeInputs } from '../src/app/code.js';
import type { Diagnostic } from '../src/model/index.js';
import { scratch } from './helpers/files.js';
import { engine } from './helpers/front-end.js';

const files = scratch();

describe('a 50 MB document', () => {
  it('is read and analysed in pieces, with a message saying so, and spans that still point into it', async () => {
    const paragraph =
      'Chile and Peru held talks in Lima on Monday, officials said. The foreign ministers agreed to meet again in March.\n\n';
    const text = paragraph.repeat(Math.ceil(50e6 / paragraph.length));
    const path = files.write('huge.txt', `date 2023-01-25 ${text}`);
    const diagnostics: Diagnostic[] = [];
    let lastSpan: [number, number] = [0, 0], docText = '';
    const summary = await codeInputs([path], {
      nlp: engine,
      onDiagnostic: (d) => diagnostics.push(d),
      onDocument: (doc) => {
        const s = doc.sentences.at(-1)!;
        lastSpan = [s.charStart, s.charEnd];
        docText = doc.document.text;
      },
    });
    expect(diagnostics).toMatchObject([{ level: 'warning', code: 'W_LARGE', file: path }]);
    expect(diagnostics[0]!.message).toMatch(/is 50\.\d MB: analysed in pieces/);
    expect(summary.documents).toBe(1);
    expect(summary.sentences).toBe(2 * Math.ceil(50e6 / paragraph.length));
    expect(docText.slice(...lastSpan)).toBe('The foreign ministers agreed to meet again in March.');
  }, 240_000);
});

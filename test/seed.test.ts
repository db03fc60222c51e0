import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { codeInputs, sentenceRecords } from '../src/app/code.js';
import type { Doc } from '../src/pipeline/index.js';
import { engine } from './helpers/front-end.js';
import { hasSeed, SEED } from './helpers/shared.js';

describe.runIf(hasSeed())('the seed report', () => {
  it('is read as a dated record, repaired, and split into sentences that point into it', async () => {
    const docs: Doc[] = [];
    const summary = await codeInputs([SEED], { nlp: engine, onDocument: (d) => void docs.push(d) });
    expect(summary).toMatchObject({ documents: 1, errors: 0, warnings: 0, repairs: { 'doubled-punctuation': 2 } });
    const doc = docs[0]!;
    expect(doc.document.date).toBe('2023-01-25');
    const records = sentenceRecords(doc);
    // The damaged ". ." no longer glues two sentences together.
    expect(records.map((r) => r.text)).toContain('China stands ready to join forces with LAC countries to promote world peace and development, build a community with a shared future for mankind and open up an even better future for the world.');
    expect(records[0]!.text).toMatch(/^On January 24, the seventh Summit/);
    const raw = readFileSync(SEED, 'utf8');
    const body = raw.slice(raw.indexOf('On January 24'));
    for (const r of records) {
      expect(doc.document.text.slice(...r.span)).toBe(r.text);
      expect(body.slice(...r.span)).toBe(r.text);
      expect(r.text).not.toMatch(/\.\s+\.$/);
    }
  });
});

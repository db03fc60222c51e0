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
    // The text is what follows the record's "date" line, and every span points into it.
    const raw = readFileSync(SEED, 'utf8');
    const body = raw.slice(raw.search(/\d{4}-\d{2}-\d{2}/) + 10).trimStart();
    expect(doc.document.text).toBe(body);
    // The damaged ". ." inside a paragraph no longer glues two sentences together: a sentence ends
    // at its first stop and the next one starts after the second.
    const glued = body.search(/\. \.(?= \S)/);
    expect(glued).toBeGreaterThan(0);
    expect(records.some((r) => r.span[1] === glued + 1)).toBe(true);
    expect(records.some((r) => r.span[0] === glued + 4)).toBe(true);
    for (const r of records) {
      expect(doc.document.text.slice(...r.span)).toBe(r.text);
      expect(body.slice(...r.span)).toBe(r.text);
      expect(r.text).not.toMatch(/\.\s+\.$/);
    }
  });
});

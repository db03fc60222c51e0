import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { codeInputs, sentenceRecords } from '../src/app/code.js';
import { kilometres } from '../src/app/when-where-eval.js';
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

  it('is coded as an analyst would: the summit, Xi\'s address, the invitation, support, readiness and cooperation', async () => {
    const docs: Doc[] = [];
    await codeInputs([SEED], { nlp: engine, onDocument: (d) => void docs.push(d) });
    const doc = docs[0]!;
    const coded = doc.events.map((e) => `${e.source?.code ?? '-'} → ${e.target?.code ?? '-'} ${e.cameo} ${e.plover ?? '-'}`);
    // [source, target, CAMEO code or root, PLOVER]: what an analyst codes in this report.
    const expected: [string, string, RegExp, string][] = [
      ['IGOLAMCEL', '-', /^04/, 'CONSULT'], // the seventh CELAC summit meets in Buenos Aires
      ['CHNGOV', 'IGOLAMCEL', /^010$/, '-'], // Xi's video address to it
      ['ARGGOV', 'CHNGOV', /^04/, 'CONSULT'], // at the invitation of Argentina's president, its host
      ['CHN', 'LAC', /^05/, 'SUPPORT'], // China supports the region's integration
      ['CHN', 'LAC', /^03/, 'AGREE'], // China is ready to work with LAC countries
      ['LAC', 'CHN', /^06/, 'COOPERATE'], // countries of the region cooperate with China in the Belt and Road
    ];
    for (const [source, target, cameo, plover] of expected) {
      const hit = doc.events.find((e) => e.source?.code === source && (e.target?.code ?? '-') === target && cameo.test(e.cameo) && (e.plover ?? '-') === plover && !e.negated);
      expect(hit, `${source} → ${target} ${cameo} ${plover} among:\n${coded.join('\n')}`).toBeDefined();
      expect(doc.document.text.slice(...hit!.trigger.span)).toBe(hit!.trigger.text);
    }
    // "The world is going through a new period of turbulence" codes nothing.
    const turbulence = doc.sentences.findIndex((_, i) => /new period of turbulence/.test(doc.sentenceText(i)));
    expect(turbulence).toBeGreaterThan(0);
    expect(doc.events.filter((e) => e.sentence === turbulence)).toEqual([]);
  });

  it('dates and places Xi\'s address: 24 January 2023, in Buenos Aires, where the summit met', async () => {
    const docs: Doc[] = [];
    await codeInputs([SEED], { nlp: engine, onDocument: (d) => void docs.push(d) });
    const address = docs[0]!.events.find((e) => e.source?.code === 'CHNGOV' && e.target?.code === 'IGOLAMCEL' && e.cameo === '010');
    expect(address).toMatchObject({ date: '2023-01-24', datePrecision: 'day', place: { name: 'Buenos Aires', country: 'ARG', precision: 'city' } });
    expect(kilometres(address!.place!, { lat: -34.61, lon: -58.38 })).toBeLessThan(5);
  });
});

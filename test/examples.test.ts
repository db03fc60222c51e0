import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { codeInputs } from '../src/app/code.js';
import type { Diagnostic } from '../src/model/index.js';
import { engine } from './helpers/front-end.js';

const PLOVER = ['AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST', 'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT'];

interface Report { id: string; date: string; title: string; source: string; region: string; plover: string[]; text: string }

const reports: Report[] = readdirSync('examples')
  .filter((f) => f.endsWith('.jsonl'))
  .flatMap((f) => readFileSync(`examples/${f}`, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Report));

describe('the example corpus', () => {
  it('holds at least 150 reports of 80 to 400 words, 2015 to 2026, with unique ids, titles and sources', () => {
    expect(reports.length).toBeGreaterThanOrEqual(150);
    expect(new Set(reports.map((r) => r.id)).size).toBe(reports.length);
    for (const r of reports) {
      const words = r.text.split(/\s+/).filter(Boolean).length;
      expect(words, r.id).toBeGreaterThanOrEqual(80);
      expect(words, r.id).toBeLessThanOrEqual(400);
      expect(r.date >= '2015-01-01' && r.date <= '2026-12-31', r.id).toBe(true);
      expect(r.title.length, r.id).toBeGreaterThan(0);
      expect(r.source.length, r.id).toBeGreaterThan(0);
    }
  });

  it('exercises every PLOVER category, in every region it covers', () => {
    const counts = new Map<string, number>();
    for (const r of reports) for (const p of r.plover) counts.set(p, (counts.get(p) ?? 0) + 1);
    for (const p of PLOVER) expect(counts.get(p) ?? 0, p).toBeGreaterThanOrEqual(3);
    expect(new Set(reports.map((r) => r.region)).size).toBeGreaterThanOrEqual(3);
  });

  it('is read and analysed without a single error or warning', async () => {
    const diagnostics: Diagnostic[] = [];
    const summary = await codeInputs(['examples'], { nlp: engine, onDiagnostic: (d) => diagnostics.push(d) });
    expect(diagnostics).toEqual([]);
    expect(summary.documents).toBe(reports.length);
    expect(summary.sentences).toBeGreaterThan(reports.length * 4);
  });
});

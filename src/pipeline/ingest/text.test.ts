import { describe, expect, it } from 'vitest';
import { readAll, scratch } from '../../../test/helpers/files.js';
import { stableId } from './fields.js';

const files = scratch();

describe('plain text and the dated record format', () => {
  it('reads a report in the record format: date, then the text', async () => {
    const path = files.write('seedlike.txt', '  date 2024-03-02 On March 1, the ministers met.\n\nLula spoke.');
    const { documents, diagnostics } = await readAll([path]);
    expect(diagnostics).toEqual([]);
    expect(documents).toHaveLength(1);
    expect(documents[0]).toMatchObject({ date: '2024-03-02', text: 'On March 1, the ministers met.\n\nLula spoke.' });
    expect(documents[0]!.id).toBe(stableId(documents[0]!.text));
  });

  it('reads plain text without a date, and says so', async () => {
    const path = files.write('plain.txt', 'Chile and Peru held talks.');
    const { documents, diagnostics } = await readAll([path]);
    expect(documents[0]).toMatchObject({ date: null, text: 'Chile and Peru held talks.' });
    expect(diagnostics).toMatchObject([{ level: 'warning', code: 'W_NO_DATE', file: path }]);
  });

  it('gives the same text the same id', async () => {
    const a = files.write('a.txt', 'Same words.');
    const b = files.write('b.txt', 'Same words.');
    const { documents } = await readAll([a, b]);
    expect(documents[0]!.id).toBe(documents[1]!.id);
  });

  it('keeps the text but not an impossible date', async () => {
    const path = files.write('bad-date.txt', 'date 2023-13-45 Text here.');
    const { documents, diagnostics } = await readAll([path]);
    expect(documents[0]).toMatchObject({ date: null, text: 'Text here.' });
    expect(diagnostics).toMatchObject([{ code: 'W_DATE', line: 1, field: 'date' }]);
  });
});

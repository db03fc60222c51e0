import { describe, expect, it } from 'vitest';
import { readAll, scratch } from '../../../test/helpers/files.js';
import { normalizeDate } from './fields.js';

const files = scratch();

describe('JSON Lines', () => {
  it('reads records, keeps unknown fields as metadata and skips blank lines', async () => {
    const path = files.write('feed.jsonl', [
      JSON.stringify({ id: 'a1', date: '2023-01-25', text: 'Xi spoke.', title: 'Summit', url: 'http://example.org/a1', source: 'Wire', language: 'en', desk: 'world', tags: ['x'] }),
      '',
      JSON.stringify({ id: 7, date: 1674604800, text: 'Lula met Xi.' }),
    ].join('\n'));
    const { documents, diagnostics } = await readAll([path]);
    expect(diagnostics).toEqual([]);
    expect(documents[0]).toMatchObject({ id: 'a1', title: 'Summit', source: 'Wire', language: 'en', meta: { desk: 'world', tags: ['x'] } });
    expect(documents[1]).toMatchObject({ id: '7', date: '2023-01-25', origin: { file: path, line: 3, format: 'jsonl' } });
  });

  it('reports a malformed line by file and line, and still reads the others', async () => {
    const path = files.write('broken.jsonl', [
      JSON.stringify({ id: 'ok1', date: '2023-01-25', text: 'First.' }),
      '{"id": "bad", "text": "unterminated',
      '[1, 2]',
      JSON.stringify({ id: 'no-text', date: '2023-01-25' }),
      JSON.stringify({ id: 'ok2', date: '2023-01-26', text: 'Second.' }),
    ].join('\n') + '\n');
    const { documents, diagnostics } = await readAll([path]);
    expect(documents.map((d) => d.id)).toEqual(['ok1', 'ok2']);
    expect(diagnostics).toMatchObject([
      { level: 'error', code: 'E_JSON', file: path, line: 2 },
      { level: 'error', code: 'E_RECORD', file: path, line: 3 },
      { level: 'error', code: 'E_NO_TEXT', file: path, line: 4, field: 'text' },
    ]);
  });

  it('reads a record without a date, saying so, and one with a bad date without it', async () => {
    const path = files.write('dates.jsonl', [
      JSON.stringify({ text: 'No date here.' }),
      JSON.stringify({ id: 'x', date: '2023-13-45', text: 'Bad date.' }),
    ].join('\n'));
    const { documents, diagnostics } = await readAll([path]);
    expect(documents.map((d) => d.date)).toEqual([null, null]);
    expect(documents[0]!.id).toMatch(/^doc-[0-9a-f]{16}$/);
    expect(diagnostics).toMatchObject([{ code: 'W_NO_DATE', line: 1 }, { code: 'W_DATE', line: 2, field: 'date' }]);
    expect(documents[1]!.meta.date).toBe('2023-13-45');
  });

  it('reads a .json file holding an array of records', async () => {
    const path = files.write('array.json', JSON.stringify([{ id: 'a', date: '2020-01-01', text: 'One.' }, 5]));
    const { documents, diagnostics } = await readAll([path]);
    expect(documents.map((d) => d.id)).toEqual(['a']);
    expect(diagnostics).toMatchObject([{ code: 'E_RECORD', field: '[1]' }]);
  });

  // [value, date]
  const dates: [unknown, string][] = [
    ['2023-01-25', '2023-01-25'],
    ['2023-01-25T23:30:00-05:00', '2023-01-25'],
    ['2023-01-25 08:00', '2023-01-25'],
    [1674604800, '2023-01-25'],
    [1674604800000, '2023-01-25'],
    ['1674604800', '2023-01-25'],
    ['Wed, 25 Jan 2023 10:00:00 GMT', '2023-01-25'],
  ];
  it.each(dates)('reads the date %j', (value, date) => {
    expect(normalizeDate(value)).toEqual({ ok: true, date });
  });

  it.each([['2023-02-30'], ['yesterday'], [{}], ['25/01/2023']])('refuses the date %j with a reason', (value) => {
    const r = normalizeDate(value);
    expect(r.ok).toBe(false);
  });
});

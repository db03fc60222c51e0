import { describe, expect, it } from 'vitest';
import { readAll, scratch } from '../../../test/helpers/files.js';

const files = scratch();

describe('CSV', () => {
  it('reads rows with the JSON Lines columns, quoted commas and line breaks included', async () => {
    const path = files.write('feed.csv', [
      'ID,Date,Title,Text,desk',
      'c1,2023-01-25,Summit,"Xi spoke, briefly.",world',
      'c2,2023-01-26,Talks,"Lula met Xi.',
      '',
      'They agreed.",world',
    ].join('\n'));
    const { documents, diagnostics } = await readAll([path]);
    expect(diagnostics).toEqual([]);
    expect(documents.map((d) => d.id)).toEqual(['c1', 'c2']);
    expect(documents[0]).toMatchObject({ title: 'Summit', text: 'Xi spoke, briefly.', meta: { desk: 'world' }, origin: { line: 2, format: 'csv' } });
    expect(documents[1]!.text).toBe('Lula met Xi.\n\nThey agreed.');
  });

  it('refuses a CSV without a text column, naming the columns it found', async () => {
    const path = files.write('notext.csv', 'id,date,body\n1,2023-01-25,Hello\n');
    const { documents, diagnostics } = await readAll([path]);
    expect(documents).toEqual([]);
    expect(diagnostics).toMatchObject([{ level: 'error', code: 'E_CSV_COLUMNS', file: path, line: 1 }]);
    expect(diagnostics[0]!.message).toContain('found: id, date, body');
  });

  it('keeps the rows before an unclosed quote and reports where reading stopped', async () => {
    const path = files.write('unclosed.csv', 'id,text\n1,Fine.\n2,"Never closed\n3,Lost.\n');
    const { documents, diagnostics } = await readAll([path]);
    expect(documents.map((d) => d.id)).toEqual(['1']);
    expect(diagnostics.filter((d) => d.code === 'E_CSV')).toHaveLength(1);
  });

  it('reports a row that breaks the quoting and reads the rest', async () => {
    const path = files.write('badrow.csv', 'id,text\n1,Fine.\n2,bad "quote" here\n3,Also fine.\n');
    const { documents, diagnostics } = await readAll([path]);
    expect(documents.map((d) => d.id)).toEqual(['1', '3']);
    expect(diagnostics.filter((d) => d.level === 'error')).toMatchObject([{ code: 'E_CSV', line: 3 }]);
  });
});

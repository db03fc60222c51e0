import { describe, expect, it } from 'vitest';
import { readAll, scratch, stream } from '../../../test/helpers/files.js';

const files = scratch();
const record = (id: string) => JSON.stringify({ id, date: '2023-01-25', text: `Report ${id}.` });

describe('inputs: folders, stdin, formats and bad files', () => {
  it('reads a folder recursively, in name order, only files of known formats', async () => {
    files.write('tree/b.jsonl', record('b1') + '\n' + record('b2'));
    files.write('tree/a.txt', 'date 2023-01-25 Report a.');
    files.write('tree/sub/c.csv', 'id,date,text\nc,2023-01-25,Report c.\n');
    files.write('tree/sub/d.html', '<html><body><p>Report d.</p></body></html>');
    files.write('tree/.hidden.txt', 'not read');
    files.write('tree/notes.docx', 'not read');
    const { documents } = await readAll([`${files.dir}/tree`]);
    expect(documents.map((d) => d.text)).toEqual(['Report a.', 'Report b1.', 'Report b2.', 'Report c.', 'Report d.']);
  });

  it('reads stdin for "-", guessing the format from the content', async () => {
    const jsonl = await readAll(['-'], { stdin: stream(record('s1') + '\n' + record('s2')) });
    expect(jsonl.documents.map((d) => d.id)).toEqual(['s1', 's2']);
    expect(jsonl.documents[0]!.origin.file).toBe('<stdin>');
    const text = await readAll(['-'], { stdin: stream('date 2022-10-02 Brazil votes today.') });
    expect(text.documents[0]).toMatchObject({ date: '2022-10-02', text: 'Brazil votes today.' });
    const csv = await readAll(['-'], { stdin: stream('id,text\nx,Hello there.\n') });
    expect(csv.documents[0]).toMatchObject({ id: 'x', origin: { format: 'csv' } });
  });

  it('guesses the format of a file with an unknown extension, and obeys a forced one', async () => {
    const feed = files.write('feed.dat', record('g1'));
    expect((await readAll([feed])).documents[0]!.id).toBe('g1');
    const asText = files.write('records.txt', record('f1'));
    expect((await readAll([asText])).documents[0]!.text).toBe(record('f1'));
    expect((await readAll([asText], { format: 'jsonl' })).documents[0]!.id).toBe('f1');
  });

  it('says an empty file has nothing to read', async () => {
    const { documents, diagnostics } = await readAll([files.write('empty.txt', ''), files.write('empty.jsonl', '')]);
    expect(documents).toEqual([]);
    expect(diagnostics).toMatchObject([{ level: 'warning', code: 'W_EMPTY' }, { level: 'warning', code: 'W_EMPTY' }]);
  });

  it('skips a binary file, whatever its name', async () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    const { documents, diagnostics } = await readAll([files.write('image.txt', png), files.write('image.jsonl', png)]);
    expect(documents).toEqual([]);
    expect(diagnostics).toMatchObject([{ level: 'error', code: 'E_BINARY' }, { level: 'error', code: 'E_BINARY' }]);
  });

  it('reads a Latin-1 file as Windows-1252, and marks stray bad bytes in UTF-8', async () => {
    const latin1 = files.write('latin1.txt', Buffer.from('date 2023-01-25 Alberto Fern\xe1ndez habl\xf3.', 'latin1'));
    const mixed = files.write('mixed.txt', Buffer.concat([Buffer.from('São Paulo\n'), Buffer.from([0xff]), Buffer.from(' end')]));
    const lines = files.write('mixed.jsonl', Buffer.concat([Buffer.from(record('m1') + '\n{"id":"m2","text":"Bad '), Buffer.from([0xc3, 0x28]), Buffer.from('"}\n')]));
    const { documents, diagnostics } = await readAll([latin1, mixed, lines]);
    expect(documents[0]!.text).toBe('Alberto Fernández habló.');
    expect(documents[1]!.text).toBe('São Paulo\n\uFFFD end');
    expect(documents[3]!.text).toBe('Bad \uFFFD(');
    expect(diagnostics.filter((d) => d.code === 'W_ENCODING')).toMatchObject([
      { file: latin1, line: 1 },
      { file: mixed, line: 2 },
      { file: lines, line: 2 },
    ]);
  });

  it('reads UTF-16 with a byte order mark', async () => {
    const path = files.write('utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('date 2023-01-25 Bogotá.', 'utf16le')]));
    expect((await readAll([path])).documents[0]!.text).toBe('Bogotá.');
  });

  it('names a path that does not exist, and goes on with the next', async () => {
    const good = files.write('good.txt', 'date 2023-01-25 Fine.');
    const { documents, diagnostics } = await readAll([`${files.dir}/missing.txt`, good]);
    expect(diagnostics).toMatchObject([{ level: 'error', code: 'E_FILE', file: `${files.dir}/missing.txt` }]);
    expect(diagnostics[0]!.message).toContain('no such file');
    expect(documents).toHaveLength(1);
  });
});

import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { scratch } from '../../../test/helpers/files.js';
import { createIngestProgress, estimateDocuments } from './progress.js';

const files = scratch();
files.write('feed/a.jsonl', '{"text": "one"}\n{"text": "two"}\n{"text": "three"}');
files.write('feed/b.csv', 'id,text\n1,four\n2,five\n');
files.write('feed/deep/c.txt', 'six');
files.write('feed/notes.md', 'not read');

describe('the ingest progress', () => {
  // [inputs, documents expected]
  const cases: [string[], number | undefined][] = [
    [['feed'], 6],
    [['feed/a.jsonl', 'feed/deep/c.txt'], 4],
    [['feed', '-'], undefined],
    [['feed/notes.md'], undefined],
    [['missing.jsonl'], undefined],
  ];
  it.each(cases)('estimates %j as %s documents', async (paths, expected) => {
    expect(await estimateDocuments(paths.map((p) => (p === '-' ? p : `${files.dir}/${p}`)))).toBe(expected);
  });

  it('rewrites one line on a terminal, with the time left when the total is known', () => {
    const err = new PassThrough();
    let text = '';
    err.on('data', (c: Buffer) => { text += c.toString(); });
    const progress = createIngestProgress(err, 'terminal', 400);
    progress.update({ documents: 100, stored: 100, unchanged: 0, replaced: 0, mentions: 250, newEvents: 200, seconds: 10 });
    progress.done();
    expect(text).toBe('\r\x1b[2K100 documents of 400 (25%), 10.0 documents/s, 250 reports, 200 new events, 0:30 left\r\x1b[2K');
  });
});

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadLexicon } from '../lexicon/index.js';
import { createPipeline } from '../pipeline/index.js';
import { Store } from '../store/index.js';
import { ingestDocuments } from './ingest.js';

const dir = mkdtempSync(join(tmpdir(), 'communique-ingest-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('ingestDocuments', () => {
  it('codes documents already read and stores them in the database’s mode', async () => {
    const store = await Store.open(join(dir, 'a.duckdb'));
    try {
      const pipeline = createPipeline({ lexicon: loadLexicon() });
      const talks = (id: string, source: string) => ({
        id, date: '2023-01-25', source, text: 'Chile and Peru held talks.', meta: {}, origin: { file: 'request', format: 'jsonl' as const },
      });
      expect(await ingestDocuments([talks('a', 'Wire A')], store, pipeline)).toMatchObject({ stored: 1, mentions: 2, newEvents: 2 });
      expect(await ingestDocuments([talks('b', 'Wire B'), talks('a', 'Wire A')], store, pipeline)).toMatchObject({ stored: 1, unchanged: 1, newEvents: 0 });
      expect(await store.dedupMode()).toBe('on');
      const { events } = await store.queryEvents({ limit: 10 });
      expect(events.map((e) => [e.source?.code, e.target?.code, e.numMentions, e.numSources])).toEqual([['PER', 'CHL', 2, 2], ['CHL', 'PER', 2, 2]]);
    } finally {
      store.close();
    }
  });
});

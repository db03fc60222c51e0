import { describe, expect, it } from 'vitest';
import { buildGazetteerData, packGazetteer, unpackGazetteer, type GazetteerData, type Strings } from './data.js';

const MINI = new URL('../../../test/fixtures/lexicon-mini/', import.meta.url).pathname;

describe('the compiled gazetteer file', () => {
  const built = buildGazetteerData(MINI);
  const plain = (d: GazetteerData) => Object.fromEntries(Object.entries(d).map(([k, v]) => {
    const strings = v as Strings;
    return [k, typeof strings?.at === 'function' && !Array.isArray(v) ? Array.from({ length: strings.length }, (_, i) => strings.at(i)) : ArrayBuffer.isView(v) ? Array.from(v as unknown as ArrayLike<number>) : v];
  }));

  it('reads back every column as it was written, names beyond ASCII included', () => {
    const read = unpackGazetteer(packGazetteer(built))!;
    expect(built.name.length).toBeGreaterThan(100_000);
    expect(plain(read)).toEqual(plain(built));
  });

  it('is no gazetteer when the bytes are another format', () => {
    expect(unpackGazetteer(Buffer.from('{"format":2}'))).toBeUndefined();
  });
});

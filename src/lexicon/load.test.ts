import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scratch } from '../../test/helpers/files.js';
import { CommuniqueError } from '../model/index.js';
import { loadLexicon, loadLexiconData } from './index.js';

const MINI = new URL('../../test/fixtures/lexicon-mini/', import.meta.url).pathname;
const files = scratch();
let copies = 0;

/** A copy of the small test lexicon with one file's text changed. */
function corrupted(file: string, change: (text: string) => string): string {
  const dir = join(files.dir, `lex-${copies++}`);
  cpSync(MINI, dir, { recursive: true });
  const path = join(dir, 'actors', file);
  writeFileSync(path, change(readFileSync(path, 'utf8')));
  return dir;
}

function loadError(dir: string): CommuniqueError {
  try {
    loadLexiconData(dir);
  } catch (e) {
    if (e instanceof CommuniqueError) return e;
    throw e;
  }
  throw new Error('the lexicon loaded');
}

describe('loading the lexicon', () => {
  it('loads a data folder and merges what world-countries holds', () => {
    const data = loadLexiconData(MINI);
    expect(data.people.size).toBe(3);
    const arg = data.states.get('ARG')!;
    expect(arg.names).toContain('Argentine Republic');
    expect(arg.adjectives).toEqual(expect.arrayContaining(['Argentine', 'Argentinian']));
    expect(arg.metonyms.map((m) => m.name)).toEqual(expect.arrayContaining(['Buenos Aires', 'Casa Rosada']));
    expect(data.version).toMatch(/^lex-[0-9a-f]{10}$/);
  });

  // [file, change, code, line, message]
  const broken: [string, (t: string) => string, string, number, RegExp][] = [
    ['states.yaml', (t) => t.replace('code: CHN', 'code: ARGN'), 'E_DICT_PARSE', 5, /expected an ISO 3166 alpha-3 code/],
    ['people/people.yaml', (t) => t.replace('start: 2019-12-10, end: 2023-12-10', 'start: 2019-12-10, end: 2018-01-01'), 'E_DICT_PARSE', 6, /ends before it starts/],
    ['people/people.yaml', (t) => t.replace('cristina-fernandez-de-kirchner', 'alberto-fernandez'), 'E_DICT_DUPLICATE', 7, /duplicate id "person\/arg\/alberto-fernandez" \(first at .*people.yaml:1\)/],
    ['organisations.yaml', (t) => t.replace('country: ARG', 'country: XYZ'), 'E_DICT_CODE', 1, /unknown state code "XYZ"/],
    ['regions.yaml', (t) => t.replace('members: [ARG]', 'members: [ARG'), 'E_DICT_PARSE', 6, /invalid YAML/],
    ['people/people.yaml', (t) => t.replace('start: 2013-03-14', 'start: 2013-02-30'), 'E_DICT_PARSE', 17, /not a real calendar day/],
  ];
  it.each(broken)('refuses %s with %s, naming the line', (file, change, code, line, message) => {
    const e = loadError(corrupted(file, change));
    expect(e.code).toBe(code);
    expect(e.context.file).toMatch(new RegExp(`${file.replace('/', '\\/')}$`));
    expect(e.context.line).toBe(line);
    expect(e.message).toMatch(message);
  });

  it('loads the package lexicon from its bundle or its YAML alike', () => {
    const fromBundle = loadLexicon();
    const fromYaml = loadLexiconData();
    expect(fromBundle.version).toBe(fromYaml.version);
    expect(fromBundle.data.people.size).toBe(fromYaml.people.size);
    expect(fromBundle.data.organisations.size).toBeGreaterThanOrEqual(80);
    expect(fromBundle.data.states.size).toBeGreaterThanOrEqual(197);
  });
});

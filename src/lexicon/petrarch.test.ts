import { describe, expect, it } from 'vitest';
import { codeOn, parseDictionary } from './petrarch.js';

const ACTORS = [
  '# a comment',
  '<!-- an XML comment',
  'over two lines -->',
  'ARGENTINA_  [ARG]',
  '+ARGENTINE_',
  '+ARGENTIN',
  'ALBERTO_FERNANDEZ_  # president',
  '\t[ARGELI 030525-080723]',
  '\t[ARGGOV 20191210-20231210]',
  '\t[ARGELI >231210]',
  'ANN_VENEMAN_\t[USAGOV 010120-050120] [IGOUNOKID >050501]',
  'NOBODY_ [---]',
  'BROKEN_  [ARG 2004017-20061201] [ARGGOV]',
  'ORPHAN_',
  '[CODE WITHOUT PHRASE',
].join('\n');

const AGENTS = [
  '!MINIST! = MINISTER, MINISTERS, MINISTRY',
  'FOREIGN_!MINIST! [~GOV]',
  'TROOP {} [~MIL]',
  'ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOVATG]',
  'REBEL [~REB]',
  'HUMAN_RIGHTS_BODY  [NGO~]',
].join('\n');

describe('PETRARCH and TABARI dictionaries', () => {
  const dict = parseDictionary(ACTORS, 'test.actors');

  it('reads records, synonyms, stems and dated codes', () => {
    const arg = dict.actors[0]!;
    expect(arg.phrases).toEqual([{ text: 'ARGENTINA', stem: false }, { text: 'ARGENTINE', stem: false }, { text: 'ARGENTIN', stem: true }]);
    const alberto = dict.actors.find((a) => a.name === 'ALBERTO FERNANDEZ')!;
    expect(alberto.codes).toEqual([
      { code: 'ARGELI', from: '2003-05-25', to: '2008-07-23' },
      { code: 'ARGGOV', from: '2019-12-10', to: '2023-12-10' },
      { code: 'ARGELI', from: '2023-12-10', to: null },
    ]);
    expect(codeOn(alberto, '2021-06-01')).toBe('ARGGOV');
    expect(codeOn(alberto, '2015-06-01')).toBeUndefined();
    const veneman = dict.actors.find((a) => a.name === 'ANN VENEMAN')!;
    expect(codeOn(veneman, '2002-01-01')).toBe('USAGOV');
    expect(codeOn(veneman, '2006-01-01')).toBe('IGOUNOKID');
    expect(codeOn(dict.actors.find((a) => a.name === 'NOBODY')!, null)).toBeNull();
  });

  it('reports every line it cannot read, with its number, and keeps the rest of the record', () => {
    expect(dict.problems.map((p) => [p.line, p.code])).toEqual([[13, 'W_DICT'], [15, 'W_DICT'], [14, 'W_DICT']]);
    expect(dict.problems[0]!.message).toMatch(/expected a date as YYMMDD or YYYYMMDD, found "2004017": code skipped/);
    expect(dict.problems[2]!.message).toMatch(/actor "ORPHAN" has no code: skipped/);
    expect(dict.actors.find((a) => a.name === 'BROKEN')!.codes).toEqual([{ code: 'ARGGOV', from: null, to: null }]);
  });

  it('reads agents with plurals and substitution markers', () => {
    const { agents, problems } = parseDictionary(AGENTS, 'test.agents');
    expect(problems).toEqual([]);
    expect(agents.map((a) => [a.phrases, a.code])).toEqual([
      [['FOREIGN MINISTER', 'FOREIGN MINISTERS', 'FOREIGN MINISTRY'], 'GOV'],
      [['TROOP'], 'MIL'],
      [['ATTORNEY GENERAL', 'ATTORNEYS GENERAL'], 'GOVATG'],
      [['REBEL', 'REBELS'], 'REB'],
      [['HUMAN RIGHTS BODY', 'HUMAN RIGHTS BODIES'], 'NGO'],
    ]);
  });
});

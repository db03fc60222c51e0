import { describe, expect, it } from 'vitest';
import { doc, frontEnd } from '../../test/helpers/front-end.js';
import { pieces } from './fold.js';
import { PhraseMatcher, type Target } from './matcher.js';
import { TokenTable } from '../pipeline/nlp/tokens.js';

const CHN: Target = { type: 'state', code: 'CHN' };
const USA: Target = { type: 'state', code: 'USA' };
const CELAC: Target = { type: 'organisation', id: 'org/celac' };

function matcher(): PhraseMatcher {
  const m = new PhraseMatcher();
  m.add('China', CHN);
  m.add("People's Republic of China", CHN);
  m.add('the United States', USA);
  m.add('US', USA);
  m.add('U.S.', USA);
  m.add('CELAC', CELAC);
  m.add('Côte d’Ivoire', { type: 'state', code: 'CIV' });
  m.add('foreign minister', { type: 'agent', sector: 'GOV' });
  m.add('minister', { type: 'agent', sector: 'GOV' });
  m.insert({ key: pieces('Brazil'), target: { type: 'state', code: 'BRA' }, proper: true, exact: false, stem: true });
  return m;
}

function matches(text: string): [string, string][] {
  const d = frontEnd.run(doc(text));
  return matcher().match(d.tokens, 0, d.tokens.length).map((m) => [
    text.slice(d.tokens.charStart[m.start], d.tokens.charEnd[m.end - 1]),
    m.entries.map((e) => ('code' in e.target ? e.target.code : 'id' in e.target ? e.target.id : e.target.type)).join('|'),
  ]);
}

describe('the phrase matcher', () => {
  // [text, [matched words, what they name]]
  const rows: [string, [string, string][]][] = [
    ["The People's Republic of China protested.", [["People's Republic of China", 'CHN']]],
    ['China’s foreign minister spoke.', [['China', 'CHN'], ['foreign minister', 'agent']]],
    ['The United States and the U.S. and US officials', [['United States', 'USA'], ['U.S.', 'USA'], ['US', 'USA']]],
    ['They told us nothing; Us too.', []],
    ['CELAC and Celac and celac met.', [['CELAC', 'org/celac']]],
    ['COTE D’IVOIRE and Cote d\'Ivoire', [["COTE D’IVOIRE", 'CIV'], ["Cote d'Ivoire", 'CIV']]],
    ['china is a word here.', []],
    ['Brazilian troops and Brazil.', [['Brazilian', 'BRA'], ['Brazil', 'BRA']]],
  ];
  it.each(rows)('matches in %j', (text, expected) => {
    expect(matches(text)).toEqual(expected);
  });

  it('matches the same words for tokens without a vocabulary number, read by their strings', () => {
    const text = "Argentine President Alberto Fernández met the U.S. foreign minister and Brazil's envoy.";
    const d = frontEnd.run(doc(text));
    const t = d.tokens;
    const unnumbered = new TokenTable(t.text, t.start, t.end, t.charStart, t.charEnd, t.pos, { lemma: (i) => t.lemma(i), negated: (i) => t.isNegated(i) }, {}, new Int32Array(t.length).fill(-1));
    const m = matcher();
    const spans = (tokens: TokenTable) => m.match(tokens, 0, tokens.length).map((x) => [x.start, x.end, x.entries.length]);
    expect(spans(t).length).toBeGreaterThan(2);
    expect(spans(unnumbered)).toEqual(spans(t));
  });

  it('cuts text into pieces the same way whatever the tokenizer did', () => {
    expect(pieces('U.S.')).toEqual(['u', '.', 's', '.']);
    expect(pieces("Côte d'Ivoire")).toEqual(['cote', 'd', "'", 'ivoire']);
    expect(pieces('Fernández')).toEqual(['fernandez']);
    expect(pieces('China–CELAC')).toEqual(['china', '-', 'celac']);
  });
});

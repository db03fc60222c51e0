import { describe, expect, it } from 'vitest';
import { doc, frontEnd } from '../../../test/helpers/front-end.js';
import { chunkCuts } from './chunks.js';
import { createNlpEngine } from './engine.js';

function analyse(text: string) {
  return frontEnd.run(doc(text));
}

describe('NLP front end', () => {
  it('splits sentences and keeps their characters in the text as read', () => {
    const d = analyse('China and Brazil signed an accord on Monday. The talks ended.\n\nLula spoke later.');
    expect(d.sentences.map((_, i) => d.sentenceText(i))).toEqual([
      'China and Brazil signed an accord on Monday.',
      'The talks ended.',
      'Lula spoke later.',
    ]);
  });

  it('gives every token its offsets, part of speech and lemma, without line-break tokens', () => {
    const text = 'The ministers did not sign the accord.\n\nThey met again.';
    const d = analyse(text);
    const t = d.tokens;
    const words = Array.from({ length: t.length }, (_, i) => t.value(i));
    expect(words).toEqual(['The', 'ministers', 'did', 'not', 'sign', 'the', 'accord', '.', 'They', 'met', 'again', '.']);
    for (let i = 0; i < t.length; i++) expect(text.slice(t.charStart[i], t.charEnd[i])).toBe(words[i]);
    expect(t.pos[4]).toBe('VERB');
    expect(t.lemma(2)).toBe('do');
    expect(t.lemma(1)).toBe('minister');
    expect(t.lemma(9)).toBe('meet');
  });

  it('numbers words in the order an engine first meets them, the same number for the same word in every document', () => {
    const nlp = createNlpEngine();
    const first = nlp.analyse('Peru and Chile met. Chile left.');
    expect(first.ids).toEqual([0, 1, 2, 3, 4, 2, 5, 4]);
    const second = nlp.analyse('Bolivia met Chile.');
    expect(second.ids).toEqual([6, 3, 2, 4]);
    expect(second.values).toEqual(['Bolivia', 'met', 'Chile', '.']);
  });

  // [sentence, the word whose negation is asked, negated?]
  const negation: [string, string, boolean][] = [
    ['Chile did not sign the accord.', 'sign', true],
    ['Chile signed the accord.', 'signed', false],
    ['Peru never recognised the government.', 'recognised', true],
    ["Mexico won't attend the summit.", 'attend', true],
  ];
  it.each(negation)('marks negation in %j', (text, word, negated) => {
    const d = analyse(text);
    const i = Array.from({ length: d.tokens.length }, (_, k) => d.tokens.value(k)).indexOf(word);
    expect(d.tokens.isNegated(i)).toBe(negated);
  });

  it('points tokens of repaired text into the text as read', () => {
    const text = 'FernÃ¡ndez met Xi. . Then they left .';
    const d = analyse(text);
    const spans = Array.from({ length: d.tokens.length }, (_, i) => text.slice(d.tokens.charStart[i], d.tokens.charEnd[i]));
    expect(spans).toEqual(['FernÃ¡ndez', 'met', 'Xi', '.', 'Then', 'they', 'left', '.']);
    expect(d.tokens.value(0)).toBe('Fernández');
    expect(d.sentenceText(1)).toBe('Then they left .');
  });

  it('analyses a long document in pieces, with offsets continuing across them', () => {
    const paragraph = 'Chile and Peru held talks in Lima on Monday. The ministers did not sign an accord.\n\n';
    const text = paragraph.repeat(6000); // about 500,000 characters: three pieces
    expect(chunkCuts(text).length).toBeGreaterThan(2);
    const d = analyse(text);
    expect(d.sentences.length).toBe(12000);
    expect(d.sentenceText(11999)).toBe('The ministers did not sign an accord.');
    const t = d.tokens, last = t.length - 2; // "accord", before the full stop
    expect(text.slice(t.charStart[last], t.charEnd[last])).toBe('accord');
    // Lemmas and negation, asked lazily, come from the right piece and token.
    expect([t.lemma(last - 5), t.lemma(last - 4), t.lemma(last - 2)]).toEqual(['minister', 'do', 'sign']);
    expect(t.isNegated(last - 2)).toBe(true);
    expect(t.isNegated(last - 5)).toBe(false);
  });

  it('cuts pieces at paragraph breaks when it can, and never inside a surrogate pair', () => {
    const text = 'a'.repeat(70) + '\n' + 'b'.repeat(70);
    expect(chunkCuts(text, 100)).toEqual([71, 141]);
    const emoji = 'x'.repeat(99) + '😀' + 'y'.repeat(50);
    const cuts = chunkCuts(emoji, 100);
    expect(cuts[0]).toBe(99);
  });

  it('handles an empty text', () => {
    const d = analyse('');
    expect(d.tokens.length).toBe(0);
    expect(d.sentences).toEqual([]);
  });
});

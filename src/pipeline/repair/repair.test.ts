import { describe, expect, it } from 'vitest';
import { Doc } from '../doc.js';
import { silentLogger } from '../context.js';
import type { NlpEngine } from '../nlp/engine.js';
import { nlpStage, type TokenTable } from '../nlp/index.js';
import { doc, engine, frontEnd } from '../../../test/helpers/front-end.js';
import { nameEdits, repairStage } from './index.js';
import type { NameRepairer } from './step.js';

const noNlp = {} as NlpEngine; // repair never touches the engine

function repair(text: string): Doc {
  const doc = new Doc({ id: 't', date: null, text, meta: {}, origin: { file: 't.txt', format: 'text' } });
  repairStage.run(doc, { logger: silentLogger, nlp: noNlp });
  return doc;
}

/** Repair, then tagging, which mends names with `names` (see nlpStage). */
function mend(text: string, names?: NameRepairer): Doc {
  const d = repair(text);
  nlpStage.run(d, { logger: silentLogger, nlp: engine, names });
  return d;
}

describe('text repair', () => {
  // [as read, as analysed]
  const rows: [string, string][] = [
    ['FernÃ¡ndez said', 'Fernández said'],
    ['â€œWe agree,â€\u009d he said', '“We agree,” he said'],
    ['Â¿QuÃ© pasa? SÃ£o Paulo', '¿Qué pasa? São Paulo'],
    ['the ministerâ€™s visit â€” a first', 'the minister’s visit — a first'],
    ['\uFEFFHello \uFEFFthere', 'Hello there'],
    ['a\u0000b\u0007c\u200Bd\u0085e', 'abcde'],
    ['Cafe\u0301 in Bogota\u0301', 'Café in Bogotá'],
    ['a shared future. .\n\nNext', 'a shared future.\n\nNext'],
    ['for shared prosperity. . Brazil stands ready', 'for shared prosperity. Brazil stands ready'],
    ['trade,, aid ;; and: : talks', 'trade, aid; and: talks'],
    ['It ended.. Then', 'It ended. Then'],
    ['Buenos Aires , the capital .', 'Buenos Aires, the capital.'],
    ['Really ? Yes !', 'Really? Yes!'],
    ['Maduro&#39;s re-election &amp; the OAS&#x2019; view', "Maduro's re-election & the OAS’ view"],
    ['Bogot&aacute; and &Ntilde;u&ntilde;oa', 'Bogotá and Ñuñoa'],
  ];
  it.each(rows)('mends %j', (input, expected) => {
    expect(repair(input).text).toBe(expected);
  });

  // Text that must come through untouched.
  const clean = [
    'Wait... and see',
    'The U.S. economy grew 3.5 percent.',
    'Ñandú, São Paulo, Zürich, Kraków, Tiếng Việt, 北京',
    'He said: "No."',
    'Ã alone is not mojibake',
    'AT&T and R&D; &unknown; stay',
  ];
  it.each(clean)('leaves %j as it is', (input) => {
    const doc = repair(input);
    expect(doc.text).toBe(input);
    expect(doc.offsets.identity).toBe(true);
  });

  it('counts what it mended', () => {
    const doc = repair('FernÃ¡ndez met MÃ¡rquez. . Then , talks.');
    expect(Object.fromEntries(doc.repairs)).toEqual({ mojibake: 2, 'doubled-punctuation': 1, 'space-before-punctuation': 1 });
  });

  it('maps spans in the repaired text back to the text as read', () => {
    const original = '\uFEFFFernÃ¡ndez , CELAC. . China';
    const doc = repair(original);
    expect(doc.text).toBe('Fernández, CELAC. China');
    const span = (word: string) => {
      const s = doc.text.indexOf(word);
      return original.slice(doc.offsets.toOriginal(s, 'start'), doc.offsets.toOriginal(s + word.length, 'end'));
    };
    expect(span('Fernández')).toBe('FernÃ¡ndez');
    expect(span('CELAC')).toBe('CELAC');
    expect(span('China')).toBe('China');
    expect(span('á')).toBe('Ã¡');
  });

  it('asks the name repairer about capitalised words, and maps the mended name to the damaged one', () => {
    const names: NameRepairer = { repair: (w) => (w === 'Fernndez' ? 'Fernández' : undefined) };
    const original = 'President Alberto Fernndez, host. Fernndez spoke.';
    const doc = mend(original, names);
    expect(doc.text).toBe('President Alberto Fernández, host. Fernández spoke.');
    expect(doc.repairs.get('name')).toBe(2);
    const s = doc.text.lastIndexOf('Fernández');
    expect(original.slice(doc.offsets.toOriginal(s, 'start'), doc.offsets.toOriginal(s + 9, 'end'))).toBe('Fernndez');
    // the mended text is tagged again: its tokens are the mended words, their spans the damaged ones
    const t = doc.tokens;
    const row = Array.from({ length: t.length }, (_, i) => t.value(i)).indexOf('Fernández');
    expect(original.slice(t.charStart[row], t.charEnd[row])).toBe('Fernndez');
  });

  it('reads a name at the very end of the text, with its possessive and the marks after it', () => {
    const names: NameRepairer = { repair: (w) => (w === 'Fernndez' ? 'Fernández' : undefined) };
    expect(mend('Talks with Fernndez', names).text).toBe('Talks with Fernández');
    expect(mend("Fernndez's visit; Fern?", names).text).toBe("Fernández's visit; Fern?");
    // a filter that turns the word away spares the look-up
    const asked: string[] = [];
    const filtered: NameRepairer = { repair: (w) => (asked.push(w), undefined), mayRepair: (text, start, end) => text.slice(start, end) !== 'Spared' };
    mend('Spared but Asked', filtered);
    expect(asked).toEqual(['Asked']);
  });

  // Words a name stands in, and how many a reading of the whole text mends: alone, bracketed,
  // possessive, after a lower-case prefix ("anti-"), at either end; not where a word that begins
  // with a capital goes on past it ("Fernndez-led", "McFernndez").
  const settings: [string, number][] = [
    ['Fernndez', 1], ['Fernndez-led talks', 0], ['anti-Fernndez protests', 1], ['(Fernndez)', 1], ['"Fernndez"', 1],
    ["Fernndez's and Fernndez’s", 2], ["d'Fernndez", 1], ['Fernndez?', 1], ['McFernndez and Fernndezian', 0],
    ['x Fernndez.Fernndez,Fernndez', 3], ['Fernndez/Fernndez', 2], ['iFernndez', 1], ['Fernndez\u00a0Fernndez', 2],
    ['U.S.-Fernndez ties', 1], ['Fern?ndez and Fern\uFFFDndez met', 2], ['FERNNDEZ Fernndez', 1], ['Fernndez—and Fernndez…', 2],
    ["'Fernndez' and 'Fernndez's'", 1], ['Lula-Fernndez talks', 0], ['al-Fernndez', 1], ['Fernndez-', 1],
  ];
  it.each(settings)('mends the names in %j by the tokens as a reading of the whole text does (%i)', (text, count) => {
    const names: NameRepairer = { repair: (w) => (['Fernndez', 'Fern?ndez', 'Fern\uFFFDndez'].includes(w) ? 'Fernández' : undefined) };
    const edits = (tokens?: TokenTable) => nameEdits(text, names, tokens).map((e) => [e.start, e.end, e.insert]);
    const tagged = frontEnd.run(doc(text));
    expect(tagged.tokens.whole).toBe(true);
    expect(edits(tagged.tokens)).toEqual(edits());
    expect(edits()).toHaveLength(count);
  });

  it('asks the filter about a word once, not at every use', () => {
    const asked: string[] = [];
    const names: NameRepairer = { repair: () => undefined, mayRepair: (text, start, end) => (asked.push(text.slice(start, end)), false) };
    mend('Quito met Lima. Then Quito left.', names);
    mend('Lima and Quito.', names);
    expect(asked.sort()).toEqual(['Lima', 'Quito', 'Then']);
  });

  it('leaves names alone without a repairer', () => {
    expect(mend('Alberto Fernndez').text).toBe('Alberto Fernndez');
  });
});

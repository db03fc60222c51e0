import { describe, expect, it } from 'vitest';
import { Doc } from '../doc.js';
import { silentLogger, type Context } from '../context.js';
import type { NlpEngine } from '../nlp/engine.js';
import { repairStage } from './index.js';
import type { NameRepairer } from './step.js';

const noNlp = {} as NlpEngine; // repair never touches the engine

function repair(text: string, names?: NameRepairer): Doc {
  const doc = new Doc({ id: 't', date: null, text, meta: {}, origin: { file: 't.txt', format: 'text' } });
  const ctx: Context = { logger: silentLogger, nlp: noNlp, names };
  repairStage.run(doc, ctx);
  return doc;
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
    const doc = repair(original, names);
    expect(doc.text).toBe('President Alberto Fernández, host. Fernández spoke.');
    expect(doc.repairs.get('name')).toBe(2);
    const s = doc.text.lastIndexOf('Fernández');
    expect(original.slice(doc.offsets.toOriginal(s, 'start'), doc.offsets.toOriginal(s + 9, 'end'))).toBe('Fernndez');
  });

  it('reads a name at the very end of the text, with its possessive and the marks after it', () => {
    const names: NameRepairer = { repair: (w) => (w === 'Fernndez' ? 'Fernández' : undefined) };
    expect(repair('Talks with Fernndez', names).text).toBe('Talks with Fernández');
    expect(repair("Fernndez's visit; Fern?", names).text).toBe("Fernández's visit; Fern?");
    // a filter that turns the word away spares the look-up
    const asked: string[] = [];
    const filtered: NameRepairer = { repair: (w) => (asked.push(w), undefined), mayRepair: (text, start, end) => text.slice(start, end) !== 'Spared' };
    repair('Spared but Asked', filtered);
    expect(asked).toEqual(['Asked']);
  });

  it('leaves names alone without a repairer', () => {
    expect(repair('Alberto Fernndez').text).toBe('Alberto Fernndez');
  });
});

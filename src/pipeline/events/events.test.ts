import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../lexicon/index.js';
import { createPipeline } from '../index.js';
import { engine, eventCodes } from '../../../test/helpers/front-end.js';

const MINI = new URL('../../../test/fixtures/lexicon-mini/', import.meta.url).pathname;
const pipeline = createPipeline({ nlp: engine, lexicon: loadLexicon({ dir: MINI }) });

const events = (text: string, date = '2021-06-01') => eventCodes(pipeline, text, date);

describe('the event coder', () => {
  // [sentence, events]: each row one construction the coder reads, with the mini lexicon's rules.
  const rows: [string, string[]][] = [
    ['Peru visited Chile on Monday.', ['PER→CHL 042']],
    ['Chile was visited by Peru on Monday.', ['PER→CHL 042']],
    ['Chile was attacked by Peru.', ['PER→CHL 190']],
    ['Sanctions were imposed on Chile by Peru.', ['PER→CHL 163']],
    ['A convoy of Chilean troops was attacked by Peru.', ['PER→CHLMIL 190']],
    ['Peru did not visit Chile.', ['not PER→CHL 042']],
    ['Peru never signed the accord with Chile.', ['not PER→CHL 057']],
    ['Peru will visit Chile next week.', ['PER→CHL 036']],
    ['Peru plans to visit Chile.', ['PER→CHL 036']],
    ['Peru deployed troops to Bolivia.', ['PER→BOL 154']],
    ['Peru will deploy troops to Bolivia.', []],
    ['Peru vowed never to visit Chile.', ['not PER→CHL 036']],
    ['Peru decided not to attack Chile.', ['not PER→CHL 190']],
    ['Peru is ready to sign an agreement with Chile.', ['PER→CHL 031']],
    ['Peru threatened to attack Chile.', ['PER→CHL 138']],
    ['Peru condemned any plan to attack Chile.', []],
    ['Peru refused on Friday to sign the accord with Chile.', ['PER→CHL 1211']],
    ['Peru and Chile signed an accord.', ['PER→CHL 057', 'CHL→PER 057']],
    ['Peru and Chile failed to sign an accord.', ['PER→CHL 1211', 'CHL→PER 1211']],
    ['Peru failed to visit Chile.', ['not PER→CHL 042']],
    ['Peru and Bolivia visited Chile.', ['PER→CHL 042', 'BOL→CHL 042']],
    ['Peru visited Chile and Bolivia.', ['PER→CHL 042', 'PER→BOL 042']],
    ['Peru held talks with Chile in Lima.', ['PER→CHL 040']],
    ['Talks between Peru and Chile ended in Lima.', ['PER→CHL 040', 'CHL→PER 040']],
    ['Talks between Peru and Chile, planned for Friday, were postponed.', ['not PER→CHL 040', 'not CHL→PER 040']],
    ['The talks between Peru and Chile were called off.', ['not PER→CHL 040', 'not CHL→PER 040']],
    ['The cancelled talks between Peru and Chile drew comment.', ['not PER→CHL 040', 'not CHL→PER 040']],
    ['Talks between Peru and Chile are scheduled for May.', ['PER→CHL 036', 'CHL→PER 036']],
    ['The long-delayed talks between Peru and Chile opened in Lima.', ['PER→CHL 040', 'CHL→PER 040']],
    ['At the invitation of Chile, Peru held talks in Santiago.', ['CHL→PER 043']],
    ['Peru said Chile would visit Bolivia.', ['CHL→BOL 036']],
    ['Peru said on Monday that its talks with Chile were useful.', ['PER→- 010']],
    ['Peru said on Monday that the world was in turmoil.', []],
    ['We can only meet the challenges together, Peru said.', []],
    ['Peru condemned Chile over the attack.', ['PER→CHL 111']],
    ['Peru denied reports that it attacked Chile.', ['not PER→CHL 190']],
    ['Peru condemned Chile over attacked towns.', ['PER→CHL 111']],
    ['Peru recalled the 1879 attack on Bolivia by Chile.', []],
    ['Peru visited Chile in 2015.', []],
    ['Peru visited Chile for the first time since 2015.', ['PER→CHL 042']],
    ['Peru would attack Chile if Bolivia visited Lima.', ['PER→CHL 138']],
    ['Peru would visit Chile if Bolivia signed the accord.', ['PER→CHL 036']],
    ['Peru tried to attack Chile.', ['PER→CHL 190']],
    ['Peru decided to visit Chile.', ['PER→CHL 042']],
    ['Peru may decide to visit Chile.', ['PER→CHL 036']],
    ['Peru will not sign the accord with Chile.', ['PER→CHL 1211']],
    ['Peru said Chile must withdraw its troops.', ['PER→CHL 100']],
    ['Peru demanded on Monday that Chile withdraw its troops.', ['PER→CHL 100']],
    ['Peru will withdraw its troops unless Chile signs the accord.', ['PER→CHL 1313']],
    ['Peru denied that Peruvian troops attacked Chile.', ['not PERMIL→CHL 190']],
    ['Bolivia protested after Peruvian troops attacked Chile.', ['PERMIL→CHL 190']],
    ['Peru condemned Chile. It also attacked Bolivia.', ['PER→CHL 111', 'PER→BOL 190']],
    ['Peru met the Chilean president, condemning him.', ['PER→CHLGOV 040', 'PER→CHLGOV 111']],
    ['Peru visited Bolivia. The government also attacked Chile.', ['PER→BOL 042', 'PERGOV→CHL 190']],
    ['Peruvian troops entered Chile, attacking Bolivia.', ['PERMIL→BOL 190']],
    ['Peru visited Bolivia on Monday to meet its president, but did not visit Chile.', ['PER→BOL 042', 'not PER→CHL 042']],
    ['Peruvian troops demonstrated on Monday.', ['PERMIL→PER 141']],
    ['Peruvian troops demonstrated in Chile on Monday.', ['PERMIL→CHL 141']],
    ['Up to 100 Peruvian troops demonstrated on Monday.', ['PERMIL→PER 141']],
    ['Peru once again condemned Chile.', ['PER→CHL 111']],
    ['Peru has once more visited Chile.', ['PER→CHL 042']],
    ['Peru as well as Bolivia visited Chile.', ['PER→CHL 042', 'BOL→CHL 042']],
    ['Peru met the Withdraw the Troops Coalition.', ['PER→CHLNGO 040']],
    ['Chile beat Peru 2-1 in the final on Sunday.', []],
    ['The world is going through a period of turbulence.', []],
  ];
  it.each(rows)('%s', (text, expected) => {
    expect(events(text).sort()).toEqual([...expected].sort());
  });

  it('gives each event its evidence, trigger words, rule, lexicon and a stable id', () => {
    const text = 'Quietly, Peru visited Chile.';
    const d = pipeline.run({ id: 'doc-1', date: '2021-06-01', text, meta: {}, origin: { file: 't', format: 'text' } });
    const [e] = d.events;
    expect(e).toMatchObject({ docId: 'doc-1', sentence: 0, date: '2021-06-01', datePrecision: 'day', plover: 'CONSULT', quadClass: 1, rule: '042.visit', place: null });
    expect(text.slice(...e!.trigger.span)).toBe('visited');
    expect(text.slice(...e!.evidence.span)).toBe(text);
    expect(text.slice(...e!.source!.span)).toBe('Peru');
    const again = pipeline.run({ id: 'doc-1', date: '2021-06-01', text, meta: {}, origin: { file: 't', format: 'text' } });
    expect(again.events[0]!.id).toBe(e!.id);
  });
});

import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../lexicon/index.js';
import { loadGazetteer } from '../../lexicon/gazetteer/index.js';
import { createPipeline } from '../index.js';
import { engine } from '../../../test/helpers/front-end.js';

const MINI = new URL('../../../test/fixtures/lexicon-mini/', import.meta.url).pathname;
const lexicon = loadLexicon({ dir: MINI });
const gazetteer = loadGazetteer({ dir: MINI, states: lexicon.data.states.values() });
const pipeline = createPipeline({ nlp: engine, lexicon, gazetteer });

const run = (text: string) => pipeline.run({ id: 't', date: '2021-06-01', text, meta: {}, origin: { file: 't', format: 'text' } });
const show = (p: { name: string; country: string | null; admin1: string | null } | null) => (p ? [p.name, p.country, p.admin1].filter(Boolean).join(', ') : 'none');

describe('the places of events', () => {
  // [report, the place of its last event]: each row one construction the where stage reads.
  const rows: [string, string][] = [
    ['Peru held talks with Chile in Lima.', 'Lima, PER'],
    ['Peru visited Chile.', 'Chile, CHL'],
    ['Peru condemned Chile.', 'none'],
    ['Lima condemned Santiago.', 'none'],
    ['Chile condemned Peru in Santiago.', 'Santiago, CHL'],
    ['The Dominican Republic condemned Haiti in Santiago.', 'Santiago de los Caballeros, DOM'],
    ['Peru condemned Chile in Portland, Maine.', 'Portland, USA, Maine'],
    ['Peru condemned Chile in Portland, Ore.', 'Portland, USA, Oregon'],
    ['Peru attacked Chile in the Biobío region.', 'Biobío, CHL, Biobío'],
    ['Peruvian troops attacked Chile near the northern town of Arica.', 'Arica, CHL'],
    ['Peru attacked Chile in the Biobío region city of Concepción.', 'Concepción, CHL, Biobío'],
    ['Peru held talks with Chile on the shores of Lake Titicaca.', 'Lake Titicaca'],
    ['Peru held talks with Chile at Lake Titicaca.', 'Lake Titicaca'],
    ['Peru condemned Chile in Bogotá, as Gran Colombia had done.', 'Bogotá, COL'],
    ['Peru held talks with Chile in the U.S.', 'United States, USA'],
    ['Peru held talks with Chile in the USA.', 'United States, USA'],
    ['Peru held talks with Chile in China.', 'China, CHN'],
    ['LIMA, June 1 (Reuters) - Peru condemned Chile.', 'Lima, PER'],
    ['LIMA, June 1 (Reuters) - Peru condemned Chile in La Paz.', 'La Paz, BOL'],
    ['Peru and Chile held talks in Lima on Monday. Chile condemned Bolivia.', 'Lima, PER'],
    ['Peru and Chile held talks in Lima on Monday. Separately, Chile condemned Bolivia.', 'none'],
  ];
  it.each(rows)('%s', (text, expected) => {
    const doc = run(text);
    expect(doc.events.length).toBeGreaterThan(0);
    expect(show(doc.events.at(-1)!.place)).toBe(expected);
  });

  it('keeps the spans of the places a report names, with how each stands', () => {
    const text = 'LIMA, June 1 (Reuters) - Peru held talks with Chile in La Paz after flying from Quito.';
    const doc = run(text);
    expect(doc.places.map((p) => `${text.slice(...p.span)} ${p.use}`)).toEqual(['LIMA dateline', 'La Paz locative', 'Quito other']);
  });
});

describe('acts done to a place', () => {
  const target = (text: string) => run(text).events.map((e) => `${e.source?.code ?? '-'}→${e.target?.code ?? '-'} ${e.target?.text ?? ''}`.trim());
  // [report, its events]: a place after the act that names no actor makes its country the target.
  const rows: [string, string[]][] = [
    ['Peruvian jets bombed targets in Arica.', ['PER→CHL Arica']],
    ['Peruvian jets bombed targets in Lima.', ['PER→PER Lima']],
    ['Peruvian jets bombed Chile in Arica.', ['PER→CHL Chile']],
    ['In Arica, Peruvian jets bombed targets.', ['PER→-']],
    ['Peru attacked Chile in Arica.', ['PER→CHL Chile']],
    // "districts of" a place, and an attack "on" it, happen there
    ['Peruvian jets bombed residential districts of Arica.', ['PER→CHL Arica']],
  ];
  it.each(rows)('%s', (text, expected) => {
    expect(target(text)).toEqual(expected);
  });
});

describe("geocoders' known failures, with the package's gazetteer", () => {
  const full = loadLexicon();
  const places = loadGazetteer({ states: full.data.states.values() });
  const coder = createPipeline({ nlp: engine, lexicon: full, gazetteer: places });
  const placeIn = (text: string) => {
    const doc = coder.run({ id: 't', date: '2021-06-01', text, meta: {}, origin: { file: 't', format: 'text' } });
    return doc.places.filter((p) => p.use === 'locative').map((p) => show(p.place));
  };
  // Mordecai resolved "USA" to a building, "China" to a university and "U.S." to Canada, and
  // emptied the result of a sentence that named the Soviet Union.
  const rows: [string, string[]][] = [
    ['Thousands of students protested in the USA on Monday.', ['United States, USA']],
    ['Thousands of students protested in the U.S. on Monday.', ['United States, USA']],
    ['Factories closed across China after the outbreak.', ['China, CHN']],
    ['Dockworkers walked out in Long Beach, CA on Friday.', ['Long Beach, USA, California']],
    ['Russian troops entered Afghanistan, as the Soviet Union did in 1979.', ['Afghanistan, AFG']],
  ];
  it.each(rows)('%s', (text, expected) => {
    expect(placeIn(text)).toEqual(expected);
  });

  it('reads an attack "on" a town the lexicon does not know as done where the town is', () => {
    const doc = coder.run({ id: 't', date: '2008-08-08', text: 'Georgian forces launched an artillery assault on Tskhinvali.', meta: {}, origin: { file: 't', format: 'text' } });
    expect(doc.events.map((e) => `${e.source?.code}→${e.target?.code} ${e.place?.country}`)).toEqual(['GEOMIL→GEO GEO']);
  });
});

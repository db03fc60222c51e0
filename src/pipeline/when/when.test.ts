import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../lexicon/index.js';
import { createPipeline } from '../index.js';
import { engine } from '../../../test/helpers/front-end.js';
import { datesIn } from './index.js';
import { parseDay } from './calendar.js';

const front = createPipeline({ nlp: engine });
const MINI = new URL('../../../test/fixtures/lexicon-mini/', import.meta.url).pathname;
const coder = createPipeline({ nlp: engine, lexicon: loadLexicon({ dir: MINI }) });

/** The dates a sentence names, as "text → date precision". */
function dates(text: string, report: string): string[] {
  const doc = front.run({ id: 't', date: report, text, meta: {}, origin: { file: 't', format: 'text' } });
  return doc.sentences.flatMap((_, si) => datesIn(doc, si, parseDay(report))).map((d) => `${d.text} → ${d.date} ${d.precision}`);
}

describe('dates in a sentence', () => {
  // [report date, sentence, dates]: Wednesday 2023-01-25 unless the row says otherwise.
  const rows: [string, string, string[]][] = [
    ['2023-01-25', 'On January 24, the leaders met.', ['January 24 → 2023-01-24 day']],
    ['2023-01-03', 'The pact was signed on December 30.', ['December 30 → 2022-12-30 day']],
    ['2023-01-25', 'The ministers met on Monday.', ['Monday → 2023-01-23 day']],
    ['2023-01-25', 'The ministers met on Wednesday.', ['Wednesday → 2023-01-25 day']],
    ['2023-01-25', 'The ministers met on Thursday.', ['Thursday → 2023-01-19 day']],
    ['2023-01-25', 'The ministers will meet on Thursday.', ['Thursday → 2023-01-26 day']],
    ['2023-01-25', 'The ministers will meet on Wednesday.', ['Wednesday → 2023-02-01 day']],
    ['2023-01-25', 'The minister, who will retire, said on Monday that talks failed.', ['Monday → 2023-01-23 day']],
    ['2023-01-25', 'Yesterday the rebels attacked the town.', ['Yesterday → 2023-01-24 day']],
    ['2023-01-25', 'Two days ago the rebels attacked the town.', ['Two days ago → 2023-01-23 day']],
    ['2023-01-25', 'The envoy left a week ago.', ['a week ago → 2023-01-18 day']],
    ['2023-01-25', 'Fighting resumed a few days ago.', ['a few days ago → 2023-01-22 day']],
    ['2023-01-25', 'The blockade began three months ago.', ['three months ago → 2022-10-01 month']],
    ['2023-01-25', 'The two states split twenty-five years ago.', ['twenty-five years ago → 1998-01-01 year']],
    ['2023-01-25', 'The plant was shelled six hours ago.', ['six hours ago → 2023-01-25 day']],
    ['2023-01-25', 'The border closed decades ago.', []],
    ['2023-01-25', 'A bulletin dated 2023-01-20 reported the raid.', ['2023-01-20 → 2023-01-20 day']],
    ['2023-01-25', 'A bulletin coded 2023-13-45 reported the raid.', []],
    ['2023-01-25', 'Talks held in October 2022 failed.', ['October 2022 → 2022-10-01 month']],
    ['2023-01-25', 'Talks held in October failed.', ['October → 2022-10-01 month']],
    ['2023-01-25', 'Earlier this month, troops crossed the border.', ['this month → 2023-01-01 month']],
    ['2023-01-25', 'Protests spread last month.', ['last month → 2022-12-01 month']],
    ['2023-01-25', 'The president will visit the region next month.', ['next month → 2023-02-01 month']],
    ['2023-01-25', 'The deal collapsed last year.', ['last year → 2022-01-01 year']],
    ['2023-01-25', 'The two sides signed a treaty in 2019.', ['2019 → 2019-01-01 year']],
    ['2023-01-25', 'They recalled the 1982 war.', []],
    ['2023-01-25', 'Sanctions in force since 2014 were extended.', []],
    ['2023-01-25', 'The treaty runs until June 2030.', []],
    ['2023-01-25', 'The accord, which expires in 2030, was renewed on Tuesday.', ['Tuesday → 2023-01-24 day']],
    ['2023-01-25', 'Theresa May met the delegation.', []],
    ['2023-01-25', 'Thousands joined a march through the capital.', []],
    ['2023-01-25', 'The army shelled the town last week.', []],
    ['2021-03-15', 'The summit opened on 12 March 2021 in Geneva.', ['12 March 2021 → 2021-03-12 day']],
    ['2024-03-06', 'The accord was signed on 3rd March.', ['3rd March → 2024-03-03 day']],
    ['2024-03-06', 'The accord was signed in mid-February.', ['mid-February → 2024-02-01 month']],
    ['2024-03-06', 'The accord was signed late on Friday night.', ['Friday → 2024-03-01 day']],
  ];
  it.each(rows)('%s: %s', (report, text, expected) => {
    expect(dates(text, report)).toEqual(expected);
  });
});

describe('the dates of events', () => {
  const run = (text: string, date = '2023-01-25') => coder.run({ id: 't', date, text, meta: {}, origin: { file: 't', format: 'text' } });

  it('takes the date nearest the trigger', () => {
    const doc = run('Peru visited Chile in March and condemned Bolivia on Monday.');
    expect(doc.events.map((e) => `${e.cameo} ${e.date} ${e.datePrecision}`)).toEqual(['042 2022-03-01 month', '111 2023-01-23 day']);
  });

  it('carries a date to the sentences after it, until one turns to another matter', () => {
    const doc = run('Peru visited Chile on Monday. Peru condemned Bolivia. Separately, Bolivia attacked Ecuador.');
    expect(doc.events.map((e) => `${e.cameo} ${e.date}`)).toEqual(['042 2023-01-23', '111 2023-01-23', '190 2023-01-25']);
  });

  it('takes a date of long ago only in the act\'s own clause, and never carries one', () => {
    const doc = run('Peru condemned Chile, which seized the port in 1999. Peru attacked Bolivia in March 2021. Peru visited Chile.');
    expect(doc.events.map((e) => `${e.cameo} ${e.date} ${e.datePrecision}`)).toEqual(['111 2023-01-25 day', '190 2021-03-01 month', '042 2023-01-25 day']);
  });

  it('leaves the report date where the text names none', () => {
    const [e] = run('Peru visited Chile.').events;
    expect(e).toMatchObject({ date: '2023-01-25', datePrecision: 'day' });
  });
});

import { loadLexicon } from '../lexicon/index.js';
import { readGoldJsonl, readPetrarchXml, scoreEvents, type EventScore, type TypeScore } from '../app/event-eval.js';
import { readFileSync } from 'node:fs';
import { loadGazetteer } from '../lexicon/gazetteer/index.js';
import { readWhenWhereGold, scoreWhenWhere, PLACE_TOLERANCE_KM } from '../app/when-where-eval.js';
import { CommuniqueError } from '../model/index.js';
import type { Command } from './command.js';

const pct = (x: number) => x.toFixed(3);

function scoreTable(s: EventScore): string[] {
  const line = (t: TypeScore) =>
    `${t.type.padEnd(10)} ${String(t.gold).padStart(5)} ${String(t.found).padStart(6)} ${pct(t.precision).padStart(9)} ${pct(t.recall).padStart(7)} ${pct(t.f1).padStart(6)}`;
  return [
    `${'type'.padEnd(10)} ${'gold'.padStart(5)} ${'found'.padStart(6)} ${'precision'.padStart(9)} ${'recall'.padStart(7)} ${'F1'.padStart(6)}`,
    ...s.byType.map(line),
    line(s.overall),
  ];
}

function confusionTable(s: EventScore): string[] {
  const cols = [...new Set([...s.confusion.values()].flatMap((m) => [...m.keys()]))].sort();
  const w = Math.max(9, ...cols.map((c) => c.length + 1));
  const lines = [`${'gold \\ found'.padEnd(12)}${cols.map((c) => c.padStart(w)).join('')}`];
  for (const [type, cells] of [...s.confusion].sort(([a], [b]) => a.localeCompare(b))) {
    lines.push(`${type.padEnd(12)}${cols.map((c) => String(cells.get(c) ?? '').padStart(w)).join('')}`);
  }
  return lines;
}

/** Whether a gold file scores dates and places: its first record has "when". */
function isWhenWhere(file: string): boolean {
  if (!/\.jsonl$/i.test(file)) return false;
  try {
    const first = readFileSync(file, 'utf8').split('\n').find((l) => l.trim());
    return first !== undefined && 'when' in (JSON.parse(first) as object);
  } catch {
    return false; // the reader names the problem
  }
}

export const evalCommand: Command = {
  name: 'eval',
  summary: 'Score event coding on gold sentences: precision, recall and F1 per PLOVER type; or dates and places.',
  arguments: '',
  description: [
    'The gold file is JSON Lines, one sentence a line: {id, date, text, events: [{plover, cameo,',
    'source: [codes], target: [codes], negated?}]}, or PETRARCH validation records (.xml: <Sentence>',
    'with <EventCoding> and <Text>). A found event matches a gold one when its type, its source\'s',
    'country and, where the gold names one, its target\'s country agree. Organisations score as the',
    'first three letters of their code (IGO).',
    '',
    'A gold file whose lines have "when" and "where" scores dates and places instead: {id, date,',
    'context?: [earlier sentences], text, when: {date, precision}, where: {name, country, lat, lon} | null}.',
    `A date is right when its day and precision agree; a place within ${PLACE_TOLERANCE_KM} km.`,
    '',
    'Examples:',
    '  communique eval --gold test/gold/events.jsonl',
    '  communique eval --gold test/gold/when-where.jsonl --errors',
    '  communique eval --gold records.xml --actors PETR.Validate.actors.txt --errors',
  ],
  options: {
    gold: { type: 'string', placeholder: 'FILE', description: 'the gold sentences (.jsonl or PETRARCH .xml)' },
    errors: { type: 'boolean', description: 'also print each miss and false alarm, with the rule that fired' },
    actors: { type: 'string', multiple: true, placeholder: 'FILE', description: 'also load a PETRARCH or TABARI actor or agent dictionary' },
  },
  async run({ values }, io) {
    const file = values.gold as string | undefined;
    if (!file) throw new CommuniqueError('E_USAGE', 'no gold file: give --gold FILE (see: communique eval --help)');
    const lexicon = loadLexicon({ dictionaries: values.actors as string[] | undefined });
    if (isWhenWhere(file)) {
      const gazetteer = loadGazetteer({ states: lexicon.data.states.values() });
      const s = scoreWhenWhere(readWhenWhereGold(file), lexicon, gazetteer);
      const out = [
        `${file}: ${s.sentences} sentences (${s.withEvents} with a coded event)`,
        `dates   ${s.dates.right}/${s.sentences} right: ${pct(s.dates.accuracy)}`,
        `places  ${s.places.right}/${s.sentences} right (within ${PLACE_TOLERANCE_KM} km): ${pct(s.places.accuracy)}`,
        '',
      ];
      if (values.errors) {
        for (const [what, misses] of [['dates', s.dates.misses], ['places', s.places.misses]] as const) {
          out.push(`${what} wrong (${misses.length}):`, ...misses.map((m) => `  ${m.id}  gold ${m.gold}  found ${m.found}\n      ${m.text}`), '');
        }
      }
      io.stdout.write(out.join('\n'));
      return 0;
    }
    const cameo = lexicon.events.ontology.cameo;
    const gold = /\.xml$/i.test(file) ? readPetrarchXml(file, (code) => cameo.get(code)?.plover ?? null) : readGoldJsonl(file);
    const s = scoreEvents(gold, lexicon, undefined, loadGazetteer({ states: lexicon.data.states.values() }));
    const out = [
      `${file}: ${s.sentences} sentences, ${s.overall.gold} gold events, ${s.overall.found} found (${(s.sentences / s.seconds).toFixed(0)} sentences/s)`,
      '',
      ...scoreTable(s),
      '',
      'confusion (a gold event against the found type of the same source; - for none):',
      ...confusionTable(s),
      '',
    ];
    if (values.errors) {
      out.push(`misses (${s.misses.length}):`, ...s.misses.map((m) => `  ${m.id}  ${m.gold}\n      ${m.text}`), '');
      out.push(`false alarms (${s.falseAlarms.length}):`, ...s.falseAlarms.map((f) => `  ${f.id}  ${f.found}  [${f.trigger}] ${f.rule}\n      ${f.text}`), '');
    }
    io.stdout.write(out.join('\n'));
    return 0;
  },
};

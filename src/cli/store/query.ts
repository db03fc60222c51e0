import { CommuniqueError, Interval, PloverType, type ActorCount, type DyadCount, type PlaceCount, type StoredEvent, type TimelinePoint } from '../../model/index.js';
import { Store, parseEventFilter } from '../../store/index.js';
import type { Command } from '../command.js';
import { createWriter, type Column, type OutputFormat } from '../output.js';
import { requireDb } from './ingest.js';

const EVENT_COLUMNS: Column<StoredEvent>[] = [
  { name: 'id', width: 16, get: (e) => e.id },
  { name: 'date', width: 10, get: (e) => e.date },
  { name: 'source', width: 10, get: (e) => e.source?.code ?? null },
  { name: 'target', width: 10, get: (e) => e.target?.code ?? null },
  { name: 'cameo', width: 5, get: (e) => e.cameo },
  { name: 'plover', width: 9, get: (e) => e.plover },
  { name: 'goldstein', width: 9, get: (e) => e.goldstein },
  { name: 'place', width: 14, get: (e) => e.place?.name ?? null },
  { name: 'mentions', width: 8, get: (e) => e.numMentions },
  { name: 'sources', width: 7, get: (e) => e.numSources },
  { name: 'evidence', width: 80, get: (e) => e.evidence.text },
];

const TIMELINE_COLUMNS: Column<TimelinePoint>[] = [
  { name: 'period', width: 10, get: (r) => r.period },
  { name: 'count', width: 8, get: (r) => r.count },
  { name: 'goldsteinMean', width: 13, get: (r) => r.goldsteinMean },
  { name: 'goldsteinSum', width: 12, get: (r) => r.goldsteinSum },
];

const DYAD_COLUMNS: Column<DyadCount>[] = [
  { name: 'source', width: 12, get: (r) => r.source },
  { name: 'target', width: 12, get: (r) => r.target },
  { name: 'count', width: 8, get: (r) => r.count },
  { name: 'goldsteinMean', width: 13, get: (r) => r.goldsteinMean },
];

const ACTOR_COLUMNS: Column<ActorCount>[] = [
  { name: 'code', width: 12, get: (r) => r.code },
  { name: 'name', width: 30, get: (r) => r.name },
  { name: 'country', width: 7, get: (r) => r.country },
  { name: 'count', width: 8, get: (r) => r.count },
];

const PLACE_COLUMNS: Column<PlaceCount>[] = [
  { name: 'name', width: 24, get: (r) => r.name },
  { name: 'country', width: 7, get: (r) => r.country },
  { name: 'lat', width: 9, get: (r) => r.lat },
  { name: 'lon', width: 9, get: (r) => r.lon },
  { name: 'count', width: 8, get: (r) => r.count },
];

/** The filter flags and the EventFilter fields they set. */
const FILTER_FLAGS: Record<string, string> = {
  from: 'from', to: 'to', actor: 'actor', country: 'country', dyad: 'dyad', cameo: 'cameo', plover: 'plover',
  quad: 'quad', place: 'place', 'place-country': 'placeCountry', text: 'text', limit: 'limit',
};
const FLAG_OF = Object.fromEntries(Object.entries(FILTER_FLAGS).map(([flag, field]) => [field, flag]));

/** The filter the flags describe; a bad value is a usage error naming its flag. */
export function filterFromFlags(values: Record<string, unknown>) {
  const input: Record<string, unknown> = {};
  for (const [flag, field] of Object.entries(FILTER_FLAGS)) if (values[flag] !== undefined) input[field] = values[flag];
  try {
    return parseEventFilter(input);
  } catch (e) {
    if (!(e instanceof CommuniqueError) || !e.context.field) throw e;
    const field = e.context.field;
    throw new CommuniqueError('E_USAGE', `--${FLAG_OF[field] ?? field}${e.message.slice(field.length)}`);
  }
}

async function writeAll<T>(format: OutputFormat, out: NodeJS.WritableStream, columns: Column<T>[], rows: T[]): Promise<void> {
  const writer = createWriter(format, out, columns);
  for (const r of rows) await writer.write(r);
  await writer.end();
}

export const queryCommand: Command = {
  name: 'query',
  summary: 'Print the stored events a filter selects, or counts of them.',
  arguments: '',
  description: [
    'Prints events from a database built by `communique ingest`, newest first, or with --by a',
    'timeline (count, Goldstein mean and sum per period) or with --top the most frequent dyads,',
    'actors or places. Filters combine: every one given must hold. --actor takes a code prefix in',
    'capitals (CHN, CHNGOV) or words of a name; --country matches the source or the target.',
    '',
    'Examples:',
    '  communique query --db events.duckdb --country CHN --from 2023-01-01 --format table',
    '  communique query --db events.duckdb --dyad USA,CHN --by month',
    '  communique query --db events.duckdb --top dyads --limit 10',
  ],
  options: {
    db: { type: 'string', placeholder: 'FILE', description: 'the database file' },
    from: { type: 'string', placeholder: 'YYYY-MM-DD', description: 'events on or after this day' },
    to: { type: 'string', placeholder: 'YYYY-MM-DD', description: 'events on or before this day' },
    actor: { type: 'string', placeholder: 'CODE|NAME', description: 'source or target: a code prefix or words of a name' },
    country: { type: 'string', placeholder: 'ISO3', description: "source's or target's country" },
    dyad: { type: 'string', placeholder: 'SRC,TGT', description: 'source and target code prefixes' },
    cameo: { type: 'string', placeholder: 'CODE', description: 'CAMEO code prefix (04, 042)' },
    plover: { type: 'string', placeholder: 'TYPE', description: 'PLOVER event type (AGREE, CONSULT, … ASSAULT)', choices: PloverType.options },
    quad: { type: 'string', description: 'QuadClass', choices: ['1', '2', '3', '4'] },
    place: { type: 'string', placeholder: 'NAME', description: "words of the place's name" },
    'place-country': { type: 'string', placeholder: 'ISO3', description: "the place's country" },
    text: { type: 'string', placeholder: 'WORDS', description: 'words in the evidence' },
    limit: { type: 'string', placeholder: 'N', description: 'events or rows to print', default: '50' },
    by: { type: 'string', description: 'count events per period instead', choices: Interval.options },
    top: { type: 'string', description: 'the most frequent instead', choices: ['dyads', 'actors', 'places'] },
    format: { type: 'string', short: 'f', description: 'output format', choices: ['jsonl', 'table', 'csv'], default: 'jsonl' },
  },
  async run({ values }, io) {
    const path = requireDb(values, 'query');
    const filter = filterFromFlags(values);
    if (values.by && values.top) throw new CommuniqueError('E_USAGE', '--by and --top cannot be combined: give one');
    const format = values.format as OutputFormat;
    const store = await Store.open(path, { readOnly: true });
    try {
      if (values.by) await writeAll(format, io.stdout, TIMELINE_COLUMNS, await store.timeline(filter, values.by as Interval));
      else if (values.top === 'dyads') await writeAll(format, io.stdout, DYAD_COLUMNS, await store.topDyads(filter));
      else if (values.top === 'actors') await writeAll(format, io.stdout, ACTOR_COLUMNS, await store.topActors(filter));
      else if (values.top === 'places') await writeAll(format, io.stdout, PLACE_COLUMNS, await store.topPlaces(filter));
      else await writeAll(format, io.stdout, EVENT_COLUMNS, (await store.queryEvents(filter)).events);
      return 0;
    } finally {
      store.close();
    }
  },
};

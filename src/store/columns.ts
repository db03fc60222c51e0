import type { DuckDBValue } from '@duckdb/node-api';
import type { Actor, Event, EventMention, StoredEvent } from '../model/index.js';
import type { Row } from './database.js';

/** The values of an actor's ten columns, in the tables' order. */
export function actorValues(a: Actor | null): DuckDBValue[] {
  if (!a) return [null, null, null, null, null, null, null, null, null, null];
  return [a.code, a.country, a.sector, a.kind, a.name, a.text, a.span[0], a.span[1], a.entity ?? null, a.role ?? null];
}

function actorFrom(row: Row, side: string): Actor | null {
  const code = row[`${side}_code`] as string | null;
  if (code === null) return null;
  const actor: Actor = {
    code,
    country: row[`${side}_country`] as string | null,
    sector: row[`${side}_sector`] as string | null,
    kind: row[`${side}_kind`] as Actor['kind'],
    name: row[`${side}_name`] as string,
    text: row[`${side}_text`] as string,
    span: [row[`${side}_start`] as number, row[`${side}_end`] as number],
  };
  if (row[`${side}_entity`] !== null) actor.entity = row[`${side}_entity`] as string;
  if (row[`${side}_role`] !== null) actor.role = row[`${side}_role`] as string;
  return actor;
}

/** GDELT's counts of an event's reports. */
export interface Counts {
  numMentions: number;
  numSources: number;
  numArticles: number;
}

/**
 * What a text filter reads for an event (events.search): the evidence of its reports in the order
 * stored, in lower case, one per line, each left out when the lines before already contain it.
 */
export function searchOf(evidence: Iterable<string>): string {
  let search = '';
  for (const text of evidence) {
    const lower = text.toLowerCase();
    if (search === '') search = lower;
    else if (!search.includes(lower)) search += `\n${lower}`;
  }
  return search;
}

/** The events table's values for an event, in column order (see migrations.ts). */
export function eventValues(seq: number, id: string, e: Event, counts: Counts, search: string): DuckDBValue[] {
  const p = e.place;
  return [
    seq, id, e.docId, e.sentence, e.date, e.datePrecision,
    ...actorValues(e.source), ...actorValues(e.target),
    e.cameo, e.cameo.slice(0, 2), e.cameoName, e.quadClass, e.goldstein, e.plover, e.ploverMode, e.negated,
    p?.name ?? null, p?.country ?? null, p?.admin1 ?? null, p?.lat ?? null, p?.lon ?? null, p?.geonameId ?? null, p?.precision ?? null,
    e.evidence.text, e.evidence.span[0], e.evidence.span[1], e.trigger.text, e.trigger.span[0], e.trigger.span[1],
    e.rule, e.lexicon, counts.numMentions, counts.numSources, counts.numArticles, search,
  ];
}

/**
 * The mentions table's values for one report of event `eventId`. Its `record` holds what the other
 * columns do not (the actors, the codes, the place): a third of the event's JSON is its sentence.
 */
export function mentionValues(seq: number, eventId: string, e: Event, docSource: string | null): DuckDBValue[] {
  const { id, docId, sentence, date, evidence, trigger, rule, lexicon, ...rest } = e;
  return [
    seq, id, eventId, docId, docSource, date, sentence,
    evidence.text, evidence.span[0], evidence.span[1], trigger.text, trigger.span[0], trigger.span[1],
    rule, lexicon, JSON.stringify(rest),
  ];
}

/** The first report of each event, as `recordFrom` reads it: columns `first_<name>` with `record`. */
export const FIRST_MENTION = ['id', 'doc_id', 'sentence', 'date::VARCHAR', 'evidence_text', 'evidence_start', 'evidence_end',
  'trigger_text', 'trigger_start', 'trigger_end', 'rule', 'lexicon', 'record']
  .map((c) => `arg_min(m.${c}, m.seq) AS first_${c.replace('::VARCHAR', '')}`).join(', ');

/** The event a report was coded as, from its mentions row (see FIRST_MENTION; stores before this kept it all in `record`). */
export function recordFrom(row: Row): Event {
  return {
    ...(JSON.parse(row.first_record as string) as Event),
    id: row.first_id as string,
    docId: row.first_doc_id as string,
    sentence: row.first_sentence as number,
    date: row.first_date as string | null,
    evidence: { text: row.first_evidence_text as string, span: [row.first_evidence_start as number, row.first_evidence_end as number] },
    trigger: { text: row.first_trigger_text as string, span: [row.first_trigger_start as number, row.first_trigger_end as number] },
    rule: row.first_rule as string,
    lexicon: row.first_lexicon as string,
  };
}

/** Every column of events, with dates as text, ready for `eventFrom`. */
export const EVENT_SELECT = `e.* EXCLUDE (search) REPLACE (e.date::VARCHAR AS date, e.quad_class::INTEGER AS quad_class, e.place_geoname_id::INTEGER AS place_geoname_id, e.seq::DOUBLE AS seq)`;

/** An events row back as the record the model describes. */
export function eventFrom(row: Row): StoredEvent {
  const name = row.place_name as string | null;
  return {
    id: row.id as string,
    docId: row.doc_id as string,
    sentence: row.sentence as number,
    date: row.date as string | null,
    datePrecision: row.date_precision as StoredEvent['datePrecision'],
    source: actorFrom(row, 'source'),
    target: actorFrom(row, 'target'),
    cameo: row.cameo as string,
    cameoName: row.cameo_name as string,
    quadClass: row.quad_class as number,
    goldstein: row.goldstein as number,
    plover: row.plover as StoredEvent['plover'],
    ploverMode: row.plover_mode as string | null,
    negated: row.negated as boolean,
    place: name === null ? null : {
      name,
      country: row.place_country as string | null,
      admin1: row.place_admin1 as string | null,
      lat: row.place_lat as number,
      lon: row.place_lon as number,
      geonameId: row.place_geoname_id as number | null,
      precision: row.place_precision as NonNullable<StoredEvent['place']>['precision'],
    },
    evidence: { text: row.evidence_text as string, span: [row.evidence_start as number, row.evidence_end as number] },
    trigger: { text: row.trigger_text as string, span: [row.trigger_start as number, row.trigger_end as number] },
    rule: row.rule as string,
    lexicon: row.lexicon as string,
    numMentions: row.num_mentions as number,
    numSources: row.num_sources as number,
    numArticles: row.num_articles as number,
  };
}

/** Every column of mentions but the full record, dates as text. */
export const MENTION_SELECT = `m.* EXCLUDE (record) REPLACE (m.date::VARCHAR AS date, m.seq::DOUBLE AS seq)`;

export function mentionFrom(row: Row): EventMention {
  return {
    id: row.id as string,
    eventId: row.event_id as string,
    docId: row.doc_id as string,
    docSource: row.doc_source as string | null,
    date: row.date as string | null,
    sentence: row.sentence as number,
    evidence: { text: row.evidence_text as string, span: [row.evidence_start as number, row.evidence_end as number] },
    trigger: { text: row.trigger_text as string, span: [row.trigger_start as number, row.trigger_end as number] },
    rule: row.rule as string,
    lexicon: row.lexicon as string,
  };
}

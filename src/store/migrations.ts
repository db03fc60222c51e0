import { COUNTRY_DAYS, FILL_COUNTRY_DAYS } from './rollup.js';

/**
 * The store's schema, as an ordered list of migrations: a database at version N gets every
 * migration after N, in one transaction. Never edit a released migration; add the next one.
 */
export interface Migration {
  version: number;
  /** What it changes, for people reading the history. */
  summary: string;
  statements: string[];
}

const ACTOR_COLUMNS = (side: string) => `
  ${side}_code VARCHAR, ${side}_country VARCHAR, ${side}_sector VARCHAR, ${side}_kind VARCHAR,
  ${side}_name VARCHAR, ${side}_text VARCHAR, ${side}_start INTEGER, ${side}_end INTEGER,
  ${side}_entity VARCHAR, ${side}_role VARCHAR`;

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    summary: 'documents, events (one row per happening), mentions (one per report), actor mentions, meta',
    statements: [
      `CREATE TABLE meta (key VARCHAR PRIMARY KEY, value VARCHAR NOT NULL)`,
      `CREATE TABLE documents (
        seq BIGINT NOT NULL, id VARCHAR PRIMARY KEY, date DATE, title VARCHAR, source VARCHAR, url VARCHAR,
        language VARCHAR, text VARCHAR NOT NULL, content_hash VARCHAR NOT NULL, sentences VARCHAR NOT NULL,
        ingested_at TIMESTAMP NOT NULL)`,
      // The record of the event's first report, the columns queries filter on, and GDELT's counts.
      `CREATE TABLE events (
        seq BIGINT NOT NULL, id VARCHAR PRIMARY KEY, doc_id VARCHAR NOT NULL, sentence INTEGER NOT NULL,
        date DATE, date_precision VARCHAR,
        ${ACTOR_COLUMNS('source')}, ${ACTOR_COLUMNS('target')},
        cameo VARCHAR NOT NULL, cameo_root VARCHAR NOT NULL, cameo_name VARCHAR NOT NULL,
        quad_class TINYINT NOT NULL, goldstein DOUBLE NOT NULL, plover VARCHAR, plover_mode VARCHAR,
        negated BOOLEAN NOT NULL,
        place_name VARCHAR, place_country VARCHAR, place_admin1 VARCHAR, place_lat DOUBLE, place_lon DOUBLE,
        place_geoname_id BIGINT, place_precision VARCHAR,
        evidence_text VARCHAR NOT NULL, evidence_start INTEGER NOT NULL, evidence_end INTEGER NOT NULL,
        trigger_text VARCHAR NOT NULL, trigger_start INTEGER NOT NULL, trigger_end INTEGER NOT NULL,
        rule VARCHAR NOT NULL, lexicon VARCHAR NOT NULL,
        num_mentions INTEGER NOT NULL, num_sources INTEGER NOT NULL, num_articles INTEGER NOT NULL)`,
      // `record` is the event as coded from this report, so that an event can be rebuilt from the
      // reports that remain when a document is replaced.
      `CREATE TABLE mentions (
        seq BIGINT NOT NULL, id VARCHAR NOT NULL, event_id VARCHAR NOT NULL, doc_id VARCHAR NOT NULL,
        doc_source VARCHAR, date DATE, sentence INTEGER NOT NULL,
        evidence_text VARCHAR NOT NULL, evidence_start INTEGER NOT NULL, evidence_end INTEGER NOT NULL,
        trigger_text VARCHAR NOT NULL, trigger_start INTEGER NOT NULL, trigger_end INTEGER NOT NULL,
        rule VARCHAR NOT NULL, lexicon VARCHAR NOT NULL, record VARCHAR NOT NULL)`,
      `CREATE TABLE actor_mentions (
        doc_id VARCHAR NOT NULL, sentence INTEGER NOT NULL, ${ACTOR_COLUMNS('actor')})`,
      `CREATE INDEX mentions_event ON mentions (event_id)`,
      `CREATE INDEX mentions_doc ON mentions (doc_id)`,
      `CREATE INDEX actor_mentions_doc ON actor_mentions (doc_id)`,
    ],
  },
  {
    version: 2,
    summary: 'country_days: events per country and day, for fast country timelines',
    statements: [COUNTRY_DAYS, FILL_COUNTRY_DAYS],
  },
  {
    version: 3,
    summary: 'documents.spans: the dates and places each document names, as JSON, for the document view',
    statements: [`ALTER TABLE documents ADD COLUMN spans VARCHAR`],
  },
  {
    version: 4,
    summary: 'events.search: the evidence of every report of the event in lower case, so a text filter reads one column',
    statements: [
      `ALTER TABLE events ADD COLUMN search VARCHAR`,
      `UPDATE events SET search = s.text FROM (
         SELECT event_id, lower(string_agg(evidence_text, chr(10) ORDER BY seq)) AS text FROM mentions GROUP BY event_id) AS s
       WHERE events.id = s.event_id`,
      `UPDATE events SET search = lower(evidence_text) WHERE search IS NULL`,
    ],
  },
];

export const SCHEMA_VERSION = MIGRATIONS.at(-1)!.version;

/** The schema's secondary indexes, by name, with the statement that makes each. */
export const INDEXES: readonly { name: string; create: string }[] = MIGRATIONS.flatMap((m) => m.statements)
  .map((sql) => /^CREATE INDEX (\w+) ON/.exec(sql))
  .filter((m): m is RegExpExecArray => m !== null)
  .map((m) => ({ name: m[1]!, create: m.input }));

import type { Actor, StoredEvent } from '../model/index.js';

/** An event as the exports read it: the record, its sequence number and its document's fields. */
export interface ExportRow {
  seq: number;
  event: StoredEvent;
  url: string | null;
  /** When the document was stored, as YYYYMMDDHHMMSS. */
  added: string;
}

type Cell = string | number | null;

const compact = (date: string | null) => (date ? date.replaceAll('-', '') : null);

function fractionDate(date: string | null): Cell {
  if (!date) return null;
  const y = Number(date.slice(0, 4));
  const day = (Date.parse(date) - Date.UTC(y, 0, 1)) / 86_400_000 + 1;
  return (y + day / 365).toFixed(4);
}

/** GDELT's "known group" is the organisation part of an IGO/NGO/… code: IGOUNO → UNO. */
const knownGroup = (a: Actor | null) => /^(?:IGO|NGO|NGM|MNC)([A-Z]{3})/.exec(a?.code ?? '')?.[1] ?? null;

const actorColumns = (n: 1 | 2, get: (e: StoredEvent) => Actor | null): [string, (r: ExportRow) => Cell][] => [
  [`Actor${n}Code`, (r) => get(r.event)?.code ?? null],
  [`Actor${n}Name`, (r) => get(r.event)?.name.toUpperCase() ?? null],
  [`Actor${n}CountryCode`, (r) => get(r.event)?.country ?? null],
  [`Actor${n}KnownGroupCode`, (r) => knownGroup(get(r.event))],
  [`Actor${n}EthnicCode`, () => null],
  [`Actor${n}Religion1Code`, () => null],
  [`Actor${n}Religion2Code`, () => null],
  [`Actor${n}Type1Code`, (r) => get(r.event)?.sector ?? null],
  [`Actor${n}Type2Code`, () => null],
  [`Actor${n}Type3Code`, () => null],
];

/** No geography is resolved for actors: type 0 and empty fields, as GDELT writes them. */
const emptyGeo = (prefix: string): [string, (r: ExportRow) => Cell][] =>
  ['Type', 'FullName', 'CountryCode', 'ADM1Code', 'ADM2Code', 'Lat', 'Long', 'FeatureID']
    .map((f) => [`${prefix}_${f}`, () => (f === 'Type' ? 0 : null)]);

/** GDELT's geographic resolution: 1 country, 2 US state, 3 US city, 4 world city, 5 world state. */
function geoType(e: StoredEvent): number {
  const p = e.place;
  if (!p) return 0;
  const us = p.country === 'USA';
  if (p.precision === 'country') return 1;
  if (p.precision === 'admin1') return us ? 2 : 5;
  return us ? 3 : 4;
}

/**
 * The GDELT 2.0 event table's 61 columns in the codebook's order. Country codes are ISO alpha-3
 * (GDELT's geography uses FIPS 10-4); tone is not measured, so AvgTone is empty.
 */
export const GDELT_COLUMNS: readonly [string, (r: ExportRow) => Cell][] = [
  ['GlobalEventID', (r) => r.seq],
  ['Day', (r) => compact(r.event.date)],
  ['MonthYear', (r) => compact(r.event.date)?.slice(0, 6) ?? null],
  ['Year', (r) => r.event.date?.slice(0, 4) ?? null],
  ['FractionDate', (r) => fractionDate(r.event.date)],
  ...actorColumns(1, (e) => e.source),
  ...actorColumns(2, (e) => e.target),
  ['IsRootEvent', (r) => (r.event.sentence === 0 ? 1 : 0)],
  ['EventCode', (r) => r.event.cameo],
  ['EventBaseCode', (r) => r.event.cameo.slice(0, 3)],
  ['EventRootCode', (r) => r.event.cameo.slice(0, 2)],
  ['QuadClass', (r) => r.event.quadClass],
  ['GoldsteinScale', (r) => r.event.goldstein],
  ['NumMentions', (r) => r.event.numMentions],
  ['NumSources', (r) => r.event.numSources],
  ['NumArticles', (r) => r.event.numArticles],
  ['AvgTone', () => null],
  ...emptyGeo('Actor1Geo'),
  ...emptyGeo('Actor2Geo'),
  ['ActionGeo_Type', (r) => geoType(r.event)],
  ['ActionGeo_FullName', (r) => (r.event.place ? [r.event.place.name, r.event.place.admin1, r.event.place.country].filter(Boolean).join(', ') : null)],
  ['ActionGeo_CountryCode', (r) => r.event.place?.country ?? null],
  ['ActionGeo_ADM1Code', (r) => r.event.place?.admin1 ?? null],
  ['ActionGeo_ADM2Code', () => null],
  ['ActionGeo_Lat', (r) => r.event.place?.lat ?? null],
  ['ActionGeo_Long', (r) => r.event.place?.lon ?? null],
  ['ActionGeo_FeatureID', (r) => r.event.place?.geonameId ?? null],
  ['DATEADDED', (r) => r.added],
  ['SOURCEURL', (r) => r.url],
];

/** One tab-separated line, without header, as GDELT's files are; tabs and newlines in text become spaces. */
export function gdeltLine(r: ExportRow): string {
  return GDELT_COLUMNS.map(([, get]) => {
    const v = get(r);
    return v === null ? '' : String(v).replace(/[\t\r\n]+/g, ' ');
  }).join('\t');
}

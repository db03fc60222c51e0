import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Place } from '../../model/index.js';
import type { StateInfo } from '../states.js';
import { DEFAULT_DATA_DIR } from '../load.js';
import { buildGazetteerData, gazetteerVersion, packGazetteer, placeKey, unpackGazetteer, PLACE_KINDS, type GazetteerData, type PlaceKind } from './data.js';

export { buildGazetteerData, gazetteerVersion, placeKey, type GazetteerData, type PlaceKind } from './data.js';

/** Where `npm run build` leaves the compiled gazetteer. */
export const GAZETTEER_PATH = fileURLToPath(new URL('../../../dist/gazetteer.bin', import.meta.url));

/** The longest place name, in words, that the text is searched for ("Santiago de los Caballeros"). */
export const MAX_PLACE_WORDS = 6;

export type EntryKind = PlaceKind | 'country';

/**
 * Capitalised words that GeoNames knows as small places and news uses for something else: "stormed
 * the Congress", "Honiara's Chinatown". A city of one of these names is not looked up by it.
 */
const NOT_PLACES = new Set([
  'congress', 'parliament', 'senate', 'capitol', 'assembly', 'mission', 'union', 'independence', 'liberty', 'victory',
  'progress', 'unity', 'justice', 'concord', 'harmony', 'reform', 'chinatown', 'university', 'cathedral', 'embassy',
  'palace', 'airport', 'harbor', 'harbour', 'police', 'army', 'navy', 'church', 'mosque', 'temple', 'court', 'hospital',
  'prison', 'camp', 'base', 'station', 'bay', 'beach', 'lake', 'river', 'valley', 'island', 'city', 'town', 'village',
  'centre', 'center', 'media', 'republic', 'state', 'nation', 'commonwealth', 'general', 'president', 'premier',
  'minister', 'governor', 'mayor', 'sultan', 'colonel', 'ministry', 'opposition', 'reuters', 'march', 'may', 'june',
  'street', 'avenue', 'square', 'road', 'bridge', 'english',
]);

/**
 * Places by name: GeoNames cities, regions, sites, historical places and the lexicon's states.
 * Entries are numbers; accessors read their fields, and `place()` makes the record an event carries.
 */
export class Gazetteer {
  readonly version: string;
  /** Where each compiled key's entries start in `data.ids`. */
  private readonly starts: Int32Array;
  /** Keys whose entries this gazetteer changed or added: the states' names, the adjectives left out. */
  private readonly changed = new Map<string, number[]>();
  /** The first words of the names this gazetteer added. */
  private readonly firstWords = new Set<string>();
  /** Look-ups made, kept: news names the same places again and again (a cache, cleared when full). */
  private readonly seen = new Map<string, readonly number[] | null>();
  private readonly prefixes = new Map<string, boolean>();
  private readonly records = new Map<number, Place>();
  /** The entries each key names by one of their other names: "geneva" for Genève. */
  private readonly aliased = new Map<string, Set<number>>();
  private readonly countries: { code: string; name: string; lat: number; lon: number }[] = [];
  private readonly regions = new Map<string, number>();
  private readonly regionOf: Int32Array;
  private readonly size: number;

  constructor(private readonly data: GazetteerData, states: Iterable<StateInfo>) {
    this.version = data.version;
    this.size = data.name.length;
    this.regionOf = new Int32Array(this.size);
    this.starts = new Int32Array(data.keys.length);
    for (let k = 0, at = 0; k < data.keys.length; at += data.counts[k]!, k++) this.starts[k] = at;
    for (let i = 0; i < this.size; i++) if (data.kind[i] === ADMIN1 && data.admin.at(i)) this.regions.set(`${data.country.at(i)}|${data.admin.at(i)}`, i);
    for (const [key, i] of data.aliases) {
      const set = this.aliased.get(key);
      if (set) set.add(i);
      else this.aliased.set(key, new Set([i]));
    }
    // "Argentine", "English": a state's adjective is not the small town that bears it
    const stateList = [...states];
    for (const word of [...NOT_PLACES, ...stateList.flatMap((s) => s.adjectives.map(placeKey))]) {
      const list = this.lookup(word);
      if (list) this.change(word, list.filter((i) => data.kind[i] !== CITY));
    }
    const countryEntries = new Map<string, number>();
    for (const s of stateList) {
      const centre = data.centroids[s.code];
      if (!centre) continue;
      const i = this.size + this.countries.push({ code: s.code, name: s.name, lat: centre[0], lon: centre[1] }) - 1;
      countryEntries.set(s.code, i);
      for (const n of new Set([s.name, ...s.names])) this.index(n, i);
    }
    for (const [name, code] of data.countryAliases) {
      const i = countryEntries.get(code);
      if (i !== undefined) this.index(name, i);
    }
  }

  private index(name: string, i: number): void {
    this.indexKey(placeKey(name), i);
  }

  private indexKey(key: string, i: number): void {
    if (!key) return;
    const list = this.lookup(key) ?? [];
    if (!list.includes(i)) this.change(key, [...list, i]);
    const space = key.indexOf(' ');
    this.firstWords.add(space < 0 ? key : key.slice(0, space));
  }

  /** Makes a key name these entries instead of the compiled ones; forgets what it was looked up as. */
  private change(key: string, entries: number[]): void {
    this.changed.set(key, entries);
    this.seen.delete(key);
  }

  /** The entries a name may be, by its key (see placeKey). */
  lookup(key: string): readonly number[] | undefined {
    const seen = this.seen.get(key);
    if (seen !== undefined) return seen ?? undefined;
    const changed = this.changed.get(key);
    const found = changed ? (changed.length ? changed : undefined) : this.search(key);
    if (this.seen.size >= SEEN_MAX) this.seen.clear();
    this.seen.set(key, found ?? null);
    return found;
  }

  private search(key: string): number[] | undefined {
    const k = this.find(key);
    if (this.data.keys.at(k) !== key) return undefined;
    const start = this.starts[k]!, count = this.data.counts[k]!;
    const out = new Array<number>(count);
    for (let j = 0; j < count; j++) out[j] = this.data.ids[start + j]!;
    return out;
  }

  /** The entries `key` names by one of the other names news gives them ("Geneva" for Genève). */
  aliasedAs(key: string): ReadonlySet<number> | undefined {
    return this.aliased.get(key);
  }

  /** The first compiled key at or after `key` in their order. */
  private find(key: string): number {
    const keys = this.data.keys;
    let lo = 0, hi = keys.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (keys.at(mid)! < key) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Whether some place's name starts with this word (its key): most words start none. */
  startsName(word: string): boolean {
    let starts = this.prefixes.get(word);
    if (starts === undefined) {
      // "san" < "san jose" < "sana": the first key at or after a word is the word, or a name it starts
      const next = this.data.keys.at(this.find(word));
      starts = this.firstWords.has(word) || (next !== undefined && next.startsWith(word) && (next.length === word.length || next[word.length] === ' '));
      if (this.prefixes.size >= SEEN_MAX) this.prefixes.clear();
      this.prefixes.set(word, starts);
    }
    return starts;
  }

  kind(i: number): EntryKind {
    return i >= this.size ? 'country' : PLACE_KINDS[this.data.kind[i]!]!;
  }

  /** ISO alpha-3, or null for international waters and places of the past without a successor. */
  country(i: number): string | null {
    if (i >= this.size) return this.countries[i - this.size]!.code;
    return this.data.country.at(i) || null;
  }

  population(i: number): number {
    return i >= this.size ? 0 : this.data.population[i]!;
  }

  /** 2 for a national capital, 1 for a region's seat. */
  seat(i: number): number {
    return i >= this.size ? 0 : this.data.seat[i]!;
  }

  /** The first-level region a city lies in, or that a region is. */
  region(i: number): number | undefined {
    if (i >= this.size) return undefined;
    if (this.data.kind[i] === ADMIN1) return i;
    let r = this.regionOf[i]!; // the region + 1, -1 for none, 0 until asked
    if (r === 0) this.regionOf[i] = r = (this.regions.get(`${this.data.country.at(i)}|${this.data.admin.at(i)}`) ?? -2) + 1;
    return r > 0 ? r - 1 : undefined;
  }

  /** The record an event carries: one per entry, made when first asked and shared (frozen). */
  place(i: number): Place {
    let p = this.records.get(i);
    if (!p) this.records.set(i, (p = Object.freeze(this.record(i))));
    return p;
  }

  private record(i: number): Place {
    if (i >= this.size) {
      const c = this.countries[i - this.size]!;
      return { name: c.name, country: c.code, admin1: null, lat: c.lat, lon: c.lon, geonameId: null, precision: 'country' };
    }
    const d = this.data;
    const region = this.region(i);
    const kind = PLACE_KINDS[d.kind[i]!];
    return {
      name: d.name.at(i)!,
      country: d.country.at(i) || null,
      admin1: region === undefined ? null : d.name.at(region)!,
      lat: d.lat[i]! / 1e4,
      lon: d.lon[i]! / 1e4,
      geonameId: d.geonameId[i] || null,
      precision: kind === 'city' ? 'city' : kind === 'admin1' ? 'admin1' : 'site',
    };
  }
}

const ADMIN1 = PLACE_KINDS.indexOf('admin1');
const SEEN_MAX = 100_000;
const CITY = PLACE_KINDS.indexOf('city');

function readGazetteerData(path: string, version: string): GazetteerData | undefined {
  try {
    const d = unpackGazetteer(readFileSync(path));
    return d?.version === version ? d : undefined;
  } catch {
    return undefined;
  }
}

/** Compiles the package's gazetteer into dist/ (part of `npm run build`). */
export function writeGazetteer(data: GazetteerData, path = GAZETTEER_PATH): void {
  writeFileSync(path, packGazetteer(data));
}

export interface GazetteerOptions {
  /** A data folder laid out like the package's `data/`. */
  dir?: string;
  /** The states whose names are places too: the lexicon's. */
  states: Iterable<StateInfo>;
}

/**
 * Loads the gazetteer once; pipelines share it read-only. The package's own comes from the file
 * `npm run build` compiles when it is current, and is built from the packages and YAML otherwise.
 */
export function loadGazetteer(options: GazetteerOptions): Gazetteer {
  const dir = options.dir ?? DEFAULT_DATA_DIR;
  const version = gazetteerVersion(dir);
  const data = (dir === DEFAULT_DATA_DIR ? readGazetteerData(GAZETTEER_PATH, version) : undefined) ?? buildGazetteerData(dir);
  return new Gazetteer(data, options.states);
}

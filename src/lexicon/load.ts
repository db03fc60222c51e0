import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CommuniqueError } from '../model/index.js';
import {
  AgentEntry, GroupEntry, InitiativeEntry, OrganisationEntry, PersonEntry, RegionEntry, StateExtra,
} from './schemas.js';
import { buildStates, type StateInfo } from './states.js';
import { loadYamlList, type Located } from './yaml.js';
import { eventFiles, loadEventLexicon, type EventLexiconData } from './events.js';

/** The lexicon shipped with the package: `data/` beside `src/` and `dist/`. */
export const DEFAULT_DATA_DIR = fileURLToPath(new URL('../../data/', import.meta.url));

/** Everything the actor stage knows, as loaded and validated. */
export interface LexiconData {
  /** Changes whenever a data file does: events say which lexicon produced them. */
  version: string;
  states: Map<string, StateInfo>;
  people: Map<string, PersonEntry>;
  organisations: Map<string, OrganisationEntry>;
  initiatives: Map<string, InitiativeEntry>;
  regions: Map<string, RegionEntry>;
  /** Armed groups, parties, movements and NGOs. */
  groups: Map<string, GroupEntry>;
  agents: AgentEntry[];
  /** The CAMEO and PLOVER ontology and the verb patterns. */
  events: EventLexiconData;
}

const require = createRequire(import.meta.url);

/** The data files of a lexicon folder, in a fixed order. */
export function dataFiles(dir: string): string[] {
  const actors = join(dir, 'actors');
  return [
    ...['states', 'organisations', 'initiatives', 'regions', 'groups', 'agents'].map((n) => join(actors, `${n}.yaml`)),
    ...yamlFiles(join(actors, 'people')),
    ...eventFiles(dir, DEFAULT_DATA_DIR),
  ];
}

/**
 * A version for data built from `files` and npm `packages`: "PREFIX-" and a hash of the files'
 * contents and the packages' versions, so that a compiled copy is used only while it is current.
 */
export function dataVersion(prefix: string, files: readonly string[], packages: readonly string[]): string {
  const hash = createHash('sha256');
  for (const f of files) {
    try {
      hash.update(readFileSync(f));
    } catch (e) {
      throw new CommuniqueError('E_DICT_READ', `cannot read: ${(e as Error).message}`, { file: f });
    }
  }
  for (const pkg of packages) hash.update((require(`${pkg}/package.json`) as { version: string }).version);
  return `${prefix}-${hash.digest('hex').slice(0, 10)}`;
}

/** The lexicon's version: a hash of its data files and of the packages its states come from. */
export function lexiconVersion(dir: string): string {
  return dataVersion('lex', dataFiles(dir), ['world-countries', 'i18n-iso-countries']);
}

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort().map((f) => join(dir, f));
}

/** Indexes entries by id; a second entry with the same id fails the load where it stands. */
function byId<T extends { id: string }>(entries: Located<T>[]): Map<string, T> {
  const map = new Map<string, T>();
  const where = new Map<string, string>();
  for (const { value, file, line } of entries) {
    if (map.has(value.id)) {
      throw new CommuniqueError('E_DICT_DUPLICATE', `duplicate id "${value.id}" (first at ${where.get(value.id)})`, { file, line });
    }
    map.set(value.id, value);
    where.set(value.id, `${file}:${line}`);
  }
  return map;
}

/** Reads and checks every data file under `dir` (data/ of the package by default). */
export function loadLexiconData(dir = DEFAULT_DATA_DIR): LexiconData {
  const actors = join(dir, 'actors');
  const label = (f: string) => relative(process.cwd(), f) || f;
  const list = <S extends Parameters<typeof loadYamlList>[1]>(file: string, schema: S) => loadYamlList(file, schema, label(file));

  const version = lexiconVersion(dir);
  const extras = list(join(actors, 'states.yaml'), StateExtra);
  const states = buildStates(extras.map((e) => e.value));
  const orgList = list(join(actors, 'organisations.yaml'), OrganisationEntry);
  const organisations = byId(orgList);
  const peopleList = yamlFiles(join(actors, 'people')).flatMap((f) => list(f, PersonEntry));
  const people = byId(peopleList);
  const regionList = list(join(actors, 'regions.yaml'), RegionEntry);
  const groupList = list(join(actors, 'groups.yaml'), GroupEntry);
  const data: LexiconData = {
    version,
    states,
    people,
    organisations,
    initiatives: byId(list(join(actors, 'initiatives.yaml'), InitiativeEntry)),
    regions: byId(regionList),
    groups: byId(groupList),
    agents: list(join(actors, 'agents.yaml'), AgentEntry).map((e) => e.value),
    events: loadEventLexicon(dir, DEFAULT_DATA_DIR, label),
  };

  // Codes and references must point at something the lexicon holds.
  const country = (code: string | undefined, file: string, line: number, what: string) => {
    if (code !== undefined && !states.has(code)) {
      throw new CommuniqueError('E_DICT_CODE', `${what}: unknown state code "${code}" (expected an ISO alpha-3 code the lexicon holds)`, { file, line });
    }
  };
  for (const e of extras) country(e.value.code, e.file, e.line, 'state');
  for (const { value, file, line } of orgList) for (const m of value.members) country(m.country, file, line, value.id);
  for (const { value, file, line } of regionList) for (const m of value.members) country(m, file, line, value.id);
  for (const { value, file, line } of groupList) country(value.country ?? undefined, file, line, value.id);
  for (const { value, file, line } of peopleList) {
    for (const r of value.roles) {
      country(r.country, file, line, value.id);
      if (r.org && !organisations.has(r.org)) {
        throw new CommuniqueError('E_DICT_CODE', `${value.id}: unknown organisation "${r.org}"`, { file, line });
      }
    }
  }
  return data;
}

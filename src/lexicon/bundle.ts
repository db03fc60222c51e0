import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compilePhrases } from './compile.js';
import type { LexiconData } from './load.js';
import type { CompiledPhrase } from './matcher.js';
import { nameRepairs, packRepairs } from './names.js';
import type { EventLexiconData, LoadedRule } from './events.js';
import type { CameoEntry, Ontology } from './ontology.js';
import type { AgentEntry, GroupEntry, InitiativeEntry, OrganisationEntry, PersonEntry, RegionEntry } from './schemas.js';
import type { StateInfo } from './states.js';

/** Where `npm run build` leaves the compiled lexicon of the package's own data. */
export const BUNDLE_PATH = fileURLToPath(new URL('../../dist/lexicon.json', import.meta.url));

/**
 * The lexicon as loaded, validated and compiled, in one JSON file: loading it skips YAML parsing,
 * schema checks and phrase compilation, which dominate start-up.
 */
export interface Bundle {
  format: 3;
  version: string;
  states: StateInfo[];
  people: PersonEntry[];
  organisations: OrganisationEntry[];
  initiatives: InitiativeEntry[];
  regions: RegionEntry[];
  groups: GroupEntry[];
  agents: AgentEntry[];
  phrases: CompiledPhrase[];
  /** See packRepairs. */
  repairs: string;
  events: { rules: LoadedRule[]; discards: EventLexiconData['discards']; cameo: CameoEntry[]; plover: Ontology['plover']; contexts: string[] };
}

export function toBundle(data: LexiconData): Bundle {
  return {
    format: 3,
    version: data.version,
    states: [...data.states.values()],
    people: [...data.people.values()],
    organisations: [...data.organisations.values()],
    initiatives: [...data.initiatives.values()],
    regions: [...data.regions.values()],
    groups: [...data.groups.values()],
    agents: data.agents,
    phrases: compilePhrases(data),
    repairs: packRepairs(nameRepairs(data)),
    events: {
      rules: data.events.rules,
      discards: data.events.discards,
      cameo: [...data.events.ontology.cameo.values()],
      plover: data.events.ontology.plover,
      contexts: data.events.ontology.contexts,
    },
  };
}

export function dataFromBundle(b: Bundle): LexiconData {
  const index = <T extends { id: string }>(xs: T[]) => new Map(xs.map((x) => [x.id, x]));
  return {
    version: b.version,
    states: new Map(b.states.map((s) => [s.code, s])),
    people: index(b.people),
    organisations: index(b.organisations),
    initiatives: index(b.initiatives),
    regions: index(b.regions),
    groups: index(b.groups),
    agents: b.agents,
    events: {
      rules: b.events.rules,
      discards: b.events.discards,
      ontology: { cameo: new Map(b.events.cameo.map((c) => [c.code, c])), plover: b.events.plover, contexts: b.events.contexts },
    },
  };
}

/** The bundle at `path` if it is one of this `version`; undefined when absent or stale. */
export function readBundle(path: string, version: string): Bundle | undefined {
  try {
    const b = JSON.parse(readFileSync(path, 'utf8')) as Bundle;
    return b.format === 3 && b.version === version ? b : undefined;
  } catch {
    return undefined;
  }
}

export function writeBundle(data: LexiconData, path = BUNDLE_PATH): void {
  writeFileSync(path, JSON.stringify(toBundle(data)));
}

import type { Lexicon } from '../lexicon/index.js';
import type { Actor } from '../model/index.js';
import { createPipeline } from '../pipeline/index.js';
import type { NlpEngine } from '../pipeline/nlp/index.js';

/** One lexicon entry a name can mean, with its dated roles for people. */
export interface LookupEntry {
  type: string;
  id: string;
  code: string | null;
  name: string;
  roles?: { title: string; country: string | null; org: string | null; start: string; end: string | null }[];
}

export interface LookupResult {
  query: string;
  date: string | null;
  /** What the name is coded as on the date, in context-free reading. */
  actors: Actor[];
  /** Every entry any part of the name can mean. */
  entries: LookupEntry[];
}

/** What `communique actors lookup NAME --date D` prints: the actors, and every entry the words can mean. */
export function lookupActor(query: string, date: string | null, lexicon: Lexicon, nlp?: NlpEngine): LookupResult {
  const pipeline = createPipeline({ lexicon, nlp });
  const doc = pipeline.run({ id: 'lookup', date, text: query, meta: {}, origin: { file: '<lookup>', format: 'text' } });
  const { data } = lexicon;
  const entries: LookupEntry[] = [];
  const seen = new Set<string>();
  for (const m of lexicon.matcher.match(doc.tokens, 0, doc.tokens.length)) {
    for (const { target: t } of m.entries) {
      const key = JSON.stringify(t);
      if (seen.has(key)) continue;
      seen.add(key);
      switch (t.type) {
        case 'person': case 'surname': {
          const p = data.people.get(t.id)!;
          entries.push({
            type: 'person', id: p.id, code: null, name: p.name,
            roles: p.roles.map((r) => ({ title: r.title, country: r.country ?? null, org: r.org ?? null, start: r.start, end: r.end })),
          });
          break;
        }
        case 'state': case 'adjective': case 'metonym': {
          const s = data.states.get(t.code)!;
          const code = t.type === 'metonym' ? `${t.code}${t.sector}` : t.code;
          entries.push({ type: t.type, id: `state/${t.code.toLowerCase()}`, code, name: s.name });
          break;
        }
        case 'organisation': case 'initiative': case 'region': case 'group': {
          const e = t.type === 'organisation' ? data.organisations.get(t.id)! : t.type === 'initiative' ? data.initiatives.get(t.id)! : t.type === 'group' ? data.groups.get(t.id)! : data.regions.get(t.id)!;
          entries.push({ type: t.type, id: e.id, code: e.code, name: e.name });
          break;
        }
        case 'agent':
          entries.push({ type: 'agent', id: `agent/${t.sector.toLowerCase()}`, code: t.sector, name: data.agents.find((a) => a.sector === t.sector)?.label ?? t.sector });
      }
    }
  }
  return { query, date, actors: doc.actors.map((m) => m.actor), entries };
}

export interface LexiconStats {
  version: string;
  states: number;
  organisations: number;
  memberships: number;
  initiatives: number;
  regions: number;
  groups: number;
  people: number;
  roles: Record<string, number>;
  sectors: number;
  roleWords: number;
  phrases: number;
}

/** What `communique actors stats` prints: how much the lexicon holds. */
export function lexiconStats(lexicon: Lexicon): LexiconStats {
  const { data } = lexicon;
  const roles: Record<string, number> = {};
  for (const p of data.people.values()) for (const r of p.roles) roles[r.role] = (roles[r.role] ?? 0) + 1;
  return {
    version: lexicon.version,
    states: data.states.size,
    organisations: data.organisations.size,
    memberships: [...data.organisations.values()].reduce((n, o) => n + o.members.length, 0),
    initiatives: data.initiatives.size,
    regions: data.regions.size,
    groups: data.groups.size,
    people: data.people.size,
    roles,
    sectors: data.agents.length,
    roleWords: data.agents.reduce((n, a) => n + a.words.length, 0),
    phrases: lexicon.matcher.size,
  };
}

import type { LexiconData } from './load.js';
import { compilePhrase, PhraseMatcher, type CompiledPhrase, type Target } from './matcher.js';

/** Every name, alias, adjective, metonym and role word of the lexicon, cut into pieces. */
export function compilePhrases(data: LexiconData): CompiledPhrase[] {
  const out: CompiledPhrase[] = [];
  const add = (phrase: string, target: Target) => {
    const c = compilePhrase(phrase, target);
    if (c) out.push(c);
  };
  for (const s of data.states.values()) {
    if (!s.sovereign) continue;
    for (const name of s.names) add(name, { type: 'state', code: s.code });
    for (const adj of s.adjectives) {
      add(adj, { type: 'adjective', code: s.code });
      // Nationals in the plural stand for their side: "Palestinians", "Israelis", "Americans".
      if (/(an|i)$/.test(adj)) add(`${adj}s`, { type: 'state', code: s.code });
    }
    for (const { name, sector } of s.metonyms) add(name, { type: 'metonym', code: s.code, sector });
  }
  for (const o of data.organisations.values()) for (const n of [o.name, ...o.aliases]) add(n, { type: 'organisation', id: o.id });
  for (const i of data.initiatives.values()) for (const n of [i.name, ...i.aliases]) add(n, { type: 'initiative', id: i.id });
  for (const r of data.regions.values()) for (const n of [r.name, ...r.aliases]) add(n, { type: 'region', id: r.id });
  for (const g of data.groups.values()) for (const n of [g.name, ...g.aliases]) add(n, { type: 'group', id: g.id });
  for (const p of data.people.values()) {
    for (const n of [p.name, ...p.aliases]) add(n, { type: 'person', id: p.id });
    for (const n of p.short) add(n, { type: 'surname', id: p.id });
  }
  for (const a of data.agents) for (const w of a.words) add(w, { type: 'agent', sector: a.sector });
  return out;
}

/** The trie of compiled phrases. */
export function buildMatcher(phrases: readonly CompiledPhrase[]): PhraseMatcher {
  const m = new PhraseMatcher();
  for (const p of phrases) m.insert(p);
  return m;
}

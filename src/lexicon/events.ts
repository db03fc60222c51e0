import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { isMap, type Node } from 'yaml';
import { z } from 'zod';
import { CameoCode, CommuniqueError } from '../model/index.js';
import { readCameoTable, readPlover, type Ontology } from './ontology.js';
import { checkList, checkNode, readYaml, type Located } from './yaml.js';
import { inflections } from './inflect.js';

/** What a rule declares about its act; a file's `defaults` give them to every rule of the file. */
const RuleProperties = z.object({
  /**
   * The code when the act is only intended: "plans to visit", "is ready to sign"; "none" where CAMEO
   * codes no intention of the act ("plans to deploy troops"), which then codes nothing.
   */
  intent: z.union([CameoCode, z.literal('none')]).optional(),
  /** The code when the act is threatened: "threatened to impose sanctions". */
  threat: CameoCode.optional(),
  /** The code when the act is refused: "refused to release the prisoners". */
  refuse: CameoCode.optional(),
  /** "X and Y met": with a compound subject and no target, each member acts on the others. */
  mutual: z.boolean().optional(),
  /**
   * The code when the subject is several countries acting together and no target is named, each
   * member then acting with the others: one state's war games are a show of force (150), "South
   * Korean and US forces began war games" a joint exercise (062).
   */
  joint: CameoCode.optional(),
  /** A verb of saying: what it reports is coded on its own, the saying only when nothing else is. */
  speech: z.boolean().optional(),
  /**
   * An act a state does at home ("declared a state of emergency", "lifted the curfew"): with no
   * target named, the target is the source's own country.
   */
  domestic: z.boolean().optional(),
  /**
   * A show of force aimed at a rival: with no target named, the one other country the sentence names
   * as an actor ("put its forces on alert as a row with Turkey escalated" is aimed at Turkey).
   */
  rival: z.boolean().optional(),
  /**
   * An appeal or a demand: "demanded that Israel ease restrictions" targets the subject of its
   * "that" clause, and codes what that clause says Israel "must" do.
   */
  request: z.boolean().optional(),
  /**
   * An obligation a speaker puts on the trigger's subject ("the Red Cross said US forces must ensure
   * security"): the speaker is the source, the subject the target.
   */
  obliges: z.boolean().optional(),
  /**
   * An act done to a place ("shelled targets inside Syria", "withdrew from Iraq"): with no actor
   * named as target, a place after in, into, inside, near, from or across is one.
   */
  placeTarget: z.boolean().optional(),
  /** The act happens where its target is: a visit to Japan happened in Japan, one to Nairobi in Nairobi. */
  atTarget: z.boolean().optional(),
  /** Sectors whose doing it is another act: troops that "arrived in" a country deployed there, not visited. */
  notBy: z.array(z.string().regex(/^[A-Z]{3}$/, 'expected a three-letter sector code such as MIL')).optional(),
  /** The only sectors whose doing it is this act: troops that "left" a country withdrew from it. */
  onlyBy: z.array(z.string().regex(/^[A-Z]{3}$/, 'expected a three-letter sector code such as MIL')).optional(),
}).strict();
export type RuleProperties = z.infer<typeof RuleProperties>;

export const EventRule = RuleProperties.extend({
  id: z.string().regex(/^\d{2,4}\.[a-z0-9][a-z0-9-]*$/, 'expected an id like "042.visit": the CAMEO code, a dot, a slug'),
  cameo: CameoCode,
  patterns: z.array(z.string().min(1)).min(1),
  examples: z.array(z.string().min(1)).default([]),
}).strict().refine((r) => r.id.split('.')[0] === r.cameo, { message: 'the id must start with the rule\'s CAMEO code', path: ['id'] });
export type EventRule = z.infer<typeof EventRule>;

export const DiscardRule = z.object({
  id: z.string().regex(/^discard\.[a-z0-9][a-z0-9-]*$/, 'expected an id like "discard.football"'),
  patterns: z.array(z.string().min(1)).min(1),
  examples: z.array(z.string().min(1)).default([]),
}).strict();
export type DiscardRule = z.infer<typeof DiscardRule>;

/** A rule as loaded: its file's defaults applied, and where it was written. */
export interface LoadedRule extends EventRule {
  file: string;
  line: number;
}

export interface EventLexiconData {
  ontology: Ontology;
  rules: LoadedRule[];
  discards: (DiscardRule & { file: string; line: number })[];
}

/**
 * The event data files of a lexicon folder, in a fixed order: the ontology (the package's, `fallback`,
 * when the folder has none of its own), then the pattern files.
 */
export function eventFiles(dir: string, fallback: string): string[] {
  const events = join(dir, 'events');
  const ontology = existsSync(join(dir, 'ontology', 'cameo.tsv')) ? join(dir, 'ontology') : join(fallback, 'ontology');
  let names: string[] = [];
  try {
    names = readdirSync(events).filter((f) => /\.ya?ml$/.test(f)).sort();
  } catch {
    // a lexicon folder without events codes none
  }
  return [join(ontology, 'cameo.tsv'), join(ontology, 'plover.yaml'), ...names.map((n) => join(events, n))];
}

function located<T>(l: Located<T>): T & { file: string; line: number } {
  return { ...l.value, file: l.file, line: l.line };
}

/**
 * Reads the ontology and the verb patterns under `dir`, checking every rule's codes against the
 * ontology and every pattern's syntax: a bad rule fails the load with its file and line.
 */
export function loadEventLexicon(dir: string, fallback: string, label: (file: string) => string): EventLexiconData {
  const [cameoFile, ploverFile, ...files] = eventFiles(dir, fallback) as [string, string, ...string[]];
  const cameo = readCameoTable(cameoFile, label(cameoFile));
  const { types, contexts } = readPlover(ploverFile, label(ploverFile));
  for (const entry of cameo.values()) {
    const type = types.find((t) => t.name === entry.plover);
    const bad = (entry.ploverMode && type && !type.modes.some((m) => m.name === entry.ploverMode) ? [entry.ploverMode] : [])
      .concat(entry.ploverContext.filter((c) => !contexts.includes(c)));
    if (bad.length) throw new CommuniqueError('E_DICT_CODE', `code ${entry.code}: PLOVER mode or context not in ${label(ploverFile)}: ${bad.join(', ')}`, { file: label(cameoFile) });
  }
  const rules: LoadedRule[] = [];
  const discards: EventLexiconData['discards'] = [];
  const seen = new Map<string, string>();
  for (const file of files) {
    const yaml = readYaml(file, label(file));
    if (!isMap(yaml.root)) throw new CommuniqueError('E_DICT_PARSE', 'expected a map with "rules" (and optional "defaults")', { file: yaml.label, line: 1 });
    const defaultsNode = yaml.root.get('defaults', true) as Node | undefined;
    const defaults = defaultsNode ? checkNode(defaultsNode, RuleProperties, yaml).value : {};
    const rulesNode = yaml.root.get('rules', true) as Node;
    const entries: (LoadedRule | EventLexiconData['discards'][number])[] = /discards?\.ya?ml$/.test(file)
      ? checkList(rulesNode, DiscardRule, yaml).map(located)
      : checkList(rulesNode, EventRule, yaml).map((l) => ({ ...defaults, ...located(l) }));
    for (const rule of entries) {
      if (seen.has(rule.id)) throw new CommuniqueError('E_DICT_DUPLICATE', `duplicate rule id "${rule.id}" (first at ${seen.get(rule.id)})`, { file: rule.file, line: rule.line });
      seen.set(rule.id, `${rule.file}:${rule.line}`);
      for (const p of rule.patterns) {
        const problem = patternProblem(p);
        if (problem) throw new CommuniqueError('E_DICT_PARSE', `${rule.id}: pattern "${p}": ${problem}`, { file: rule.file, line: rule.line });
      }
      if (!('cameo' in rule)) {
        discards.push(rule);
        continue;
      }
      for (const code of [rule.cameo, rule.intent, rule.threat, rule.refuse, rule.joint]) {
        if (code !== undefined && code !== 'none' && !cameo.has(code)) throw new CommuniqueError('E_DICT_CODE', `${rule.id}: unknown CAMEO code "${code}"`, { file: rule.file, line: rule.line });
      }
      rules.push(rule);
    }
  }
  return { ontology: { cameo, plover: types, contexts }, rules, discards };
}

const WORD = /^[\p{L}\p{N}][\p{L}\p{N}'’.-]*$/u;

/** What is wrong with a pattern's syntax, or null: see data/README.md for the syntax. */
export function patternProblem(pattern: string): string | null {
  const parts = pattern.trim().split(/\s+/);
  if (parts[0] === '*' || parts[0] === '+' || parts[0] === '$') return 'the first element must be a word (the anchor)';
  if (parts.filter((p) => p === '+').length > 1) return 'at most one "+" (the target)';
  if (parts.filter((p) => p === '$').length > 1) return 'at most one "$" (the source)';
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i]!;
    if (p === '*') {
      if (parts[i + 1] === '*') return 'two gaps in a row';
      if (i === parts.length - 1) return 'a gap cannot end a pattern';
      continue;
    }
    if (p === '+' || p === '$') continue;
    const bad = p.split('|').find((w) => !WORD.test(w));
    if (bad !== undefined) return `"${bad}" is not a word (write lower-case words, "a|b" for either, "*" for a gap, "+" and "$" for the actors)`;
  }
  return null;
}

/** One element of a compiled pattern. */
export type PatternElement =
  | { type: 'word'; words: ReadonlySet<string> }
  | { type: 'gap' }
  | { type: 'target' }
  | { type: 'source' };

/** A pattern ready to match: its rule (or discard), its elements, and how specific it is. */
export interface CompiledPattern {
  text: string;
  rule: LoadedRule | null;
  discard: string | null;
  elements: PatternElement[];
  /** Literal words: at one anchor, the pattern with most wins. */
  literals: number;
  /** The next word's forms when it must stand within a gap of the anchor: a cheap first test. */
  probe: ReadonlySet<string> | undefined;
}

/** Patterns of one anchor whose next word is the same: one look near the anchor tests them all. */
export interface PatternGroup {
  probe: ReadonlySet<string> | undefined;
  /** Whether a gap stands before the next word; without one it follows the anchor (past a phrase of time). */
  gap: boolean;
  patterns: CompiledPattern[];
}

/** The patterns indexed by the lower-case forms their anchor may take in text. */
export interface EventPatterns {
  byAnchor: Map<string, PatternGroup[]>;
  ontology: Ontology;
  /** The actor lexicon's role words ("government", "rebels"): a target slot takes them as an unnamed actor. */
  agentWords: ReadonlySet<string>;
  /** The rules whose acts happen where their target is (atTarget or placeTarget, and no rival), by id. */
  atTarget: ReadonlySet<string>;
  /** The rules whose acts are done to a place (placeTarget), by id. */
  placeTarget: ReadonlySet<string>;
}

export function compileEventPatterns(data: EventLexiconData, agentWords: ReadonlySet<string>): EventPatterns {
  // One set per distinct alternation: "sign|ink" in many patterns is one set of their forms.
  const sets = new Map<string, ReadonlySet<string>>();
  const inflected = new Map<string, string[]>();
  const formsOf = (word: string) => {
    let f = inflected.get(word);
    if (!f) inflected.set(word, (f = inflections(word)));
    return f;
  };
  const forms = (alternatives: string) => {
    let set = sets.get(alternatives);
    if (!set) sets.set(alternatives, (set = new Set(alternatives.split('|').flatMap(formsOf))));
    return set;
  };
  // Patterns are grouped by the base words of their anchor; every form of a word shares its groups.
  const byBase = new Map<string, Map<string, PatternGroup>>();
  const setIds = new Map<ReadonlySet<string> | undefined, number>();
  const add = (text: string, rule: LoadedRule | null, discard: string | null) => {
    const parts = text.trim().toLowerCase().split(/\s+/);
    const elements: PatternElement[] = parts.map((p) =>
      p === '*' ? { type: 'gap' } : p === '+' ? { type: 'target' } : p === '$' ? { type: 'source' } : { type: 'word', words: forms(p) });
    const gap = elements[1]?.type === 'gap';
    const next = gap ? elements[2] : elements[1];
    const probe = next?.type === 'word' ? next.words : undefined;
    const compiled: CompiledPattern = { text, rule, discard, elements, literals: elements.filter((e) => e.type === 'word').length, probe };
    if (!setIds.has(probe)) setIds.set(probe, setIds.size);
    const key = `${setIds.get(probe)}${gap ? '*' : ''}`;
    for (const base of parts[0]!.split('|')) {
      let groups = byBase.get(base);
      if (!groups) byBase.set(base, (groups = new Map()));
      const group = groups.get(key);
      if (group) group.patterns.push(compiled);
      else groups.set(key, { probe, gap, patterns: [compiled] });
    }
  };
  for (const r of data.rules) for (const p of r.patterns) add(p, r, null);
  for (const d of data.discards) for (const p of d.patterns) add(p, null, d.id);
  const byAnchor = new Map<string, PatternGroup[]>();
  for (const [base, groups] of byBase) {
    const shared = [...groups.values()];
    for (const form of formsOf(base)) {
      const other = byAnchor.get(form);
      // Two words with a form in common ("state" and "states"): that form tries both.
      byAnchor.set(form, other ? [...other, ...shared] : shared);
    }
  }
  // (a rival is whom a show of force is aimed at, not where it is made)
  const atTarget = new Set(data.rules.filter((r) => (r.atTarget || r.placeTarget) && !r.rival).map((r) => r.id));
  const placeTarget = new Set(data.rules.filter((r) => r.placeTarget).map((r) => r.id));
  return { byAnchor, ontology: data.ontology, agentWords, atTarget, placeTarget };
}

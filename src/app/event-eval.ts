import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { Lexicon } from '../lexicon/index.js';
import type { Gazetteer } from '../lexicon/gazetteer/index.js';
import { CameoCode, CommuniqueError, IsoDate, PloverType, type Actor, type Event } from '../model/index.js';
import { createPipeline } from '../pipeline/index.js';
import type { NlpEngine } from '../pipeline/nlp/index.js';

/** A gold event: its type, and the countries (or "IGO", …) of its sources and targets. */
export const GoldEvent = z.object({
  plover: PloverType.nullable(),
  cameo: CameoCode.nullable().optional(),
  source: z.array(z.string().regex(/^[A-Z]{3}$/, 'expected a three-letter code')),
  target: z.array(z.string().regex(/^[A-Z]{3}$/, 'expected a three-letter code')),
  negated: z.boolean().optional(),
}).refine((e) => e.plover !== null || e.cameo, { message: 'an event needs a PLOVER type or a CAMEO code' });
export type GoldEvent = z.infer<typeof GoldEvent>;

export const GoldSentence = z.object({
  id: z.string().min(1),
  date: IsoDate,
  text: z.string().min(1),
  events: z.array(GoldEvent),
});
export type GoldSentence = z.infer<typeof GoldSentence>;

/** Reads JSON Lines of `schema`'s records; a bad line fails with the file, the line and the field. */
export function readGoldLines<S extends z.ZodType>(file: string, schema: S): z.infer<S>[] {
  const out: z.infer<S>[] = [];
  readText(file).split('\n').forEach((raw, i) => {
    if (raw.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (e) {
      throw new CommuniqueError('E_GOLD', `not JSON: ${(e as Error).message}`, { file, line: i + 1 });
    }
    const parsed = schema.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new CommuniqueError('E_GOLD', issue.message, { file, line: i + 1, field: issue.path.join('.') || undefined });
    }
    out.push(parsed.data);
  });
  return out;
}

/** Reads gold event sentences (JSON Lines). */
export function readGoldJsonl(file: string): GoldSentence[] {
  return readGoldLines(file, GoldSentence);
}

function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    throw new CommuniqueError('E_GOLD', `cannot read: ${(e as Error).message}`, { file });
  }
}

const attr = (tag: string, name: string) => tag.match(new RegExp(`\\b${name}="([^"]*)"`))?.[1];

/**
 * Reads PETRARCH validation records (`<Sentence>` with `<EventCoding>` and `<Text>`), leniently, as
 * their files are not always well-formed XML. Codes become PLOVER types through the ontology.
 */
export function readPetrarchXml(file: string, plover: (cameo: string) => PloverType | null): GoldSentence[] {
  const text = readText(file).replace(/<!--[\s\S]*?-->/g, '');
  const out: GoldSentence[] = [];
  const sentence = /<Sentence\b([^>]*)>([\s\S]*?)<\/Sentence>/g;
  for (let m = sentence.exec(text); m; m = sentence.exec(text)) {
    const [, head, body] = m as unknown as [string, string, string];
    const id = attr(head, 'id') ?? `record-${out.length + 1}`;
    const date = attr(head, 'date') ?? '';
    const words = body.match(/<Text>([\s\S]*?)<\/Text>/)?.[1]?.replace(/\s+/g, ' ').trim();
    if (!words || !/^\d{8}$/.test(date)) continue;
    const events: GoldEvent[] = [];
    for (const c of body.matchAll(/<EventCoding\b([^>]*)>/g)) {
      const code = attr(c[1]!, 'eventcode');
      if (!code || attr(c[1]!, 'noevents')) continue;
      const country = (a: string | undefined) => (a && /^[A-Z]{3}/.test(a) ? [a.slice(0, 3)] : []);
      events.push({ plover: plover(code), cameo: code, source: country(attr(c[1]!, 'sourcecode')), target: country(attr(c[1]!, 'targetcode')) });
    }
    out.push({ id, date: `${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6, 8)}`, text: words, events });
  }
  if (out.length === 0) throw new CommuniqueError('E_GOLD', 'no <Sentence> records with a date and <Text> found', { file });
  return out;
}

/**
 * What an actor counts as in scoring: its country; an organisation with none is "IGO", as PLOVER's
 * gold writes international bodies, NGOs among them; otherwise its code's first three letters.
 */
export function scoringCode(actor: Actor | null): string | null {
  if (!actor) return null;
  if (actor.country) return actor.country;
  return actor.kind === 'organisation' || /^(IGO|NGO)/.test(actor.code) ? 'IGO' : actor.code.slice(0, 3);
}

/** An event as scored: a type (PLOVER, or "CAMEO 01" for statements PLOVER lacks) and two codes. */
interface Scored {
  type: string;
  source: string | null;
  target: string | null;
  negated: boolean;
  rule: string;
  trigger: string;
}

const typeOf = (plover: string | null, cameo: string | null | undefined) => plover ?? `CAMEO ${(cameo ?? '').slice(0, 2)}`;

export interface TypeScore {
  type: string;
  gold: number;
  found: number;
  /** Gold events some found event matches. */
  recalled: number;
  /** Found events that match some gold event. */
  correct: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface EventScore {
  sentences: number;
  overall: TypeScore;
  byType: TypeScore[];
  /** gold type → found type of the same source ("-" for none) → count. */
  confusion: Map<string, Map<string, number>>;
  misses: { id: string; text: string; gold: string }[];
  falseAlarms: { id: string; text: string; found: string; rule: string; trigger: string }[];
  seconds: number;
}

function finish(s: Omit<TypeScore, 'precision' | 'recall' | 'f1'>): TypeScore {
  const precision = s.found ? s.correct / s.found : 0;
  const recall = s.gold ? s.recalled / s.gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { ...s, precision, recall, f1 };
}

const matches = (f: Scored, g: GoldEvent) =>
  f.type === typeOf(g.plover, g.cameo) && f.source !== null && g.source.includes(f.source)
  && (g.target.length === 0 || (f.target !== null && g.target.includes(f.target))) && f.negated === (g.negated ?? false);

const describe = (type: string, source: (string | null)[] | string | null, target: (string | null)[] | string | null, negated: boolean) => {
  const list = (x: (string | null)[] | string | null) => (Array.isArray(x) ? x.join('+') || '-' : x ?? '-');
  return `${negated ? 'not ' : ''}${type} ${list(source)} → ${list(target)}`;
};

/**
 * Codes each gold sentence and scores what comes out. A found event matches a gold one when its
 * type, its source's country and, where the gold names one, its target's country agree (and both
 * say the same of negation). A gold event is recalled when some found event matches it; a found
 * event is correct when it matches some gold event; events that differ only in actors' sectors count once.
 * Events without a PLOVER type (statements) count only when the gold codes some. With a
 * gazetteer, as `code` runs: an act done to a place names the place's country as its target.
 */
export function scoreEvents(gold: readonly GoldSentence[], lexicon: Lexicon, nlp?: NlpEngine, gazetteer?: Gazetteer): EventScore {
  const pipeline = createPipeline({ lexicon, nlp, gazetteer });
  const started = performance.now();
  const tally = new Map<string, Omit<TypeScore, 'precision' | 'recall' | 'f1'>>();
  const row = (type: string) => {
    let r = tally.get(type);
    if (!r) tally.set(type, (r = { type, gold: 0, found: 0, recalled: 0, correct: 0 }));
    return r;
  };
  const confusion = new Map<string, Map<string, number>>();
  const misses: EventScore['misses'] = [];
  const falseAlarms: EventScore['falseAlarms'] = [];
  // Statements have no PLOVER type: they are scored only against gold that codes them.
  const statements = gold.some((g) => g.events.some((e) => e.plover === null));
  for (const g of gold) {
    const doc = pipeline.run({ id: g.id, date: g.date, text: g.text, meta: {}, origin: { file: g.id, format: 'text' } });
    const found = unique(doc.events.filter((e) => statements || e.plover !== null).map(scored));
    for (const e of g.events) {
      const type = typeOf(e.plover, e.cameo);
      row(type).gold++;
      const hit = found.some((f) => matches(f, e));
      if (hit) row(type).recalled++;
      else misses.push({ id: g.id, text: g.text, gold: describe(type, e.source, e.target, e.negated ?? false) });
      const same = found.find((f) => f.source !== null && e.source.includes(f.source) && !f.negated);
      const cell = confusion.get(type) ?? new Map<string, number>();
      const got = hit ? type : same?.type ?? '-';
      cell.set(got, (cell.get(got) ?? 0) + 1);
      confusion.set(type, cell);
    }
    for (const f of found) {
      row(f.type).found++;
      if (g.events.some((e) => matches(f, e))) row(f.type).correct++;
      else falseAlarms.push({ id: g.id, text: g.text, found: describe(f.type, f.source, f.target, f.negated), rule: f.rule, trigger: f.trigger });
    }
  }
  const byType = [...tally.values()].map(finish).sort((a, b) => a.type.localeCompare(b.type));
  const sum = (k: 'gold' | 'found' | 'recalled' | 'correct') => byType.reduce((n, t) => n + t[k], 0);
  const overall = finish({ type: 'all', gold: sum('gold'), found: sum('found'), recalled: sum('recalled'), correct: sum('correct') });
  return { sentences: gold.length, overall, byType, confusion, misses, falseAlarms, seconds: (performance.now() - started) / 1000 };
}

function scored(e: Event): Scored {
  return { type: typeOf(e.plover, e.cameo), source: scoringCode(e.source), target: scoringCode(e.target), negated: e.negated, rule: e.rule, trigger: e.trigger.text };
}

function unique(list: Scored[]): Scored[] {
  const seen = new Set<string>();
  return list.filter((s) => {
    const key = `${s.type}|${s.source}|${s.target}|${s.negated}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
}

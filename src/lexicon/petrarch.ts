import { readFileSync } from 'node:fs';
import { CommuniqueError, type Diagnostic } from '../model/index.js';

/** A dated code of a PETRARCH/TABARI actor: `[USAGOV 010120-050120]`, `[AFGELI <011214]`, `[AFG]`. */
export interface DatedCode {
  /** null for the null code `---`: the phrase names no actor in that period. */
  code: string | null;
  from: string | null;
  to: string | null;
}

/** An actor record: a primary phrase, its synonyms and its codes, in the order the file gives them. */
export interface DictActor {
  name: string;
  phrases: { text: string; stem: boolean }[];
  codes: DatedCode[];
  file: string;
  line: number;
}

/** An agent record: `FOREIGN_MINISTER [~GOVFRM]`, `HUMAN_RIGHTS_BODY [NGO~]`. */
export interface DictAgent {
  phrases: string[];
  code: string;
  file: string;
  line: number;
}

export interface Dictionary {
  actors: DictActor[];
  agents: DictAgent[];
  /** Every line or code that could not be read, each with its line: nothing is dropped unsaid. */
  problems: Diagnostic[];
}

const DATE = /^(\d{6}|\d{8})$/;

/** PETRARCH dates are YYYYMMDD or YYMMDD; two-digit years above 30 are in the 1900s. */
function isoDate(raw: string, file: string, line: number): string {
  if (!DATE.test(raw)) throw new CommuniqueError('E_DICT_PARSE', `expected a date as YYMMDD or YYYYMMDD, found "${raw}"`, { file, line });
  const full = raw.length === 8 ? raw : `${Number(raw.slice(0, 2)) > 30 ? '19' : '20'}${raw}`;
  return `${full.slice(0, 4)}-${full.slice(4, 6)}-${full.slice(6, 8)}`;
}

function datedCode(raw: string, file: string, line: number): DatedCode {
  // PETRARCH tolerates "[EGYGOV > 140608]", "[X 950601 - 990815]" and lower case; so does this.
  const body = raw.toUpperCase().replace(/([<>])\s+/g, '$1').replace(/(\d)\s*-\s*(\d)/g, '$1-$2');
  const [code, range, ...extra] = body.trim().split(/\s+/);
  if (!code || extra.length || !/^([A-Z0-9]{3,}|---|###)$/.test(code)) {
    throw new CommuniqueError('E_DICT_PARSE', `expected [CODE] or [CODE DATES], found "[${raw}]"`, { file, line });
  }
  const c = code === '---' || code === '###' ? null : code;
  if (!range) return { code: c, from: null, to: null };
  if (range.startsWith('<')) return { code: c, from: null, to: isoDate(range.slice(1), file, line) };
  if (range.startsWith('>')) return { code: c, from: isoDate(range.slice(1), file, line), to: null };
  const [a, b] = range.split('-');
  if (!a || !b) throw new CommuniqueError('E_DICT_PARSE', `expected a date range as <DATE, >DATE or DATE-DATE, found "${range}"`, { file, line });
  const from = isoDate(a, file, line), to = isoDate(b, file, line);
  if (to < from) throw new CommuniqueError('E_DICT_PARSE', `the date range ${range} ends before it starts`, { file, line });
  return { code: c, from, to };
}

/** Regular plurals as PETRARCH makes them: +S, Y → IES, SS → SSES. */
function plural(word: string): string {
  if (/[^AEIOU]Y$/.test(word)) return word.slice(0, -1) + 'IES';
  if (/SS$/.test(word)) return word + 'ES';
  return word + 'S';
}

function phraseText(raw: string): string {
  return raw.replace(/_+$/, '').replace(/_/g, ' ').trim();
}

/**
 * Reads a PETRARCH or TABARI actor/agent dictionary (formats in PETRARCH's dictionaries.rst):
 * records of a phrase, `+synonyms` and tab-indented dated codes; agents with `~` codes and `{plurals}`;
 * `!MARKER! = A, B` substitutions. A line or code it cannot read is skipped and reported with its
 * line number in `problems`; the rest of the file is read.
 */
export function parseDictionary(text: string, file: string): Dictionary {
  const actors: DictActor[] = [];
  const agents: DictAgent[] = [];
  const problems: Diagnostic[] = [];
  const lines = text.split(/\r?\n/);
  let inComment = false;
  const state: ParseState = { markers: new Map(), current: undefined, section: undefined };
  for (let n = 0; n < lines.length; n++) {
    let line = lines[n]!;
    // XML-style comments, possibly over several lines.
    if (inComment) {
      const close = line.indexOf('-->');
      if (close < 0) continue;
      line = line.slice(close + 3);
      inComment = false;
    }
    line = line.replace(/<!--.*?-->/g, '');
    const open = line.indexOf('<!--');
    if (open >= 0) { line = line.slice(0, open); inComment = true; }
    try {
      readLine(line, /^\s/.test(lines[n]!), n + 1, file, state, { actors, agents, problems });
    } catch (e) {
      if (!(e instanceof CommuniqueError)) throw e;
      problems.push({ level: 'warning', code: 'W_DICT', file, line: n + 1, message: `${e.message}: skipped` });
    }
  }
  for (const a of actors) {
    if (a.codes.length === 0) problems.push({ level: 'warning', code: 'W_DICT', file, line: a.line, message: `actor "${a.name}" has no code: skipped` });
  }
  return { actors: actors.filter((a) => a.codes.length > 0), agents, problems };
}

interface ParseState {
  markers: Map<string, string[]>;
  current: DictActor | undefined;
  section: string | undefined;
}

/** Reads one line into `out`; throws for a line that cannot be read at all. */
function readLine(raw: string, indented: boolean, lineNo: number, file: string, st: ParseState, out: Dictionary): void {
  const { actors, agents, problems } = out;
  {
    let line = raw;
    const comment = line.search(/[#;]/);
    if (comment >= 0) line = line.slice(0, comment);
    if (line.trim() === '') return;

    const tag = /^\s*<(\/?)([A-Z]+)>\s*$/.exec(line);
    if (tag) { st.section = tag[1] ? undefined : tag[2]; st.current = undefined; return; }
    if (st.section) return; // TABARI's <NOUN> and <ADJECTIVE> word lists are no actors

    const marker = /^\s*!(\w+)!\s*=\s*(.+)$/.exec(line);
    if (marker) { st.markers.set(marker[1]!, marker[2]!.split(',').map((s) => s.trim()).filter(Boolean)); return; }

    const blocks = [...line.matchAll(/\[([^\]}]*)[\]}]/g)].map((m) => m[1]!);
    const head = line.replace(/\[[^\]}]*[\]}]/g, '').replace(/\{[^}]*\}/g, '').trim();
    if (/[[\]]/.test(head)) throw new CommuniqueError('E_DICT_PARSE', 'unbalanced brackets', { file, line: lineNo });

    // An agent: a code with "~" before (added after the actor's code) or after it (before).
    const agentCode = blocks.find((b) => b.includes('~'));
    if (agentCode !== undefined) {
      const code = agentCode.replace('~', '').trim();
      if (!/^[A-Z]{3}[A-Z0-9]*$/.test(code)) throw new CommuniqueError('E_DICT_PARSE', `expected an agent code such as [~GOV], found "[${agentCode}]"`, { file, line: lineNo });
      const base = phraseText(head);
      if (!base) throw new CommuniqueError('E_DICT_PARSE', 'an agent code without a phrase', { file, line: lineNo });
      const braces = /\{([^}]*)\}/.exec(line);
      let variants = [base];
      const mk = /!(\w+)!/.exec(base);
      if (mk) {
        const alternatives = st.markers.get(mk[1]!);
        if (!alternatives) throw new CommuniqueError('E_DICT_PARSE', `substitution marker !${mk[1]}! is used before it is defined`, { file, line: lineNo });
        variants = alternatives.map((a) => base.replace(mk[0], a));
      } else if (braces) {
        if (braces[1]!.trim()) variants.push(...braces[1]!.trim().split(/\s+/).map(phraseText));
      } else {
        const words = base.split(' ');
        variants.push([...words.slice(0, -1), plural(words.at(-1)!)].join(' '));
      }
      agents.push({ phrases: variants, code, file, line: lineNo });
      st.current = undefined;
      return;
    }

    // A bad code is reported alone; the record keeps its other codes.
    const codes = blocks.flatMap((b) => {
      try {
        return [datedCode(b, file, lineNo)];
      } catch (e) {
        problems.push({ level: 'warning', code: 'W_DICT', file, line: lineNo, message: `${(e as Error).message}: code skipped` });
        return [];
      }
    });
    if (indented && head === '') {
      if (!st.current) throw new CommuniqueError('E_DICT_PARSE', 'a date restriction with no actor phrase before it', { file, line: lineNo });
      st.current.codes.push(...codes);
      return;
    }
    if (head.startsWith('+')) {
      if (!st.current) throw new CommuniqueError('E_DICT_PARSE', 'a synonym (+) with no actor phrase before it', { file, line: lineNo });
      const raw = head.slice(1).trim();
      st.current.phrases.push({ text: phraseText(raw), stem: !raw.endsWith('_') });
      st.current.codes.push(...codes);
      return;
    }
    if (!/^[\p{L}\p{N}]/u.test(head)) throw new CommuniqueError('E_DICT_PARSE', `expected an actor phrase, a +synonym or a [code], found "${head.slice(0, 40)}"`, { file, line: lineNo });
    st.current = { name: phraseText(head), phrases: [{ text: phraseText(head), stem: !head.endsWith('_') }], codes, file, line: lineNo };
    actors.push(st.current);
  }
}

export function readDictionary(file: string): Dictionary {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new CommuniqueError('E_DICT_READ', `cannot read: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}`, { file });
  }
  return parseDictionary(text, file);
}

/** The code of a dictionary actor on `date`: the first dated code that covers it, else an undated one. */
export function codeOn(actor: DictActor, date: string | null): string | null | undefined {
  if (date) {
    const dated = actor.codes.find((c) => (c.from !== null || c.to !== null) && (c.from === null || c.from <= date) && (c.to === null || date <= c.to));
    if (dated) return dated.code;
  }
  return actor.codes.find((c) => c.from === null && c.to === null)?.code ?? (date ? undefined : actor.codes[0]?.code);
}

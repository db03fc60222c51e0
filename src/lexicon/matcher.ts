import type { TokenTable } from '../pipeline/nlp/tokens.js';
import { pieces } from './fold.js';

/** What a phrase of the lexicon names. */
export type Target =
  | { type: 'state'; code: string }
  | { type: 'adjective'; code: string }
  | { type: 'metonym'; code: string; sector: string }
  | { type: 'organisation'; id: string }
  | { type: 'initiative'; id: string }
  | { type: 'region'; id: string }
  | { type: 'group'; id: string }
  | { type: 'person'; id: string }
  | { type: 'surname'; id: string }
  | { type: 'agent'; sector: string }
  /** An actor of a PETRARCH/TABARI dictionary loaded with --actors: its index in the lexicon's list. */
  | { type: 'dict'; index: number };

/** A target with the case its phrase demands of the text. */
export interface PhraseEntry {
  target: Target;
  /** A name: the first word must be capitalised ("Chad", not "chad"). */
  proper: boolean;
  /** An acronym: every letter must be upper case ("US", not "us"). */
  exact: boolean;
}

/** Tokens `[start, end)` that a lexicon phrase matched, with everything the phrase can name. */
export interface PhraseMatch {
  start: number;
  end: number;
  entries: PhraseEntry[];
}

/** A phrase ready for the trie: its pieces and the case it demands. */
export interface CompiledPhrase extends PhraseEntry {
  key: string[];
  /** TABARI's stems: the last word matches any word it begins ("ARGENTIN" → "Argentina"). */
  stem?: boolean;
}

/** Cuts a phrase into pieces and works out the case it demands; undefined for an empty phrase. */
export function compilePhrase(phrase: string, target: Target): CompiledPhrase | undefined {
  const bare = phrase.trim().replace(LEADING_THE, '');
  const key = pieces(bare);
  if (key.length === 0) return undefined;
  const proper = target.type !== 'agent';
  const letters = bare.replace(/[^\p{L}]/gu, '');
  const exact = proper && letters.length <= 6 && !LOWER.test(letters);
  return { key, target, proper, exact };
}

interface Node {
  next: Map<string, Node>;
  entries: PhraseEntry[] | undefined;
  /** Stems of a last word, by prefix; their nodes end phrases. */
  stems: Map<string, Node> | undefined;
}

/** Every node with the same fields from the start: one shape, so the walk reads them fast. */
function emptyNode(): Node {
  return { next: new Map(), entries: undefined, stems: undefined };
}

const LEADING_THE = /^the\s+/i;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;

// Whether a phrase of the lexicon (names, adjectives, role words) may start on a part of speech:
// never on function words (0); on verbs and adverbs only when capitalised, as a name the tagger
// misread is (1); on the rest (2).
const STARTS: Partial<Record<string, number>> = { PUNCT: 0, ADP: 0, DET: 0, AUX: 0, CCONJ: 0, SCONJ: 0, PART: 0, SPACE: 0, VERB: 1, ADV: 1, INTJ: 1 };
// Lower-case particles that begin names: "al-Qaeda", "de Klerk", "van der Bellen", "bin Salman".
const PARTICLES: ReadonlySet<string> = new Set(['al', 'el', 'ad', 'as', 'an', 'de', 'da', 'di', 'du', 'do', 'dos', 'das', 'del', 'la', 'le', 'van', 'von', 'der', 'den', 'ter', 'bin', 'ibn', 'ben', 'abu']);
// Word forms kept (some 15 MB): news repeats its words, and a table this size holds the common
// vocabulary of a large archive; past it, the table starts again.
const FORMS_KEPT = 100_000;

/** What the matcher needs of a word as written, worked out once per process: most words are met again and again. */
export interface Form {
  /** Its pieces: one string for a plain word ("region"), else the list ("u", ".", "s", "."). */
  key: string | string[];
  /** Capitalised, or a particle that begins names ("al", "de"): a name may start on it. */
  capital: boolean;
  /** Whether some phrase of the role-word trie, or of the name trie, starts with its first piece. */
  startsWords: boolean;
  startsNames: boolean;
}

/** One trie. */
interface Trie {
  root: Node;
}

/**
 * The lexicon compiled into tries over word pieces (see `pieces`): a match starts on a token and
 * ends on a token, takes the longest phrase, and ignores case, diacritics and a leading "the".
 */
export class PhraseMatcher {
  /** Names, which start with a capital, and role words, which may not: a lower-case token only asks the second. */
  private readonly names: Trie = { root: emptyNode() };
  private readonly words: Trie = { root: emptyNode() };
  /** Word forms by the string, for tokens that have no vocabulary number. */
  private readonly forms = new Map<string, Form>();
  /** Word forms by vocabulary number, one table per tagger (see TokenTable.ids): an array load, not a hash. */
  private byNumber = new WeakMap<object, FormTable>();
  private phrases = 0;

  get size(): number {
    return this.phrases;
  }

  /** Adds a phrase of the lexicon; a leading "the" is dropped, so "the Kremlin" and "Kremlin" match alike. */
  add(phrase: string, target: Target): void {
    const compiled = compilePhrase(phrase, target);
    if (compiled) this.insert(compiled);
  }

  /** Adds a phrase already cut into pieces (from a bundle). */
  insert({ key, target, proper, exact, stem }: CompiledPhrase): void {
    const trie = proper ? this.names : this.words;
    // what starts a phrase may have changed
    this.forms.clear();
    this.byNumber = new WeakMap();
    let node = trie.root;
    key.forEach((piece, i) => {
      const map = stem && i === key.length - 1 ? (node.stems ??= new Map()) : node.next;
      let next = map.get(piece);
      if (!next) map.set(piece, (next = emptyNode()));
      node = next;
    });
    const entries = (node.entries ??= []);
    const same = entries.find((e) => sameTarget(e.target, target));
    if (same) {
      // The laxer spelling wins: "UN" and "Un" name the same thing only if some phrase allows it.
      same.exact &&= exact;
      return;
    }
    entries.push({ target, proper, exact });
    this.phrases++;
  }

  /** What the matcher knows of a word as written. */
  form(value: string): Form {
    let form = this.forms.get(value);
    if (form === undefined) {
      if (this.forms.size >= FORMS_KEPT) this.forms.clear();
      this.forms.set(value, (form = this.makeForm(value)));
    }
    return form;
  }

  /** Works out a word's form (see `form`, which keeps it). */
  makeForm(value: string): Form {
    const key = tokenKey(value);
    const first = typeof key === 'string' ? key : key[0] ?? '';
    const c = value.charCodeAt(0);
    const capital = c >= 65 && c <= 90 ? true : c < 128 ? c >= 97 && c <= 122 && value.length <= 3 && PARTICLES.has(typeof key === 'string' ? key : key.join('')) : UPPER.test(String.fromCharCode(c));
    // A trie with stems of a single word (TABARI's "ARGENTIN") may start on any word.
    const starts = (trie: Trie) => trie.root.stems !== undefined || trie.root.next.has(first);
    return { key, capital, startsWords: starts(this.words), startsNames: starts(this.names) };
  }

  /** The pieces of a document's tokens, for the readers of this matcher's matches. */
  keys(tokens: TokenTable): TokenKeys {
    let table = this.byNumber.get(tokens.vocabulary);
    if (!table) this.byNumber.set(tokens.vocabulary, (table = { forms: [], filled: 0 }));
    return new TokenKeys(tokens, this, table);
  }

  /** Leftmost-longest matches within tokens `[from, to)`. */
  match(tokens: TokenTable, from: number, to: number, keys: TokenKeys = this.keys(tokens)): PhraseMatch[] {
    const out: PhraseMatch[] = [];
    for (let i = from; i < to; ) {
      const starts = STARTS[tokens.pos[i]!] ?? 2;
      const form = starts === 0 ? undefined : keys.form(i);
      // A phrase may start here: not on a function word, and on a verb or adverb only when
      // capitalised, as a name the tagger misread is.
      if (!form || (starts === 1 && !form.capital) || !(form.startsWords || (form.capital && form.startsNames))) {
        i++;
        continue;
      }
      const byWords = form.startsWords ? walk(this.words, tokens, keys, i, to) : undefined;
      const byName = form.capital && form.startsNames ? walk(this.names, tokens, keys, i, to) : undefined;
      const best = !byName ? byWords : !byWords || byName.end > byWords.end ? byName
        : byWords.end > byName.end ? byWords : { ...byName, entries: [...byName.entries, ...byWords.entries] };
      if (best) {
        out.push(best);
        i = best.end;
      } else i++;
    }
    return out;
  }
}

/** The longest phrase of a trie starting on token i, or undefined. */
function walk(trie: Trie, tokens: TokenTable, keys: TokenKeys, i: number, to: number): PhraseMatch | undefined {
  let node: Node | undefined = trie.root;
  let best: PhraseMatch | undefined;
  for (let j = i; j < to && node; j++) {
    const key = keys.at(j);
    const count = typeof key === 'string' ? 1 : key.length;
    for (let p = 0; p < count && node; p++) {
      const piece = typeof key === 'string' ? key : key[p]!;
      if (node.stems && p === count - 1) {
        const stemmed = stemEntries(node.stems, piece);
        const entries = stemmed && fitting(stemmed, tokens, i, j + 1);
        if (entries?.length) best = { start: i, end: j + 1, entries };
      }
      node = node.next.get(piece);
    }
    if (node?.entries) {
      const entries = fitting(node.entries, tokens, i, j + 1);
      if (entries.length) best = { start: i, end: j + 1, entries };
    }
  }
  return best;
}

/** A tagger's word forms by vocabulary number, and how many are filled in. */
interface FormTable {
  forms: (Form | undefined)[];
  filled: number;
}

/** A document's tokens as the matcher reads them: each token's pieces, from the matcher's table of word forms. */
export class TokenKeys {
  private readonly ids: Int32Array;

  constructor(private readonly tokens: TokenTable, private readonly matcher: PhraseMatcher, private readonly table: FormTable) {
    this.ids = tokens.ids();
  }

  form(i: number): Form {
    const id = this.ids[i]!;
    if (id < 0) return this.matcher.form(this.tokens.value(i));
    return this.table.forms[id] ?? this.fill(i, id);
  }

  private fill(i: number, id: number): Form {
    const table = this.table;
    // past the vocabulary of a large archive, the table starts again
    if (table.filled >= FORMS_KEPT) {
      table.forms = [];
      table.filled = 0;
    }
    table.filled++;
    return (table.forms[id] = this.matcher.makeForm(this.tokens.value(i)));
  }
  at(i: number): string | string[] {
    return this.form(i).key;
  }
  /** The token in lower case, pieces joined: "u.s.", "region"; '' past either end. */
  word(i: number): string {
    if (i < 0 || i >= this.tokens.length) return '';
    const k = this.form(i).key;
    return typeof k === 'string' ? k : k.join('');
  }
}

function tokenKey(value: string): string | string[] {
  const lower = value.toLowerCase();
  let plain = true;
  for (let c = 0; c < lower.length && plain; c++) {
    const code = lower.charCodeAt(c);
    plain = (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
  }
  if (plain || value.length === 1) return lower;
  const ps = pieces(value);
  return ps.length === 1 ? ps[0]! : ps;
}

/** The entries of the longest stem that begins `piece`. */
function stemEntries(stems: Map<string, Node>, piece: string): PhraseEntry[] | undefined {
  for (let len = piece.length; len > 0; len--) {
    const node = stems.get(piece.slice(0, len));
    if (node?.entries) return node.entries;
  }
  return undefined;
}

function upperAt(tokens: TokenTable, t: number): boolean {
  const c = tokens.text.charCodeAt(tokens.start[t]!);
  return (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || (c >= 128 && UPPER.test(String.fromCharCode(c)));
}

/** Whether tokens `[start, end)` read as a name: a capital or digit first, or after a particle ("al-Qaeda"). */
function readsAsName(tokens: TokenTable, start: number, end: number): boolean {
  for (let t = start; t < end && t <= start + 3; t++) if (upperAt(tokens, t)) return true;
  return false;
}

/**
 * The entries whose case the text satisfies: names need a capital, acronyms capitals throughout. The
 * trie's own list comes back when all of them do (nearly always), so readers can cache by it.
 */
function fitting(entries: PhraseEntry[], tokens: TokenTable, start: number, end: number): PhraseEntry[] {
  let proper = false, exact = false;
  for (const e of entries) { proper ||= e.proper; exact ||= e.exact; }
  if (!proper) return entries;
  const capital = readsAsName(tokens, start, end);
  const caps = exact && capital && !LOWER.test(tokens.text.slice(tokens.start[start]!, tokens.end[end - 1]!));
  let all = true;
  for (const e of entries) if (e.proper && !(capital && (!e.exact || caps))) { all = false; break; }
  return all ? entries : entries.filter((e) => !e.proper || (capital && (!e.exact || caps)));
}

function sameTarget(a: Target, b: Target): boolean {
  if (a.type !== b.type) return false;
  return 'id' in a ? a.id === (b as typeof a).id : JSON.stringify(a) === JSON.stringify(b);
}

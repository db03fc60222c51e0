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
/** Bits of `TokenKeys.flags`: a phrase may start here; a name may (a capital, or a particle such as
 * "al-" or "de"); the token is one plain word. */
const MAY_START = 1, CAPITAL = 2, PLAIN = 4;
// Lower-case particles that begin names: "al-Qaeda", "de Klerk", "van der Bellen", "bin Salman".
const PARTICLES: ReadonlySet<string> = new Set(['al', 'el', 'ad', 'as', 'an', 'de', 'da', 'di', 'du', 'do', 'dos', 'das', 'del', 'la', 'le', 'van', 'von', 'der', 'den', 'ter', 'bin', 'ibn', 'ben', 'abu']);

/** One trie and the shapes of its first pieces. */
interface Trie {
  root: Node;
  /** Length and end letters of every first piece: most tokens are turned away on these alone. */
  shapes: Set<number>;
}

/**
 * The lexicon compiled into tries over word pieces (see `pieces`): a match starts on a token and
 * ends on a token, takes the longest phrase, and ignores case, diacritics and a leading "the".
 */
export class PhraseMatcher {
  /** Names, which start with a capital, and role words, which may not: a lower-case token only asks the second. */
  private readonly names: Trie = { root: emptyNode(), shapes: new Set() };
  private readonly words: Trie = { root: emptyNode(), shapes: new Set() };
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
    if (!stem || key.length > 1) trie.shapes.add(shape(key[0]!, 0, key[0]!.length));
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

  /** The pieces of a document's tokens, computed as needed and kept for all its sentences. */
  keys(tokens: TokenTable): TokenKeys {
    return new TokenKeys(tokens);
  }

  /** Leftmost-longest matches within tokens `[from, to)`; `keys` from `keys(tokens)`. */
  match(tokens: TokenTable, from: number, to: number, keys: TokenKeys = new TokenKeys(tokens)): PhraseMatch[] {
    const out: PhraseMatch[] = [];
    const flags = keys.flags();
    for (let i = from; i < to; ) {
      const f = flags[i]!;
      if ((f & MAY_START) === 0) {
        i++;
        continue;
      }
      const byWords = walk(this.words, tokens, keys, i, to);
      const byName = f & CAPITAL ? walk(this.names, tokens, keys, i, to) : undefined;
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
  const root = trie.root;
  if (!root.stems && (!keys.mayStart(i, trie.shapes) || !root.next.has(keys.first(i)))) return undefined;
  let node: Node | undefined = root;
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

/** A number for a word's length and its first, second and last letters, to test before hashing the word. */
function shape(s: string, from: number, to: number): number {
  const second = to - from > 1 ? s.charCodeAt(from + 1) & 0xff : 0;
  return (((to - from) & 0x7f) << 24) | ((s.charCodeAt(from) & 0xff) << 16) | (second << 8) | (s.charCodeAt(to - 1) & 0xff);
}

/** Each token's pieces, computed once when first asked for: one string for a plain word, else the list. */
export class TokenKeys {
  private readonly cache: (string | string[] | undefined)[];
  private bits: Uint8Array | undefined;
  /** The text in lower case, when that keeps every offset (it nearly always does). */
  private readonly lower: string | undefined;
  constructor(private readonly tokens: TokenTable) {
    this.cache = new Array(tokens.length);
    this.lower = tokens.lowerText() ?? undefined;
  }
  at(i: number): string | string[] {
    let k = this.cache[i];
    if (k === undefined) {
      // A plain word's key is its normal form: the same string the later stages look up by
      k = this.cache[i] = this.lower !== undefined && this.isPlain(i) ? this.tokens.normal(i) : tokenKey(this.tokens.value(i));
    }
    return k;
  }
  /**
   * Per token, MAY_START when a phrase may start there (not a function word; a verb or adverb only
   * when capitalised, as a misread name is) and CAPITAL when it is capitalised: one pass per document.
   */
  flags(): Uint8Array {
    if (!this.bits) {
      const { pos, start, text } = this.tokens;
      const bits = (this.bits = new Uint8Array(pos.length));
      for (let i = 0; i < pos.length; i++) {
        const starts = STARTS[pos[i]!] ?? 2;
        if (starts === 0) continue;
        const c = text.charCodeAt(start[i]!);
        const capital = c >= 65 && c <= 90 ? true : c < 128 ? (c >= 97 && c <= 122 && this.tokens.end[i]! - start[i]! <= 3 && PARTICLES.has(this.word(i))) : UPPER.test(String.fromCharCode(c));
        bits[i] = (capital ? CAPITAL : 0) | (starts === 2 || capital ? MAY_START : 0) | (this.isPlain(i) ? PLAIN : 0);
      }
    }
    return this.bits;
  }

  /** Letters a to z and digits only, once lower-cased. */
  private isPlain(i: number): boolean {
    const lower = this.lower;
    if (lower === undefined) return false;
    for (let c = this.tokens.start[i]!, e = this.tokens.end[i]!; c < e; c++) {
      const code = lower.charCodeAt(c);
      if (!((code >= 97 && code <= 122) || (code >= 48 && code <= 57))) return false;
    }
    return true;
  }

  /**
   * False when the token cannot begin any phrase whose first pieces have these shapes; decided
   * without making a string for plain words, which most tokens are.
   */
  mayStart(i: number, shapes: ReadonlySet<number>): boolean {
    if ((this.flags()[i]! & PLAIN) === 0 || this.cache[i] !== undefined) return true;
    return shapes.has(shape(this.lower!, this.tokens.start[i]!, this.tokens.end[i]!));
  }

  first(i: number): string {
    const k = this.at(i);
    return typeof k === 'string' ? k : k[0] ?? '';
  }
  /** The token in lower case, pieces joined: "u.s.", "region". */
  word(i: number): string {
    if (i < 0 || i >= this.tokens.length) return '';
    const k = this.at(i);
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

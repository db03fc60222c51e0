import { WORDS_KEPT, widened, type TokenTable } from '../pipeline/nlp/tokens.js';
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
  /**
   * The trie node whose own list `entries` is, or -1 for a list made for this match (some entries'
   * case unmet, two tries' lists joined, a stem's). A reader may keep what it works out of a list
   * by its node (see PhraseMatcher.layout).
   */
  node: number;
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

/**
 * Whether a phrase of the lexicon (names, adjectives, role words) may start on a part of speech:
 * never on function words (0); on verbs and adverbs only when capitalised, as a name the tagger
 * misread is (1); on the rest (2). (Comparisons of the tagger's own strings: no look-up by string.)
 */
function starts(pos: string): number {
  if (pos === 'NOUN' || pos === 'PROPN' || pos === 'ADJ') return 2;
  if (pos === 'VERB' || pos === 'ADV' || pos === 'INTJ') return 1;
  return pos === 'PUNCT' || pos === 'ADP' || pos === 'DET' || pos === 'AUX' || pos === 'CCONJ' || pos === 'SCONJ' || pos === 'PART' || pos === 'SPACE' ? 0 : 2;
}
// Lower-case particles that begin names: "al-Qaeda", "de Klerk", "van der Bellen", "bin Salman".
const PARTICLES: ReadonlySet<string> = new Set(['al', 'el', 'ad', 'as', 'an', 'de', 'da', 'di', 'du', 'do', 'dos', 'das', 'del', 'la', 'le', 'van', 'von', 'der', 'den', 'ter', 'bin', 'ibn', 'ben', 'abu']);

// What the matcher knows of a word, as bits: worked out (FILLED); capitalised, or a particle that
// begins names ("al", "de"), so a name may start on it (CAPITAL); some phrase of the role-word trie,
// or of the name trie, starts with its first piece (WORDS, NAMES); one of the words a reader of the
// matches asked to have marked (MARKED, see `mark`). Above them, what the nodes its first piece leads
// to have (see Compiled.has), from the role-word trie's root at WORDS_HAS and the name trie's at
// NAMES_HAS: the first step of a walk reads them with the word, not from the table by node.
const FILLED = 1, CAPITAL = 2, WORDS = 4, NAMES = 8, MARKED = 16;
const WORDS_HAS = 8, NAMES_HAS = 12;

/**
 * A word's bits and pieces: one piece's number (0 for a piece no phrase has), or several; the nodes
 * its first piece leads to from each trie's root (-1 for none), the first step of a walk; and what
 * pieces may follow on from those nodes (see Compiled.follows).
 */
interface Form {
  flags: number;
  piece: number;
  pieces: Int32Array | undefined;
  words: number;
  names: number;
  wordsFollow: number;
  namesFollow: number;
}

/**
 * The tries compiled for the walk: nodes by number, and every edge (node, piece) → node in one
 * open-addressed table of number triples (the node it leads to with its bits, see `edge`), which
 * stays in the processor's cache better than a map per node.
 */
interface Compiled {
  pieces: Map<string, number>;
  /**
   * 1 for a piece some phrase has after its first: only those are looked up past a walk's first
   * step, and a word of any other piece ends the walk with no look-up (see `innerPiece`).
   */
  inner: Uint8Array;
  /** The roots of the name trie and the role-word trie. */
  names: number;
  words: number;
  edges: Int32Array;
  mask: number;
  entries: (PhraseEntry[] | undefined)[];
  /**
   * Per node, ENTRIES and STEMS where it has them, EXACT where some of its entries are acronyms
   * (see PhraseEntry.exact), and NEXT where some edge leaves it: what the walk asks at each step
   * before the lists by node, and what ends it at a node no phrase goes on from. A word's form
   * carries the bits of its first nodes, and an edge those of the node it leads to (see `edge`):
   * the walk finds them where it already reads.
   */
  has: Uint8Array;
  /**
   * Per node, a bit for each piece some edge leaving it has, at the piece's number modulo 32: a
   * piece whose bit is clear goes on from no phrase there, and needs no look-up in the edge table.
   * A word's form carries those of its first nodes.
   */
  follows: Int32Array;
  stems: (Map<string, Node> | undefined)[];
  /** Whether a root has stems of a single word (TABARI's "ARGENTIN"), which may start on any word. */
  stemRoot: { names: boolean; words: boolean };
}

/** What a node has (see Compiled.has). */
const ENTRIES = 1, STEMS = 2, EXACT = 4, NEXT = 8;

/** A piece's bit in a node's `follows`. */
function followBit(piece: number): number {
  return 1 << (piece & 31);
}

/**
 * Where an edge leads, or -1: the node's number times 16 plus what it has (see Compiled.has), so
 * that a step reads both in one look-up (see stepNode, stepHas).
 */
function edge(c: Compiled, node: number, piece: number): number {
  const edges = c.edges;
  for (let h = slot(node, piece) & c.mask; ; h = (h + 1) & c.mask) {
    const k = h * 3, n = edges[k]!;
    if (n === -1) return -1;
    if (n === node && edges[k + 1] === piece) return edges[k + 2]!;
  }
}

/** The node an edge leads to (see `edge`), or -1. */
function stepNode(step: number): number {
  return step < 0 ? -1 : step >> 4;
}

/** What the node an edge leads to has (see `edge`). */
function stepHas(step: number): number {
  return step < 0 ? 0 : step & 15;
}

function slot(node: number, piece: number): number {
  return Math.imul(node, 0x9e3779b1) ^ Math.imul(piece, 0x85ebca77);
}

function compile(names: Node, words: Node): Compiled {
  const pieces = new Map<string, number>();
  const entries: (PhraseEntry[] | undefined)[] = [], stems: (Map<string, Node> | undefined)[] = [];
  const list: [number, number, number][] = [];
  const number = (root: Node): number => {
    const id = entries.length;
    entries.push(root.entries);
    stems.push(root.stems);
    for (const [piece, child] of root.next) {
      let p = pieces.get(piece);
      if (p === undefined) pieces.set(piece, (p = pieces.size + 1));
      list.push([id, p, number(child)]);
    }
    return id;
  };
  const namesRoot = number(names), wordsRoot = number(words);
  const has = Uint8Array.from(entries, (list, node) => (list ? ENTRIES : 0) | (stems[node] ? STEMS : 0) | (list?.some((e) => e.exact) ? EXACT : 0));
  const inner = new Uint8Array(pieces.size + 1);
  const follows = new Int32Array(entries.length);
  for (const [node, piece] of list) {
    has[node]! |= NEXT;
    follows[node]! |= followBit(piece);
    if (node !== namesRoot && node !== wordsRoot) inner[piece] = 1;
  }
  let size = 16;
  while (size < list.length * 2) size *= 2;
  const edges = new Int32Array(size * 3).fill(-1);
  const mask = size - 1;
  for (const [node, piece, child] of list) {
    let h = slot(node, piece) & mask;
    while (edges[h * 3] !== -1) h = (h + 1) & mask;
    edges.set([node, piece, child * 16 + has[child]!], h * 3);
  }
  return { pieces, inner, names: namesRoot, words: wordsRoot, edges, mask, entries, has, follows, stems, stemRoot: { names: names.stems !== undefined, words: words.stems !== undefined } };
}

/**
 * A tagger's word forms by vocabulary number (see TokenTable.ids): a Form's flags, piece, words,
 * names and what follows on from them side by side (0 flags for a word not yet worked out). Every
 * token asks its word's flags, and a walk then finds the rest of the word's form in the same read
 * from memory.
 */
interface FormTable {
  cells: Int32Array;
  /** The pieces of words of several (piece numbers below 0 index them: -1 - k). */
  multi: Int32Array[];
  filled: number;
}
const STRIDE = 6, PIECE = 1, WORDS_NODE = 2, NAMES_NODE = 3, WORDS_FOLLOW = 4, NAMES_FOLLOW = 5;
/** The offsets of a cell's numbers past its piece (see formCell). */
const NUMBERS = [WORDS_NODE, NAMES_NODE, WORDS_FOLLOW, NAMES_FOLLOW];

function formTable(words = 1 << 16): FormTable {
  return { cells: new Int32Array(words * STRIDE), multi: [], filled: 0 };
}

/**
 * The lexicon compiled into tries over word pieces (see `pieces`): a match starts on a token and
 * ends on a token, takes the longest phrase, and ignores case, diacritics and a leading "the".
 */
export class PhraseMatcher {
  /** Names, which start with a capital, and role words, which may not: a lower-case token only asks the second. */
  private readonly names: Node = emptyNode();
  private readonly words: Node = emptyNode();
  /** The tries as the walk reads them, made again after phrases are added. */
  private compiled: Compiled | undefined;
  /** Word forms by vocabulary number, one table per tagger; by the string, for tokens without a number. */
  private byNumber = new WeakMap<object, FormTable>();
  private readonly forms = new Map<string, Form>();
  private phrases = 0;
  /** Words whose tokens `WordReader.marked` tells, in lower case. */
  private marks: ReadonlySet<string> = new Set();

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
    // what starts a phrase, and the pieces' numbers, may have changed
    this.compiled = undefined;
    this.byNumber = new WeakMap();
    this.forms.clear();
    let node = proper ? this.names : this.words;
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

  /**
   * Has the tokens of `words` (lower case, pieces joined) marked, so a reader of the matches can
   * find them by a byte per token it already has at hand. The same set again changes nothing.
   */
  mark(words: ReadonlySet<string>): void {
    if (words === this.marks) return;
    this.marks = words;
    this.byNumber = new WeakMap();
    this.forms.clear();
  }

  /** An object that stands for the tries' numbering of nodes (see PhraseMatch.node): the same until phrases are added. */
  layout(): object {
    return this.tries();
  }

  private tries(): Compiled {
    return (this.compiled ??= compile(this.names, this.words));
  }

  /** Works out what the matcher knows of a word as written. */
  private makeForm(value: string): Form {
    const c = this.tries();
    const key = tokenKey(value);
    const first = typeof key === 'string' ? key : key[0] ?? '';
    const code = value.charCodeAt(0);
    const word = typeof key === 'string' ? key : key.join('');
    const capital = code >= 65 && code <= 90 ? true : code < 128 ? code >= 97 && code <= 122 && value.length <= 3 && PARTICLES.has(word) : UPPER.test(String.fromCharCode(code));
    const firstPiece = c.pieces.get(first) ?? 0;
    const words = firstPiece > 0 ? stepNode(edge(c, c.words, firstPiece)) : -1, names = firstPiece > 0 ? stepNode(edge(c, c.names, firstPiece)) : -1;
    const marked = this.marks.has(word);
    const flags = FILLED | (capital ? CAPITAL : 0) | (c.stemRoot.words || words >= 0 ? WORDS : 0) | (c.stemRoot.names || names >= 0 ? NAMES : 0) | (marked ? MARKED : 0)
      | (words >= 0 ? c.has[words]! << WORDS_HAS : 0) | (names >= 0 ? c.has[names]! << NAMES_HAS : 0);
    const wordsFollow = words >= 0 ? c.follows[words]! : 0, namesFollow = names >= 0 ? c.follows[names]! : 0;
    if (typeof key === 'string') return { flags, piece: innerPiece(c, firstPiece), pieces: undefined, words, names, wordsFollow, namesFollow };
    return { flags, piece: -1, pieces: Int32Array.from(key, (k) => innerPiece(c, c.pieces.get(k) ?? 0)), words, names, wordsFollow, namesFollow };
  }

  /** Reads a document's tokens for `match`: made once per document, it keeps the tagger's numbers at hand. */
  reader(tokens: TokenTable): WordReader {
    let table = this.byNumber.get(tokens.vocabulary);
    if (!table) this.byNumber.set(tokens.vocabulary, (table = formTable()));
    return new WordReader(this, tokens, table);
  }

  /** The form of a token without a vocabulary number, by its string. */
  formOf(value: string): Form {
    let form = this.forms.get(value);
    if (form === undefined) {
      if (this.forms.size >= WORDS_KEPT) this.forms.clear();
      this.forms.set(value, (form = this.makeForm(value)));
    }
    return form;
  }

  /** Stores a word's form in a tagger's table. */
  fill(table: FormTable, id: number, value: string): void {
    if (table.filled >= WORDS_KEPT) Object.assign(table, formTable(table.cells.length / STRIDE));
    table.cells = widened(table.cells, (id + 1) * STRIDE);
    const form = this.makeForm(value), k = id * STRIDE;
    table.cells[k] = form.flags;
    if (form.pieces) {
      table.cells[k + PIECE] = -1 - table.multi.length;
      table.multi.push(form.pieces);
    } else table.cells[k + PIECE] = form.piece;
    for (const offset of NUMBERS) table.cells[k + offset] = formCell(form, offset);
    table.filled++;
  }

  /**
   * Leftmost-longest matches within tokens `[from, to)`. The reader counts in `reader.marks` the
   * marked words (see `mark`) among them that are no function words (see `starts`).
   */
  match(tokens: TokenTable, from: number, to: number, reader: WordReader = this.reader(tokens)): PhraseMatch[] {
    const c = this.tries();
    const out: PhraseMatch[] = [];
    for (let i = from; i < to; ) {
      // Most words start no phrase and are no marked word: their flags say so first.
      const flags = reader.flags(i);
      if ((flags & (WORDS | NAMES | MARKED)) === 0) {
        i++;
        continue;
      }
      // A phrase may start here: not on a function word, and on a verb or adverb only when
      // capitalised, as a name the tagger misread is.
      const may = starts(tokens.pos[i]!);
      if ((flags & MARKED) !== 0 && may !== 0) reader.marks++;
      const capital = (flags & CAPITAL) !== 0;
      const words = (flags & WORDS) !== 0, names = capital && (flags & NAMES) !== 0;
      if ((!words && !names) || may === 0 || (may === 1 && !capital)) {
        i++;
        continue;
      }
      const byWords = words ? walk(c, false, tokens, reader, i, to) : undefined;
      const byName = names ? walk(c, true, tokens, reader, i, to) : undefined;
      const best = !byName ? byWords : !byWords || byName.end > byWords.end ? byName
        : byWords.end > byName.end ? byWords : new Match(i, byName.end, -1, [...byName.entries, ...byWords.entries], c.entries);
      if (best) {
        out.push(best);
        // (the walk has read the words of the match past its first)
        for (let t = i + 1; t < best.end; t++) if (starts(tokens.pos[t]!) !== 0 && (reader.flags(t) & MARKED) !== 0) reader.marks++;
        i = best.end;
      } else i++;
    }
    return out;
  }
}

/** A document's tokens as the matcher reads them: each token's bits and pieces, from the matcher's table for its tagger. */
export class WordReader {
  private readonly ids: Int32Array;
  /** How many marked words (see PhraseMatcher.mark) the matches made with this reader have met. */
  marks = 0;

  constructor(private readonly matcher: PhraseMatcher, private readonly tokens: TokenTable, private readonly table: FormTable) {
    this.ids = tokens.ids();
  }

  /** The token's bits (see FILLED): the first thing asked of a token, which works its form out. */
  flags(i: number): number {
    const id = this.ids[i]!;
    if (id < 0) return this.matcher.formOf(this.tokens.value(i)).flags;
    const cells = this.table.cells, k = id * STRIDE;
    if (k < cells.length && cells[k] !== 0) return cells[k]!;
    this.matcher.fill(this.table, id, this.tokens.value(i));
    return this.table.cells[k]!;
  }

  /** Whether the token is one of the words the matcher was asked to mark (see PhraseMatcher.mark). */
  marked(i: number): boolean {
    return (this.flags(i) & MARKED) !== 0;
  }

  /** The token's piece number (0 for one no phrase has), or -1 when it has several (see `pieces`). */
  piece(i: number): number {
    const id = this.ids[i]!;
    if (id < 0) {
      const form = this.matcher.formOf(this.tokens.value(i));
      return form.pieces ? -1 : form.piece;
    }
    const p = this.table.cells[id * STRIDE + PIECE]!;
    return p < 0 ? -1 : p;
  }

  /** The piece numbers of a token of several pieces. */
  pieces(i: number): Int32Array {
    const id = this.ids[i]!;
    if (id < 0) return this.matcher.formOf(this.tokens.value(i)).pieces!;
    return this.table.multi[-1 - this.table.cells[id * STRIDE + PIECE]!]!;
  }

  /** What the node `first` gives has (see Compiled.has), read from the token's bits. */
  firstHas(i: number, names: boolean): number {
    return (this.flags(i) >> (names ? NAMES_HAS : WORDS_HAS)) & 15;
  }

  /** What pieces may follow on from the node `first` gives (see Compiled.follows). */
  firstFollows(i: number, names: boolean): number {
    return this.cell(i, names ? NAMES_FOLLOW : WORDS_FOLLOW);
  }

  /** The node the token's first piece leads to from the root of the name trie (`names`) or the role-word trie, or -1. */
  first(i: number, names: boolean): number {
    return this.cell(i, names ? NAMES_NODE : WORDS_NODE);
  }

  /** A number of the token's form: its cell's at `offset`, or for a token without a vocabulary number the form's own. */
  private cell(i: number, offset: number): number {
    const id = this.ids[i]!;
    if (id < 0) return formCell(this.matcher.formOf(this.tokens.value(i)), offset);
    return this.table.cells[id * STRIDE + offset]!;
  }
}

/** The number of a Form that a form table's cell keeps at `offset` (past the piece). */
function formCell(form: Form, offset: number): number {
  switch (offset) {
    case WORDS_NODE: return form.words;
    case NAMES_NODE: return form.names;
    case WORDS_FOLLOW: return form.wordsFollow;
    default: return form.namesFollow;
  }
}

/**
 * The longest phrase of a trie starting on token i, or undefined. Every token's `flags` have been
 * asked before it is walked over: the match loop asks those of the word a walk starts on, and the
 * walk asks those it reads ahead.
 */
function walk(c: Compiled, names: boolean, tokens: TokenTable, reader: WordReader, i: number, to: number): PhraseMatch | undefined {
  let node = names ? c.names : c.words;
  // what `node` has (see Compiled.has), and what may follow on from it (see Compiled.follows; all
  // pieces where the walk has not read it)
  let has = c.has[node]!, follows = -1;
  // the longest phrase so far: tokens [i, bestEnd) naming the list of `bestNode`, or `best`, a list
  // made for the match (bestNode -1)
  let best: PhraseEntry[] | undefined, bestEnd = i, bestNode = -1;
  for (let j = i; j < to && node >= 0; j++) {
    if (j > i) {
      if ((has & (NEXT | STEMS)) === 0) break; // no phrase goes on from here
      reader.flags(j);
    }
    const one = reader.piece(j);
    const list = one < 0 ? reader.pieces(j) : undefined;
    const count = list ? list.length : 1;
    for (let p = 0; p < count && node >= 0; p++) {
      const piece = list ? list[p]! : one;
      if (p === count - 1 && (has & STEMS) !== 0) {
        // (stems are matched by the piece's text: a word a stem begins need be no phrase's piece)
        const key = tokenKey(tokens.value(j));
        const stemmed = stemEntries(c.stems[node]!, typeof key === 'string' ? key : key[p]!);
        const entries = stemmed && fitting(stemmed, tokens, i, j + 1);
        if (entries?.length) {
          best = entries;
          bestEnd = j + 1;
          bestNode = -1;
        }
      }
      if (j === i && p === 0) {
        // (the first step, what its node has and what follows on from it were worked out with the word's form)
        node = reader.first(i, names);
        has = reader.firstHas(i, names);
        follows = reader.firstFollows(i, names);
      } else {
        const step = piece === 0 || (follows & followBit(piece)) === 0 ? -1 : edge(c, node, piece);
        node = stepNode(step);
        has = stepHas(step);
        follows = -1;
      }
    }
    if (node < 0 || (has & ENTRIES) === 0) continue;
    // Role words need no capital; names need one, and acronyms capitals throughout ("US", not
    // "us"). Nearly always the text's case fits every entry, and the match names the node's own
    // list, which the walk need not read.
    if (names && !readsAsName(tokens, i, j + 1)) continue;
    if (names && (has & EXACT) !== 0 && LOWER.test(tokens.text.slice(tokens.start[i]!, tokens.end[j]!))) {
      const fit = c.entries[node]!.filter((e) => !e.exact);
      if (fit.length === 0) continue;
      best = fit;
      bestNode = -1;
    } else {
      best = undefined;
      bestNode = node;
    }
    bestEnd = j + 1;
  }
  return bestEnd > i ? new Match(i, bestEnd, bestNode, best, c.entries) : undefined;
}

/** A PhraseMatch whose list, when it is a node's own, is read from the tries only when asked. */
class Match implements PhraseMatch {
  constructor(
    readonly start: number,
    readonly end: number,
    readonly node: number,
    private readonly list: PhraseEntry[] | undefined,
    private readonly lists: readonly (PhraseEntry[] | undefined)[],
  ) {}

  get entries(): PhraseEntry[] {
    return this.list ?? this.lists[this.node]!;
  }
}

/**
 * A word's piece as the walk looks it up past its first step: 0 (no phrase goes on with it) for a
 * piece only phrases' first words have. The first step reads the word's nodes from the roots instead.
 */
function innerPiece(c: Compiled, piece: number): number {
  return c.inner[piece] === 1 ? piece : 0;
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

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
  entries?: PhraseEntry[];
  /** Stems of a last word, by prefix; their nodes end phrases. */
  stems?: Map<string, Node>;
}

const LEADING_THE = /^the\s+/i;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;

/**
 * The lexicon compiled into a trie over word pieces (see `pieces`): a match starts on a token and
 * ends on a token, takes the longest phrase, and ignores case, diacritics and a leading "the".
 */
export class PhraseMatcher {
  private readonly root: Node = { next: new Map() };
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
    let node = this.root;
    key.forEach((piece, i) => {
      const map = stem && i === key.length - 1 ? (node.stems ??= new Map()) : node.next;
      let next = map.get(piece);
      if (!next) map.set(piece, (next = { next: new Map() }));
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

  /** Leftmost-longest matches within tokens `[from, to)`. */
  match(tokens: TokenTable, from: number, to: number): PhraseMatch[] {
    const out: PhraseMatch[] = [];
    const cache: (string[] | undefined)[] = [];
    const piecesOf = (i: number) => (cache[i - from] ??= pieces(tokens.value(i)));
    for (let i = from; i < to; ) {
      let node: Node | undefined = this.root;
      let best: PhraseMatch | undefined;
      for (let j = i; j < to && node; j++) {
        const ps = piecesOf(j);
        for (let p = 0; p < ps.length && node; p++) {
          if (node.stems && p === ps.length - 1) {
            const stemmed = stemEntries(node.stems, ps[p]!);
            const entries = stemmed?.filter((e) => fits(e, tokens, i, j + 1));
            if (entries?.length) best = { start: i, end: j + 1, entries };
          }
          node = node.next.get(ps[p]!);
        }
        if (node?.entries) {
          const entries = node.entries.filter((e) => fits(e, tokens, i, j + 1));
          if (entries.length) best = { start: i, end: j + 1, entries };
        }
      }
      if (best) {
        out.push(best);
        i = best.end;
      } else i++;
    }
    return out;
  }
}

/** The entries of the longest stem that begins `piece`. */
function stemEntries(stems: Map<string, Node>, piece: string): PhraseEntry[] | undefined {
  for (let len = piece.length; len > 0; len--) {
    const node = stems.get(piece.slice(0, len));
    if (node?.entries) return node.entries;
  }
  return undefined;
}

function fits(entry: PhraseEntry, tokens: TokenTable, start: number, end: number): boolean {
  if (!entry.proper) return true;
  const first = tokens.value(start);
  if (!UPPER.test(first[0] ?? '') && !/^\d/.test(first)) return false;
  if (!entry.exact) return true;
  for (let i = start; i < end; i++) if (LOWER.test(tokens.value(i))) return false;
  return true;
}

function sameTarget(a: Target, b: Target): boolean {
  if (a.type !== b.type) return false;
  return 'id' in a ? a.id === (b as typeof a).id : JSON.stringify(a) === JSON.stringify(b);
}

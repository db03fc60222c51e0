import type { Doc, Sentence } from '../doc.js';
import type { Context } from '../context.js';
import { applyEdits, nameEdits } from '../repair/index.js';
import type { Stage } from '../stage.js';
import { chunkCuts } from './chunks.js';
import type { Analysis } from './engine.js';
import { isSpace, TokenTable, type Pos } from './tokens.js';

export { createNlpEngine, WINK_PIPE, type NlpEngine } from './engine.js';
export { TokenTable, type Pos } from './tokens.js';

/** Growing columns of the token table, filled chunk by chunk. */
interface Columns {
  start: Int32Array;
  end: Int32Array;
  pos: Pos[];
  /** The tagger's string for each token, where the text holds it at the token's offsets. */
  values: (string | undefined)[];
  /** The token's number in the tagger's vocabulary, -1 where its value is not the tagger's string. */
  ids: Int32Array;
  sentences: Sentence[];
  length: number;
  /** Whether every token is the text's own string, with white space alone between and around them (see TokenTable.whole). */
  whole: boolean;
}

// How far past the previous token the next one may start: wink-nlp keeps every non-space character
// in some token, so only white space lies between them.
const MAX_GAP = 4096;

/** One analysed piece of the text: where its rows begin, and the tokens of it that were dropped. */
interface Piece {
  analysis: Analysis;
  firstRow: number;
  /** wink-nlp indices of the line-break tokens left out, ascending. */
  dropped: number[];
}

/**
 * Adds one analysed piece, the text from `base` to `until`: each token is found in the text after
 * the previous one. Line-break tokens are dropped, so sentences start and end on words or punctuation.
 */
function append(text: string, base: number, until: number, a: Analysis, piece: Piece, out: Columns): void {
  piece.firstRow = out.length;
  const index = new Int32Array(a.values.length + 1); // wink token → table row, for sentences
  let cursor = base;
  for (let i = 0; i < a.values.length; i++) {
    const value = a.values[i]!;
    // The token follows white space; search only when its first character is not there.
    let s = cursor;
    while (s < text.length && isSpace(text.charCodeAt(s)) && text.charCodeAt(s) !== value.charCodeAt(0)) s++;
    let held = text.charCodeAt(s) === value.charCodeAt(0) && text.startsWith(value, s);
    if (!held) {
      const found = text.indexOf(value, cursor);
      held = found >= 0 && found - cursor <= MAX_GAP;
      s = held ? found : cursor;
      out.whole &&= held && spaceOnly(text, cursor, s);
    }
    cursor = s + value.length;
    index[i] = out.length;
    if (a.pos[i] === 'SPACE') {
      piece.dropped.push(i);
      continue;
    }
    const row = out.length++;
    out.start[row] = s;
    out.end[row] = cursor;
    out.pos[row] = a.pos[i]!;
    out.values[row] = held ? value : undefined;
    out.ids[row] = held ? a.ids[i]! : -1;
  }
  out.whole &&= spaceOnly(text, cursor, until);
  index[a.values.length] = out.length;
  for (const [first, last] of a.sentences) {
    const start = index[first!]!, end = index[last! + 1]!;
    if (end > start) out.sentences.push({ start, end, charStart: 0, charEnd: 0 });
  }
}

function spaceOnly(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isSpace(text.charCodeAt(i))) return false;
  return true;
}

/** The analysis a row came from, and the row's index in it, for what is asked of wink-nlp lazily. */
function locate(pieces: Piece[], row: number): [Analysis, number] {
  let p = pieces.length - 1;
  while (p > 0 && pieces[p]!.firstRow > row) p--;
  const { analysis, firstRow, dropped } = pieces[p]!;
  let k = row - firstRow;
  for (const d of dropped) {
    if (d > k) break;
    k++;
  }
  return [analysis, k];
}

/**
 * The NLP front end: sentences, tokens, part of speech, lemmas and negation, with offsets. With a
 * name repairer, it then mends names (see nameEdits: the tokens say which words to ask about) and,
 * in the rare document where it mended one, tags the mended text again.
 */
export const nlpStage: Stage = {
  name: 'nlp',
  requires: ['text'],
  assigns: ['text', 'tokens', 'sentences'],
  run(doc, ctx) {
    tag(doc, ctx);
    if (!ctx.names) return;
    const edits = nameEdits(doc.text, ctx.names, doc.tokens);
    if (edits.length === 0) return;
    applyEdits(doc, 'name', edits);
    tag(doc, ctx);
  },
};

/** Tags the Doc's text, setting its tokens and sentences. */
function tag(doc: Doc, ctx: Context): void {
  const text = doc.text;
  const pieces: (Piece & { base: number; until: number })[] = [];
  let from = 0, bound = 0;
  for (const cut of chunkCuts(text)) {
    const analysis = ctx.nlp.analyse(text.slice(from, cut));
    pieces.push({ base: from, until: cut, analysis, firstRow: 0, dropped: [] });
    bound += analysis.values.length;
    from = cut;
  }
  const out: Columns = {
    start: new Int32Array(bound), end: new Int32Array(bound), pos: new Array<Pos>(bound), values: new Array<string | undefined>(bound), ids: new Int32Array(bound), sentences: [], length: 0, whole: true,
  };
  for (const piece of pieces) append(text, piece.base, piece.until, piece.analysis, piece, out);

  const n = out.length;
  out.pos.length = n;
  out.values.length = n;
  const wink = {
    lemma: (row: number) => { const [a, k] = locate(pieces, row); return a.lemma(k); },
    negated: (row: number) => { const [a, k] = locate(pieces, row); return a.negated(k); },
  };
  const start = out.start.subarray(0, n), end = out.end.subarray(0, n);
  let charStart = start, charEnd = end;
  if (!doc.offsets.identity) {
    charStart = new Int32Array(n);
    charEnd = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      charStart[i] = doc.offsets.toOriginal(start[i]!, 'start');
      charEnd[i] = Math.max(charStart[i]!, doc.offsets.toOriginal(end[i]!, 'end'));
    }
  }
  for (const s of out.sentences) {
    s.charStart = charStart[s.start]!;
    s.charEnd = charEnd[s.end - 1]!;
  }
  doc.tokens = new TokenTable(text, start, end, charStart, charEnd, out.pos, wink, ctx.nlp, out.ids.subarray(0, n), out.values, out.whole);
  doc.sentences = out.sentences;
}

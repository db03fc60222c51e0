/** Longest stretch handed to wink-nlp at once: keeps memory flat on very long documents. */
export const CHUNK_CHARS = 200_000;

/**
 * Where to cut `text` into pieces of at most `max` characters: at a paragraph break if one lies in
 * the second half of the window, else after a sentence end, else at a space. Returns the cut offsets,
 * ending with text.length.
 */
export function chunkCuts(text: string, max = CHUNK_CHARS): number[] {
  const cuts: number[] = [];
  let from = 0;
  while (text.length - from > max) {
    const window = text.slice(from, from + max);
    const half = max >> 1;
    let at = window.lastIndexOf('\n');
    if (at < half) at = Math.max(window.lastIndexOf('. '), window.lastIndexOf('.\n'));
    if (at < half) at = window.lastIndexOf(' ');
    let cut = at < half ? from + max : from + at + 1;
    // Never split a surrogate pair.
    const code = text.charCodeAt(cut - 1);
    if (code >= 0xd800 && code <= 0xdbff) cut--;
    cuts.push(cut);
    from = cut;
  }
  cuts.push(text.length);
  return cuts;
}

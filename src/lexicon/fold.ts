const ASCII_WORD = /^[A-Za-z0-9]+$/;
const MARKS = /\p{M}+/gu;
const PIECES = /[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu;
// Typographic variants that news text and lexicon files spell either way.
const VARIANTS: Record<string, string> = { '’': "'", '‘': "'", 'ʼ': "'", '`': "'", '–': '-', '—': '-', '‐': '-', '‑': '-' };
const VARIANT_CHARS = /[’‘ʼ`–—‐‑]/g;

/** Lower case without diacritics or typographic variants: "Fernández" → "fernandez". */
export function fold(text: string): string {
  if (ASCII_WORD.test(text)) return text.toLowerCase();
  return text.normalize('NFD').replace(MARKS, '').replace(VARIANT_CHARS, (c) => VARIANTS[c]!).toLowerCase();
}

/**
 * The pieces a phrase is matched by: runs of letters and digits, and single punctuation marks, folded.
 * "U.S." → u . s . ; "Côte d'Ivoire" → cote d ' ivoire. Text and lexicon are cut the same way, so a
 * match does not depend on how the tokenizer split a word.
 */
export function pieces(text: string): string[] {
  const folded = fold(text);
  if (ASCII_WORD.test(folded)) return [folded];
  return folded.match(PIECES) ?? [];
}

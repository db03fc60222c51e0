import type { TextEdit } from './offsets.js';

/** What a repair step mends; counted per document so the user can see what was changed. */
export type RepairKind =
  | 'bom'
  | 'mojibake'
  | 'html-entity'
  | 'control'
  | 'nfc'
  | 'doubled-punctuation'
  | 'space-before-punctuation'
  | 'name';

/**
 * Mends a lost or mangled name, e.g. "Fernndez" → "Fernández". The actor lexicon provides one; without
 * it, names are left as they are. Returns undefined when the word is fine or unknown.
 */
export interface NameRepairer {
  repair(word: string): string | undefined;
  /**
   * False when the word `text[start, end)` is surely fine: asked before the word is cut out of the
   * text, so most capitalised words cost no string and no look-up. Without it, every word is asked.
   */
  mayRepair?(text: string, start: number, end: number): boolean;
}

/** One pass over the text: finds what to replace; never changes the text itself. */
export interface RepairStep {
  kind: RepairKind;
  find(text: string): TextEdit[];
}

/** Collects an edit for every match of `pattern` whose replacement differs from the match. */
export function editsFromMatches(
  text: string,
  pattern: RegExp,
  replace: (match: RegExpExecArray) => TextEdit | undefined,
): TextEdit[] {
  const edits: TextEdit[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const edit = replace(m);
    if (edit) edits.push(edit);
    if (m[0].length === 0) pattern.lastIndex++;
  }
  return edits;
}

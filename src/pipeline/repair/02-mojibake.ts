import { editsFromMatches, type RepairStep } from './step.js';

// Characters Windows-1252 decodes bytes 0x80–0x9F to; the other bytes decode to the same code point.
const CP1252_HIGH: Record<string, number> = {
  '€': 0x80, '‚': 0x82, 'ƒ': 0x83, '„': 0x84, '…': 0x85, '†': 0x86, '‡': 0x87, 'ˆ': 0x88, '‰': 0x89,
  'Š': 0x8a, '‹': 0x8b, 'Œ': 0x8c, 'Ž': 0x8e, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '•': 0x95,
  '–': 0x96, '—': 0x97, '˜': 0x98, '™': 0x99, 'š': 0x9a, '›': 0x9b, 'œ': 0x9c, 'ž': 0x9e, 'Ÿ': 0x9f,
};
const CONT = `[\\u0080-\\u00BF${Object.keys(CP1252_HIGH).join('')}]`;
// A UTF-8 lead byte followed by exactly the continuation bytes it announces, each shown as a
// Windows-1252 character: "FernÃ¡ndez" holds "Ã¡", the two bytes of "á".
const SEQUENCE = new RegExp(`[\\u00C2-\\u00DF]${CONT}|[\\u00E0-\\u00EF]${CONT}{2}|[\\u00F0-\\u00F4]${CONT}{3}`, 'g');
const LEADS = /[\u00C2-\u00F4]/;

function toByte(ch: string): number {
  return CP1252_HIGH[ch] ?? ch.charCodeAt(0);
}

/** UTF-8 that was decoded as Windows-1252 ("FernÃ¡ndez", "Â¿", "â€œ") is decoded again. */
export const mojibake: RepairStep = {
  kind: 'mojibake',
  find(text) {
    if (!LEADS.test(text)) return [];
    const utf8 = new TextDecoder('utf-8', { fatal: true });
    return editsFromMatches(text, SEQUENCE, (m) => {
      const bytes = Uint8Array.from(m[0], toByte);
      try {
        return { start: m.index, end: m.index + m[0].length, insert: utf8.decode(bytes) };
      } catch {
        return undefined; // not a valid sequence after all: leave the characters as they are
      }
    });
  },
};

import { editsFromMatches, type RepairStep } from './step.js';

const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0', ndash: '–', mdash: '—', lsquo: '‘', rsquo: '’',
  ldquo: '“', rdquo: '”', hellip: '…', laquo: '«', raquo: '»', euro: '€', deg: '°',
};
// Letters with accents by their entity names: "&eacute;" → "é", "&Ntilde;" → "Ñ".
const ACCENTS: Record<string, string> = { acute: '\u0301', grave: '\u0300', circ: '\u0302', tilde: '\u0303', uml: '\u0308', cedil: '\u0327', ring: '\u030A' };
const ENTITY = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z]{2,8}));/g;

function decode(m: RegExpExecArray): string | undefined {
  if (m[1] || m[2]) {
    const code = m[1] ? Number(m[1]) : parseInt(m[2]!, 16);
    return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : undefined;
  }
  const name = m[3]!;
  if (NAMED[name]) return NAMED[name];
  const accent = /^([A-Za-z])(acute|grave|circ|tilde|uml|cedil|ring)$/.exec(name);
  return accent ? (accent[1]! + ACCENTS[accent[2]!]).normalize('NFC') : undefined;
}

/** HTML entities left in text by feeds that escaped it twice: "Maduro&#39;s" → "Maduro's". */
export const entities: RepairStep = {
  kind: 'html-entity',
  find: (text) =>
    text.includes('&')
      ? editsFromMatches(text, ENTITY, (m) => {
          const insert = decode(m);
          return insert === undefined ? undefined : { start: m.index, end: m.index + m[0].length, insert };
        })
      : [],
};

import { isUtf8 } from 'node:buffer';
import type { Diagnostic } from '../../model/index.js';

export interface Decoded {
  /** The text, or null when the bytes are not text at all. */
  text: string | null;
  diagnostics: Diagnostic[];
}

/** True for bytes that are no text: a NUL, or many control bytes, in the first 8 KiB. */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return n > 0 && control / n > 0.1;
}

/** Offset of the first byte that is not part of a valid UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return -1;
}

function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 10) line++;
  return line;
}

/** Counts valid multi-byte UTF-8 sequences: their absence means the file is in a single-byte code. */
function hasUtf8Sequences(bytes: Uint8Array): boolean {
  for (let i = 0; i + 1 < bytes.length; i++) {
    const b = bytes[i]!;
    if (b >= 0xc2 && b <= 0xf4 && (bytes[i + 1]! & 0xc0) === 0x80) return true;
  }
  return false;
}

/**
 * Bytes to text. UTF-16 with a byte order mark is honoured; invalid UTF-8 is read as Windows-1252 when
 * the file has no valid multi-byte sequence at all (a Latin-1 file), else with U+FFFD for the bad bytes.
 * Either way a warning names the first bad byte.
 */
export function decodeBytes(bytes: Uint8Array, file: string): Decoded {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes), diagnostics: [] };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes), diagnostics: [] };
  if (looksBinary(bytes)) {
    return {
      text: null,
      diagnostics: [{ level: 'error', code: 'E_BINARY', message: 'binary file, not text: skipped', file }],
    };
  }
  if (isUtf8(bytes)) return { text: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8').replace(/^\uFEFF/, ''), diagnostics: [] };
  const bad = firstInvalidUtf8(bytes);

  const where = `byte ${bad} (0x${bytes[bad]!.toString(16).padStart(2, '0')})`;
  const line = lineAt(bytes, bad);
  if (!hasUtf8Sequences(bytes)) {
    return {
      text: new TextDecoder('windows-1252').decode(bytes),
      diagnostics: [{ level: 'warning', code: 'W_ENCODING', file, line, message: `not UTF-8 (first bad ${where}): read as Windows-1252` }],
    };
  }
  return {
    text: new TextDecoder('utf-8').decode(bytes),
    diagnostics: [{ level: 'warning', code: 'W_ENCODING', file, line, message: `invalid UTF-8 at ${where}: bad bytes read as U+FFFD` }],
  };
}

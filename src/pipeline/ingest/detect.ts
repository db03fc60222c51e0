import { extname } from 'node:path';
import type { InputFormat } from '../../model/index.js';

const BY_EXTENSION: Record<string, InputFormat> = {
  '.txt': 'text', '.text': 'text',
  '.jsonl': 'jsonl', '.ndjson': 'jsonl', '.json': 'jsonl',
  '.csv': 'csv',
  '.html': 'html', '.htm': 'html', '.xhtml': 'html',
};

/** The format a file's name announces, if any. */
export function formatFromName(path: string): InputFormat | undefined {
  return BY_EXTENSION[extname(path).toLowerCase()];
}

/** The format of a text by its first characters, for stdin and files without a known extension. */
export function sniffFormat(content: string): InputFormat {
  const head = content.slice(0, 4096).replace(/^\uFEFF/, '').trimStart();
  if (head.startsWith('{') || head.startsWith('[')) return 'jsonl';
  if (/^<(?:!doctype\s+html|html|head|body|article|div|p)\b/i.test(head)) return 'html';
  const firstLine = head.split(/\r?\n/, 1)[0] ?? '';
  if (firstLine.includes(',') && firstLine.split(',').some((c) => c.trim().replace(/^"|"$/g, '').toLowerCase() === 'text')) return 'csv';
  return 'text';
}

import type { Diagnostic, Document, Origin } from '../../model/index.js';
import { normalizeDate, stableId } from './fields.js';

export interface ReadResult {
  document?: Document;
  diagnostics: Diagnostic[];
}

const STRING_FIELDS = ['title', 'url', 'source', 'language'] as const;
const KNOWN = new Set<string>(['id', 'date', 'text', ...STRING_FIELDS]);

/**
 * A document from a JSON Lines record or a CSV row: `{id, date, text, title?, url?, source?, language?}`,
 * names matched without regard to case. Other fields are kept as metadata, never an error.
 */
export function documentFromRecord(record: Record<string, unknown>, origin: Origin): ReadResult {
  const diagnostics: Diagnostic[] = [];
  const where = { file: origin.file, line: origin.line };
  const known: Record<string, unknown> = {};
  const meta: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) {
    const k = key.toLowerCase();
    if (KNOWN.has(k) && !(k in known)) known[k] = value;
    else meta[key] = value;
  }

  const text = known.text;
  if (typeof text !== 'string' || text.trim() === '') {
    const found = text === undefined ? 'no "text" field' : typeof text === 'string' ? 'an empty "text"' : `a "text" of type ${typeof text}`;
    diagnostics.push({ level: 'error', code: 'E_NO_TEXT', ...where, field: 'text', message: `record has ${found}: skipped` });
    return { diagnostics };
  }

  let id = known.id;
  if (typeof id === 'number') id = String(id);
  if (id !== undefined && id !== null && (typeof id !== 'string' || id.trim() === '')) {
    diagnostics.push({ level: 'warning', code: 'W_FIELD', ...where, field: 'id', message: 'id is not a string or number: a hash of the text is used instead' });
    meta.id = id;
    id = undefined;
  }
  const docId = typeof id === 'string' && id.trim() !== '' ? id.trim() : stableId(text);

  let date: string | null = null;
  if (known.date === undefined || known.date === null || known.date === '') {
    diagnostics.push({ level: 'warning', code: 'W_NO_DATE', ...where, field: 'date', message: `document ${docId} has no date: its events will carry none` });
  } else {
    const r = normalizeDate(known.date);
    if (r.ok) date = r.date;
    else {
      diagnostics.push({ level: 'warning', code: 'W_DATE', ...where, field: 'date', message: `${r.reason}; document ${docId} kept without a date` });
      meta.date = known.date;
    }
  }

  const document: Document = { id: docId, date, text, meta, origin };
  for (const f of STRING_FIELDS) {
    const v = known[f];
    if (v === undefined || v === null || v === '') continue;
    if (typeof v === 'string' || typeof v === 'number') document[f] = String(v);
    else {
      diagnostics.push({ level: 'warning', code: 'W_FIELD', ...where, field: f, message: `${f} is not text: kept as metadata` });
      meta[f] = v;
    }
  }
  return { document, diagnostics };
}

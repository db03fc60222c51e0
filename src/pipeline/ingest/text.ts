import type { Document, Origin } from '../../model/index.js';
import { stableId } from './fields.js';
import type { ReadResult } from './record.js';
import { isRealDay } from '../../model/index.js';

// The record format of a single report: "date 2023-01-25" after optional spaces, then the text.
const RECORD_HEADER = /^\s*date\s+(\d{4}-\d{2}-\d{2})\b\s*/;

/** A plain-text report, in the record format when it opens with `date YYYY-MM-DD`. */
export function readText(content: string, origin: Origin): ReadResult {
  const header = RECORD_HEADER.exec(content);
  const text = header ? content.slice(header[0].length) : content;
  const where = { file: origin.file };
  if (text.trim() === '') {
    return { diagnostics: [{ level: 'warning', code: 'W_EMPTY', ...where, message: 'no text to read' }] };
  }
  const id = stableId(text);
  const document: Document = { id, date: null, text, meta: { path: origin.file }, origin };
  if (!header) {
    return {
      document,
      diagnostics: [{ level: 'warning', code: 'W_NO_DATE', ...where, message: `document ${id} has no date (a first line "date YYYY-MM-DD" gives one): its events will carry none` }],
    };
  }
  if (!isRealDay(header[1]!)) {
    return {
      document,
      diagnostics: [{ level: 'warning', code: 'W_DATE', ...where, line: 1, field: 'date', message: `"${header[1]}" is not a real calendar day; document ${id} kept without a date` }],
    };
  }
  document.date = header[1]!;
  return { document, diagnostics: [] };
}

/** Writes records as JSON Lines, a fixed-width table or CSV, buffered, honouring back-pressure. */
export interface RecordWriter<T> {
  write(record: T): Promise<void>;
  end(): Promise<void>;
}

export type OutputFormat = 'jsonl' | 'table' | 'csv';

/** A column of the table and CSV forms: its heading, width in the table, and how to read it. */
export interface Column<T> {
  name: string;
  width: number;
  get(record: T): string | number | null;
}

function csvCell(v: string | number | null): string {
  if (v === null) return '';
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function tableCell(v: string | number | null, width: number): string {
  const s = v === null ? '' : String(v).replace(/\s+/g, ' ');
  return s.length > width ? s.slice(0, width - 1) + '…' : s.padEnd(width);
}

const DONE: Promise<void> = Promise.resolve();
/**
 * Characters buffered before they are handed to the stream. Small enough that the joined chunk
 * stays out of V8's large-object space (a place name beyond Latin-1 makes it two bytes a
 * character): at 64K characters, writing events cost twice as much.
 */
const FLUSH_AT = 1 << 14;

/**
 * A writer for `format`. A record is formatted into a buffer at once; only a full buffer waits on
 * the stream (its back-pressure), so writing most records costs no more than formatting them.
 */
export function createWriter<T>(format: OutputFormat, out: NodeJS.WritableStream, columns: Column<T>[]): RecordWriter<T> {
  let buffer: string[] = [];
  let size = 0;
  const flush = async () => {
    if (buffer.length === 0) return;
    const chunk = buffer.join('');
    buffer = [];
    size = 0;
    if (!out.write(chunk)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  };
  const line = (text: string) => {
    buffer.push(text, '\n');
    size += text.length;
  };
  let started = false;
  const header = () => {
    if (started) return;
    started = true;
    if (format === 'csv') line(columns.map((c) => csvCell(c.name)).join(','));
    if (format === 'table') {
      line(columns.map((c) => tableCell(c.name, c.width)).join(' ').trimEnd());
      line(columns.map((c) => '-'.repeat(c.width)).join(' '));
    }
  };
  return {
    write(record) {
      header();
      if (format === 'jsonl') line(JSON.stringify(record));
      else if (format === 'csv') line(columns.map((c) => csvCell(c.get(record))).join(','));
      else line(columns.map((c) => tableCell(c.get(record), c.width)).join(' ').trimEnd());
      return size > FLUSH_AT ? flush() : DONE;
    },
    async end() {
      header();
      await flush();
    },
  };
}

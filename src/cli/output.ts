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
  const line = async (text: string) => {
    buffer.push(text, '\n');
    size += text.length;
    if (size > 1 << 16) await flush();
  };
  let started = false;
  const header = async () => {
    if (started) return;
    started = true;
    if (format === 'csv') await line(columns.map((c) => csvCell(c.name)).join(','));
    if (format === 'table') {
      await line(columns.map((c) => tableCell(c.name, c.width)).join(' ').trimEnd());
      await line(columns.map((c) => '-'.repeat(c.width)).join(' '));
    }
  };
  return {
    async write(record) {
      await header();
      if (format === 'jsonl') await line(JSON.stringify(record));
      else if (format === 'csv') await line(columns.map((c) => csvCell(c.get(record))).join(','));
      else await line(columns.map((c) => tableCell(c.get(record), c.width)).join(' ').trimEnd());
    },
    async end() {
      await header();
      await flush();
    },
  };
}

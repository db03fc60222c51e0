import { CommuniqueError } from '../../model/index.js';
import { EXPORT_FORMATS, Store, type ExportFormat } from '../../store/index.js';
import type { Command } from '../command.js';
import { requireDb } from './ingest.js';

export const exportCommand: Command = {
  name: 'export',
  summary: 'Write every stored event to a file: JSON Lines, CSV, Parquet, GDELT or PLOVER.',
  arguments: '',
  description: [
    'jsonl: one event a line with its counts; csv and parquet: the events table, one column per field;',
    "gdelt: the GDELT 2.0 event table's 61 tab-separated columns, in the codebook's order, no header;",
    'plover: PLOVER/POLECAT-style JSON Lines (statements, which PLOVER lacks, are left out).',
    'The file appears whole at the end or not at all.',
    '',
    'Examples:',
    '  communique export --db events.duckdb --format gdelt --out events.tsv',
    '  communique export --db events.duckdb --format parquet --out events.parquet',
  ],
  options: {
    db: { type: 'string', placeholder: 'FILE', description: 'the database file' },
    format: { type: 'string', short: 'f', description: 'file format', choices: EXPORT_FORMATS },
    out: { type: 'string', short: 'o', placeholder: 'FILE', description: 'the file to write' },
  },
  async run({ values }, io) {
    const path = requireDb(values, 'export');
    if (typeof values.format !== 'string') throw new CommuniqueError('E_USAGE', `--format is required: one of ${EXPORT_FORMATS.join(', ')}`);
    if (typeof values.out !== 'string' || values.out === '') throw new CommuniqueError('E_USAGE', '--out FILE is required');
    const store = await Store.open(path, { readOnly: true });
    try {
      const r = await store.exportEvents(values.format as ExportFormat, values.out);
      const skipped = r.skipped ? ` (${r.skipped} without a PLOVER type left out)` : '';
      if (values.quiet !== true) io.stderr.write(`communique: wrote ${r.events} events to ${values.out}${skipped}\n`);
      return 0;
    } finally {
      store.close();
    }
  },
};

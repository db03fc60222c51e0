import { ingestInputs, type IngestSummary } from '../../app/ingest.js';
import { CommuniqueError, InputFormat } from '../../model/index.js';
import { Store } from '../../store/index.js';
import type { Command } from '../command.js';
import { createDiagnosticPrinter } from '../report.js';
import { createIngestProgress, estimateDocuments } from './progress.js';

function formatSummary(s: IngestSummary, path: string): string {
  const rate = s.seconds > 0 ? (s.documents / s.seconds).toFixed(1) : '0';
  return [
    `documents   ${s.documents} read: ${s.stored - s.replaced} new, ${s.replaced} replaced, ${s.unchanged} already stored`,
    `events      ${s.mentions} reports stored, ${s.newEvents} new events`,
    `database    ${path}: ${s.totals.documents} documents, ${s.totals.events} events, ${s.totals.mentions} reports`,
    `problems    ${s.errors} errors, ${s.warnings} warnings`,
    `time        ${s.seconds.toFixed(2)} s (${rate} documents/s)`,
    '',
  ].join('\n');
}

/** A positive whole number from a flag, or a usage error naming it. */
export function positiveInt(name: string, value: unknown): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new CommuniqueError('E_USAGE', `--${name} must be a whole number of 1 or more, not "${String(value)}"`);
  return n;
}

export function requireDb(values: Record<string, unknown>, command: string): string {
  if (typeof values.db !== 'string' || values.db === '') throw new CommuniqueError('E_USAGE', `--db FILE is required (see: communique ${command} --help)`);
  return values.db;
}

export const ingestCommand: Command = {
  name: 'ingest',
  summary: 'Code documents and keep their events in a database file.',
  arguments: 'FILES…',
  description: [
    'Codes FILES as `communique code` does and stores documents, events and every report of each',
    'event in a DuckDB file, a batch of documents per transaction. Reports of the same happening (same',
    'source and target, CAMEO root, dates within a day, same place or none) become one event, with',
    'counts of reports, sources and articles as GDELT keeps them; --no-dedup keeps one event per report.',
    'Ingesting a document again changes nothing; a document whose content changed replaces its events.',
    'An interrupted run keeps every complete batch: run it again to finish.',
    '',
    'Examples:',
    '  communique ingest examples/ --db events.duckdb',
    '  cat feed.jsonl | communique ingest - --db events.duckdb --batch 500',
  ],
  options: {
    db: { type: 'string', placeholder: 'FILE', description: 'the database file (created if missing)' },
    'no-dedup': { type: 'boolean', description: 'keep one event per report instead of merging repeated reports' },
    batch: { type: 'string', placeholder: 'N', description: 'documents per transaction', default: '300' },
    'input-format': { type: 'string', description: 'read every input as this format', choices: InputFormat.options },
    actors: { type: 'string', multiple: true, placeholder: 'FILE', description: 'also load a PETRARCH or TABARI actor or agent dictionary' },
  },
  async run({ values, positionals }, io) {
    const path = requireDb(values, 'ingest');
    if (positionals.length === 0) throw new CommuniqueError('E_USAGE', 'no input: give files, folders or - for stdin (see: communique ingest --help)');
    const batch = positiveInt('batch', values.batch);
    const quiet = values.quiet === true;
    const printer = createDiagnosticPrinter(io.stderr, quiet);
    const total = quiet ? undefined : await estimateDocuments(positionals);
    const progress = createIngestProgress(io.stderr, quiet ? 'off' : io.interactive ? 'terminal' : 'lines', total);
    const store = await Store.open(path);
    try {
      const summary = await ingestInputs(positionals, store, {
        dedup: values['no-dedup'] !== true,
        batch,
        format: values['input-format'] as InputFormat | undefined,
        dictionaries: values.actors as string[] | undefined,
        stdin: io.stdin,
        onDiagnostic: (d) => printer.print(d),
        onProgress: (p) => progress.update(p),
      });
      progress.done();
      printer.finish();
      io.stdout.write(formatSummary(summary, path));
      return summary.errors > 0 ? 1 : 0;
    } finally {
      progress.done();
      store.close();
    }
  },
};

import { codeInputs, sentenceRecords, type CodeSummary } from '../app/code.js';
import { CommuniqueError, InputFormat, type Event, type SentenceRecord } from '../model/index.js';
import type { Command } from './command.js';
import { createWriter, type Column, type OutputFormat } from './output.js';
import { createDiagnosticPrinter, createProgress } from './report.js';

const EVENT_COLUMNS: Column<Event>[] = [
  { name: 'docId', width: 16, get: (e) => e.docId },
  { name: 'date', width: 10, get: (e) => e.date },
  { name: 'source', width: 10, get: (e) => e.source?.code ?? null },
  { name: 'target', width: 10, get: (e) => e.target?.code ?? null },
  { name: 'cameo', width: 5, get: (e) => e.cameo },
  { name: 'plover', width: 9, get: (e) => e.plover },
  { name: 'negated', width: 7, get: (e) => (e.negated ? 'yes' : '') },
  { name: 'place', width: 16, get: (e) => e.place?.name ?? null },
  { name: 'trigger', width: 28, get: (e) => e.trigger.text },
  { name: 'rule', width: 24, get: (e) => e.rule },
  { name: 'evidence', width: 80, get: (e) => e.evidence.text },
];

const SENTENCE_COLUMNS: Column<SentenceRecord>[] = [
  { name: 'docId', width: 20, get: (r) => r.docId },
  { name: 'date', width: 10, get: (r) => r.date },
  { name: 'sentence', width: 8, get: (r) => r.sentence },
  { name: 'start', width: 7, get: (r) => r.span[0] },
  { name: 'end', width: 7, get: (r) => r.span[1] },
  { name: 'actors', width: 28, get: (r) => r.actors.map((a) => a.code).join(' ') },
  { name: 'text', width: 80, get: (r) => r.text },
];

function formatSummary(s: CodeSummary): string {
  const rate = s.seconds > 0 ? Math.round(s.sentences / s.seconds) : 0;
  const years = Object.entries(s.byYear).sort(([a], [b]) => a.localeCompare(b));
  const repairs = Object.entries(s.repairs);
  const types = Object.entries(s.byType).sort(([, a], [, b]) => b - a);
  return [
    `documents   ${s.documents} (${s.undated} without a date)`,
    `sentences   ${s.sentences}`,
    `actors      ${s.actors}`,
    `events      ${s.events}${s.events ? `, ${s.placed} with a place` : ''}${types.length ? ` (${types.map(([t, n]) => `${t}: ${n}`).join(', ')})` : ''}`,
    `tokens      ${s.tokens}`,
    `characters  ${s.characters}`,
    `by year     ${years.map(([y, n]) => `${y}: ${n}`).join(', ') || '-'}`,
    `repairs     ${repairs.map(([k, n]) => `${k}: ${n}`).join(', ') || 'none needed'}`,
    `problems    ${s.errors} errors, ${s.warnings} warnings`,
    `time        ${s.seconds.toFixed(2)} s (${rate} sentences/s)`,
    '',
  ].join('\n');
}

export const codeCommand: Command = {
  name: 'code',
  summary: 'Code documents and print the events they report, one a line.',
  arguments: 'FILES…',
  description: [
    'FILES are plain text (a first line "date YYYY-MM-DD" dates it), JSON Lines, CSV or HTML files,',
    'folders (read recursively) or - for standard input. The format comes from the extension, then',
    'the content; --input-format forces it. Each event says who did what to whom (CAMEO and PLOVER),',
    'with the sentence and trigger words it came from and the rule that fired; spans are offsets into',
    'the document as read. --sentences prints each sentence with its actors instead.',
    '',
    'Exit status: 0 when every input was read, 1 when some input was skipped (each is reported), 2 on',
    'a usage error.',
    '',
    'Examples:',
    '  communique code report.txt',
    '  communique code examples/ --format table',
    '  cat feed.jsonl | communique code - --summary',
  ],
  options: {
    format: { type: 'string', short: 'f', description: 'output format', choices: ['jsonl', 'table', 'csv'], default: 'jsonl' },
    'input-format': { type: 'string', description: 'read every input as this format', choices: InputFormat.options },
    summary: { type: 'boolean', description: 'print a summary of the run instead of records' },
    sentences: { type: 'boolean', description: 'print sentences with their actors instead of events' },
    actors: { type: 'string', multiple: true, placeholder: 'FILE', description: 'also load a PETRARCH or TABARI actor or agent dictionary' },
  },
  async run({ values, positionals }, io) {
    if (positionals.length === 0) throw new CommuniqueError('E_USAGE', 'no input: give files, folders or - for stdin (see: communique code --help)');
    const quiet = values.quiet === true;
    const printer = createDiagnosticPrinter(io.stderr, quiet);
    const progress = createProgress(io.stderr, io.interactive && !quiet);
    const format = values.format as OutputFormat;
    const sentenceWriter = !values.summary && values.sentences ? createWriter(format, io.stdout, SENTENCE_COLUMNS) : undefined;
    const eventWriter = !values.summary && !values.sentences ? createWriter(format, io.stdout, EVENT_COLUMNS) : undefined;
    let documents = 0, sentences = 0;
    const summary = await codeInputs(positionals, {
      format: values['input-format'] as InputFormat | undefined,
      dictionaries: values.actors as string[] | undefined,
      stdin: io.stdin,
      onDiagnostic: (d) => printer.print(d),
      onDocument: async (doc) => {
        documents++;
        sentences += doc.sentences.length;
        progress.update(documents, sentences);
        if (sentenceWriter) for (const r of sentenceRecords(doc)) await sentenceWriter.write(r);
        if (eventWriter) for (const e of doc.events) await eventWriter.write(e);
      },
    });
    progress.done();
    printer.finish();
    await sentenceWriter?.end();
    await eventWriter?.end();
    if (values.summary) io.stdout.write(formatSummary(summary));
    return summary.errors > 0 ? 1 : 0;
  },
};

import { describe, expect, it } from 'vitest';
import { cli, spawnCli } from '../../test/helpers/cli.js';
import { scratch } from '../../test/helpers/files.js';

const files = scratch();
const feed = files.write('feed.jsonl', [
  JSON.stringify({ id: 'r1', date: '2023-01-25', text: 'Chile and Peru held talks. They agreed, "at last".' }),
  '{not json',
  JSON.stringify({ id: 'r2', date: '2023-01-26', text: 'Brazil protested.' }),
].join('\n'));

describe('communique CLI', () => {
  it('lists its commands and each command explains its options', async () => {
    const help = await cli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^\s+code\s+Code documents/m);
    const code = await cli(['code', '--help']);
    expect(code.stdout).toContain('Usage: communique code FILES…');
    expect(code.stdout).toContain('--format jsonl|table|csv');
    expect(code.stdout).toContain('--input-format text|jsonl|csv|html');
  });

  // [arguments, what stderr says]
  const usage: [string[], RegExp][] = [
    [['translate'], /unknown command "translate"/],
    [['code', '--colour'], /Unknown option '--colour'.*communique code --help/],
    [['code', '--format', 'xml', 'x.txt'], /--format must be one of jsonl, table, csv, not "xml"/],
    [['code'], /no input: give files, folders or - for stdin/],
  ];
  it.each(usage)('refuses %j in one line with status 2', async (args, message) => {
    const r = await cli(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('prints one JSON line per event, with its evidence and trigger, and reports the bad line', async () => {
    const r = await cli(['code', feed]);
    expect(r.code).toBe(1);
    const events = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(events.map((e) => [e.docId, e.source.code, e.target?.code ?? null, e.plover, e.trigger.text])).toEqual([
      ['r1', 'CHL', 'PER', 'CONSULT', 'held talks'],
      ['r1', 'PER', 'CHL', 'CONSULT', 'held talks'],
    ]);
    expect(events[0].evidence).toEqual({ text: 'Chile and Peru held talks.', span: [0, 26] });
    expect(r.stderr).toContain(`${feed}:2: E_JSON malformed JSON`);
  });

  it('prints one JSON line per sentence with --sentences, with spans into the document', async () => {
    const r = await cli(['code', feed, '--sentences']);
    expect(r.code).toBe(1);
    const records = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(records[0].actors.map((a: { code: string; text: string }) => [a.code, a.text])).toEqual([['CHL', 'Chile'], ['PER', 'Peru']]);
    expect(records.map((x) => [x.docId, x.sentence, x.text])).toEqual([
      ['r1', 0, 'Chile and Peru held talks.'],
      ['r1', 1, 'They agreed, "at last".'],
      ['r2', 0, 'Brazil protested.'],
    ]);
    expect(records[1].span).toEqual([27, 50]);
    expect(r.stderr).toContain(`${feed}:2: E_JSON malformed JSON`);
  });

  it('writes CSV and a table', async () => {
    const csv = await cli(['code', feed, '--sentences', '--format', 'csv', '--quiet']);
    const lines = csv.stdout.trim().split('\n');
    expect(lines[0]).toBe('docId,date,sentence,start,end,actors,text');
    expect(lines[1]).toBe('r1,2023-01-25,0,0,26,CHL PER,Chile and Peru held talks.');
    expect(lines[2]).toBe('r1,2023-01-25,1,27,50,,"They agreed, ""at last""."');
    const table = await cli(['code', feed, '--sentences', '-f', 'table', '-q']);
    expect(table.stdout.split('\n')[0]).toMatch(/^docId\s+date\s+sentence\s+start\s+end\s+actors\s+text$/);
    expect(table.stdout).toContain('Brazil protested.');
  });

  it('reads stdin and prints a summary', async () => {
    const r = await cli(['code', '-', '--summary'], 'date 2023-01-25 China spoke. . Brazil answered .');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/documents\s+1 \(0 without a date\)/);
    expect(r.stdout).toMatch(/sentences\s+2/);
    expect(r.stdout).toMatch(/repairs\s+doubled-punctuation: 1, space-before-punctuation: 1/);
  });

  it('caps repeated warnings of one kind', async () => {
    const lines = Array.from({ length: 15 }, (_, i) => JSON.stringify({ id: `u${i}`, text: 'Undated.' }));
    const r = await cli(['code', files.write('undated.jsonl', lines.join('\n')), '--summary']);
    expect(r.stderr.match(/W_NO_DATE/g)).toHaveLength(11);
    expect(r.stderr).toContain('… and 5 more W_NO_DATE');
  });

  it('shows users no stack trace, and --debug does', () => {
    const plain = spawnCli(['code', '--format', 'xml', 'x.txt']);
    expect(plain.code).toBe(2);
    expect(plain.stderr).toBe('communique: E_USAGE: --format must be one of jsonl, table, csv, not "xml"\n');
    const debug = spawnCli(['code', '--format', 'xml', 'x.txt', '--debug']);
    expect(debug.stderr).toMatch(/\n\s+at /);
  });

  it('runs as a process on stdin and exits 0', () => {
    const r = spawnCli(['code', '-', '-f', 'csv', '--sentences'], 'Argentina hosted the summit.');
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[1]).toMatch(/^doc-[0-9a-f]{16},,0,0,28,ARG,Argentina hosted the summit\.$/);
    expect(r.stderr).toContain('W_NO_DATE');
  });
});

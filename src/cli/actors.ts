import { lexiconStats, lookupActor, type LookupResult } from '../app/actors.js';
import { loadLexicon } from '../lexicon/index.js';
import { CommuniqueError, IsoDate } from '../model/index.js';
import type { Command } from './command.js';
import { createDiagnosticPrinter } from './report.js';

function formatLookup(r: LookupResult): string {
  const lines: string[] = [];
  lines.push(`"${r.query}"${r.date ? ` on ${r.date}` : ''}:`);
  if (r.actors.length === 0) lines.push('  coded as: nothing (no actor, or several people fit it equally on this date)');
  for (const a of r.actors) lines.push(`  coded as: ${a.code}  ${a.kind}  ${a.name}${a.role ? ` (${a.role})` : ''}`);
  if (r.entries.length) lines.push('', 'lexicon entries:');
  for (const e of r.entries) {
    lines.push(`  ${e.type.padEnd(12)} ${(e.code ?? '').padEnd(12)} ${e.name}  [${e.id}]`);
    for (const role of e.roles ?? []) {
      lines.push(`      ${role.start} – ${role.end ?? 'now'}  ${role.title}, ${role.country ?? role.org}`);
    }
  }
  if (r.entries.length === 0) lines.push('  no lexicon entry matches these words');
  return lines.join('\n') + '\n';
}

export const actorsCommand: Command = {
  name: 'actors',
  summary: 'Look up names in the actor lexicon, or show what it holds.',
  arguments: 'lookup "NAME" | stats',
  description: [
    'lookup prints how NAME is coded on --date (roles are resolved against it) and every lexicon',
    'entry its words can mean, people with their dated roles. stats counts what the lexicon holds.',
    '',
    'Examples:',
    '  communique actors lookup "President Fernández" --date 2010-06-01',
    '  communique actors lookup "Beijing" --format json',
    '  communique actors stats',
  ],
  options: {
    date: { type: 'string', description: 'resolve roles on this day (YYYY-MM-DD)', placeholder: 'YYYY-MM-DD' },
    format: { type: 'string', short: 'f', description: 'output format', choices: ['text', 'json'], default: 'text' },
    actors: { type: 'string', multiple: true, placeholder: 'FILE', description: 'also load a PETRARCH or TABARI actor or agent dictionary' },
  },
  async run({ values, positionals }, io) {
    const [sub, ...rest] = positionals;
    const date = values.date as string | undefined;
    if (date !== undefined && !IsoDate.safeParse(date).success) {
      throw new CommuniqueError('E_USAGE', `--date must be a real day as YYYY-MM-DD, not "${date}"`);
    }
    const json = values.format === 'json';
    const load = () => {
      const lexicon = loadLexicon({ dictionaries: values.actors as string[] | undefined });
      const printer = createDiagnosticPrinter(io.stderr, values.quiet === true);
      lexicon.problems.forEach((p) => printer.print(p));
      printer.finish();
      return lexicon;
    };
    if (sub === 'stats') {
      const s = lexiconStats(load());
      if (json) io.stdout.write(JSON.stringify(s, null, 2) + '\n');
      else {
        io.stdout.write([
          `lexicon        ${s.version}`,
          `states         ${s.states}`,
          `organisations  ${s.organisations} (${s.memberships} dated memberships)`,
          `initiatives    ${s.initiatives}`,
          `regions        ${s.regions}`,
          `groups         ${s.groups} (armed groups, parties, NGOs)`,
          `people         ${s.people} (${Object.entries(s.roles).map(([k, n]) => `${k} ${n}`).join(', ')})`,
          `role words     ${s.roleWords} in ${s.sectors} sectors`,
          `phrases        ${s.phrases} compiled`,
          '',
        ].join('\n'));
      }
      return 0;
    }
    if (sub === 'lookup') {
      const name = rest.join(' ').trim();
      if (!name) throw new CommuniqueError('E_USAGE', 'lookup needs a name: communique actors lookup "NAME"');
      const result = lookupActor(name, date ?? null, load());
      io.stdout.write(json ? JSON.stringify(result, null, 2) + '\n' : formatLookup(result));
      return 0;
    }
    throw new CommuniqueError('E_USAGE', `expected "lookup" or "stats"${sub ? `, not "${sub}"` : ''} (see: communique actors --help)`);
  },
};

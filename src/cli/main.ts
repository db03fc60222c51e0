import { readFileSync } from 'node:fs';
import { CommuniqueError } from '../model/index.js';
import { actorsCommand } from './actors.js';
import { codeCommand } from './code.js';
import { evalCommand } from './eval.js';
import { exportCommand } from './store/export.js';
import { ingestCommand } from './store/ingest.js';
import { queryCommand } from './store/query.js';
import { serveCommand } from './serve.js';
import { commandHelp, parseCommand, type Command, type Io } from './command.js';

/** The commands, in the order --help lists them. Each lives in its own file. */
const COMMANDS: readonly Command[] = [codeCommand, ingestCommand, queryCommand, exportCommand, serveCommand, evalCommand, actorsCommand];

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

function mainHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length)) + 2;
  return [
    'communique: political event data from reports of diplomacy and conflict.',
    '',
    'Usage: communique COMMAND [options]',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}${c.summary}`),
    '',
    'Run "communique COMMAND --help" for a command\'s options. --debug shows stack traces.',
    '',
  ].join('\n');
}

/** Runs the CLI with `argv` (without node and the script) and returns the exit status. */
export async function main(argv: string[], io: Io): Promise<number> {
  const debug = argv.includes('--debug');
  try {
    const [name, ...rest] = argv;
    if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
      io.stdout.write(mainHelp());
      return name === undefined ? 2 : 0;
    }
    if (name === '--version' || name === '-v') {
      io.stdout.write(`${version()}\n`);
      return 0;
    }
    const command = COMMANDS.find((c) => c.name === name);
    if (!command) {
      throw new CommuniqueError('E_USAGE', `unknown command "${name}" (commands: ${COMMANDS.map((c) => c.name).join(', ')}; see: communique --help)`);
    }
    const args = parseCommand(command, rest);
    if (args.values.help) {
      io.stdout.write(commandHelp(command));
      return 0;
    }
    return await command.run(args, io);
  } catch (e) {
    if (e instanceof CommuniqueError) {
      io.stderr.write(`communique: ${e.describe()}\n`);
      if (debug && e.stack) io.stderr.write(`${e.stack}\n`);
      return e.code === 'E_USAGE' ? 2 : 1;
    }
    const err = e as NodeJS.ErrnoException;
    if (err?.code === 'EPIPE') return 0; // the reader went away (| head): not an error
    io.stderr.write(`communique: unexpected error: ${err?.message ?? String(e)}${debug ? '' : ' (--debug shows details)'}\n`);
    if (debug && err?.stack) io.stderr.write(`${err.stack}\n`);
    return 1;
  }
}

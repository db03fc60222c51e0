import { parseArgs } from 'node:util';
import { CommuniqueError } from '../model/index.js';

export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  description: string;
  /** Allowed values, checked before the command runs. */
  choices?: readonly string[];
  default?: string | boolean;
  placeholder?: string;
  /** May be given more than once; the value is then a list. */
  multiple?: boolean;
}

/** What a command sees of the terminal; tests pass their own. */
export interface Io {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  stdin: AsyncIterable<Uint8Array>;
  /** Whether stderr is a terminal that can show a progress line. */
  interactive: boolean;
}

export interface Parsed {
  values: Record<string, string | boolean | string[] | undefined>;
  positionals: string[];
}

export interface Command {
  name: string;
  summary: string;
  /** e.g. "FILES…"; shown after the command name. */
  arguments: string;
  /** Lines shown under the usage: what the command does, examples. */
  description: string[];
  options: Record<string, OptionSpec>;
  run(args: Parsed, io: Io): Promise<number>;
}

/** Options every command accepts. */
export const COMMON_OPTIONS: Record<string, OptionSpec> = {
  help: { type: 'boolean', short: 'h', description: 'show this help' },
  debug: { type: 'boolean', description: 'show the stack trace of an error' },
  quiet: { type: 'boolean', short: 'q', description: 'print no warnings or progress' },
};

/** Parses a command's arguments; a wrong option or value is a usage error naming the flag. */
export function parseCommand(command: Command, argv: string[]): Parsed {
  const specs = { ...command.options, ...COMMON_OPTIONS };
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: Object.fromEntries(
        Object.entries(specs).map(([name, o]) => [name, { type: o.type, multiple: o.multiple === true, ...(o.short ? { short: o.short } : {}) }]),
      ),
    });
  } catch (e) {
    const message = (e as Error).message.replace(/\. To specify a positional argument.*$/s, '');
    throw new CommuniqueError('E_USAGE', `${message} (see: communique ${command.name} --help)`);
  }
  const values = parsed.values as Parsed['values'];
  for (const [name, spec] of Object.entries(specs)) {
    if (values[name] === undefined && spec.default !== undefined) values[name] = spec.default;
    const v = values[name];
    if (spec.choices && typeof v === 'string' && !spec.choices.includes(v)) {
      throw new CommuniqueError('E_USAGE', `--${name} must be one of ${spec.choices.join(', ')}, not "${v}"`);
    }
  }
  return { values, positionals: parsed.positionals };
}

/** The text of `communique COMMAND --help`. */
export function commandHelp(command: Command): string {
  const specs = { ...command.options, ...COMMON_OPTIONS };
  const rows = Object.entries(specs).map(([name, o]) => {
    const flag = `${o.short ? `-${o.short}, ` : '    '}--${name}${o.type === 'string' ? ` ${o.placeholder ?? (o.choices ? o.choices.join('|') : 'VALUE')}` : ''}`;
    const extra = (o.default !== undefined && o.default !== false ? ` (default: ${o.default})` : '') + (o.multiple ? ' (repeatable)' : '');
    return [flag, o.description + extra] as const;
  });
  const width = Math.max(...rows.map(([f]) => f.length)) + 2;
  return [
    `Usage: communique ${[command.name, command.arguments, '[options]'].filter(Boolean).join(' ')}`,
    '',
    command.summary,
    ...(command.description.length ? ['', ...command.description] : []),
    '',
    'Options:',
    ...rows.map(([f, d]) => `  ${f.padEnd(width)}${d}`),
    '',
  ].join('\n');
}

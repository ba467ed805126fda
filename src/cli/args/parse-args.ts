/** The command line as plain data: `cmn-sheets check book.xlsx --json` → { kind: 'check', … }. */
import { CliError } from '../cli-error';
import { commandNamed } from '../command-table';
import { CLI_MESSAGES as M } from '../messages';
import type { CommandArgs } from './command-args';
import { scanOptions } from './option-scan';

export type Command = { readonly kind: 'help' } | { readonly kind: 'version' } | CommandArgs;

const HELP_WORDS = new Set(['--help', '-h', 'help']);
const VERSION_WORDS = new Set(['--version', '-v', '-V', 'version']);

export function parseArgs(argv: readonly string[]): Command {
  const [name, ...rest] = argv;
  if (name === undefined) throw new CliError(M.noCommand);
  if (HELP_WORDS.has(name)) return { kind: 'help' };
  if (VERSION_WORDS.has(name)) return { kind: 'version' };
  const command = commandNamed(name);
  if (command === undefined)
    throw new CliError(name.startsWith('-') ? M.unknownOption(name) : M.unknownCommand(name));
  const scanned = scanOptions(rest, command.options);
  if (scanned === 'help') return { kind: 'help' };
  return command.parse(scanned);
}

/**
 * One command of the command line, whole: its name, its lines of `--help`, the options it takes,
 * how its arguments are read, and what it does. The table of them (command-table.ts) drives the
 * argument parsing, `--help` and the dispatch alike.
 */
import type { CommandArgs } from './args/command-args';
import type { OptionSpec, ScannedArgs } from './args/option-scan';
import type { CommandContext } from './command-context';

export interface CommandSpec<A extends CommandArgs> {
  readonly name: A['kind'];
  /** Its usage line and what it does, as `--help` shows them (messages.ts). */
  readonly help: string;
  /** Options it takes; `true` when the option takes a value. */
  readonly options: OptionSpec;
  /** Its arguments from the scanned words; a usage mistake throws a CliError. */
  parse(scanned: ScannedArgs): A;
  /** Runs it; resolves with the exit code (0 — no errors in the data, 1 — errors in the data). */
  run(args: A, context: CommandContext): Promise<number>;
}

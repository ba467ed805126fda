/**
 * The words after the command name, split into positional arguments and the options the command
 * takes (`--json`, `-o FILE`, `--output=FILE`); `--` ends the options. An option the command does
 * not take, or one left without its value, is a usage mistake explained in Russian.
 */
import { CliError } from '../cli-error';
import { CLI_MESSAGES as M } from '../messages';

/** Options a command takes; `true` when the option takes a value. */
export type OptionSpec = Readonly<Record<string, boolean>>;

export interface ScannedArgs {
  readonly positionals: readonly string[];
  readonly options: ReadonlyMap<string, string | true>;
}

/** The scanned words, or 'help' when `--help` / `-h` is among them. */
export function scanOptions(args: readonly string[], known: OptionSpec): ScannedArgs | 'help' {
  const positionals: string[] = [];
  const options = new Map<string, string | true>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--') {
      positionals.push(...args.slice(i + 1));
      break;
    }
    if (arg === '--help' || arg === '-h') return 'help';
    if (!arg.startsWith('-') || arg === '-') {
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    if (!(name in known)) throw new CliError(M.unknownOption(name));
    if (!known[name]) {
      if (eq > 0) throw new CliError(M.unknownOption(arg));
      options.set(name, true);
      continue;
    }
    const value = eq > 0 ? arg.slice(eq + 1) : args[++i];
    if (value === undefined || value === '') throw new CliError(M.optionNeedsValue(name));
    options.set(name, value);
  }
  return { positionals, options };
}

/** The value of the first of `names` given (`-o` or `--output`), else null. */
export function optionText(scanned: ScannedArgs, ...names: string[]): string | null {
  for (const name of names) {
    const value = scanned.options.get(name);
    if (typeof value === 'string') return value;
  }
  return null;
}

export function hasOption(scanned: ScannedArgs, name: string): boolean {
  return scanned.options.has(name);
}

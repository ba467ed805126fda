/** The command line as a plain command: `cmn-sheets check book.xlsx --json` → { kind: 'check', … }. */
import { CliError } from './cli-error';
import { CLI_MESSAGES as M } from './messages';
import { DEFAULT_REPORT_DIR } from './report-files';

export type Command =
  | { readonly kind: 'help' }
  | { readonly kind: 'version' }
  | { readonly kind: 'check'; readonly file: string; readonly json: boolean }
  | {
      readonly kind: 'summary';
      readonly file: string;
      readonly output: string | null;
      /** Replace an existing output file (otherwise the command refuses: SPEC 9). */
      readonly force: boolean;
      readonly json: boolean;
    }
  | {
      readonly kind: 'report';
      readonly file: string;
      /** Folder of the documents (SPEC 11: ./отчёт by default). */
      readonly dir: string;
      readonly force: boolean;
      readonly json: boolean;
    }
  | { readonly kind: 'demo'; readonly dir: string; readonly orgs: number; readonly seed: number };

export const DEMO_DEFAULTS = { dir: 'demo-output', orgs: 8, seed: 2025 } as const;
const MAX_ORGS = 1000;

/** Options each command takes; `true` when the option takes a value. */
const OPTIONS: Readonly<Record<'check' | 'summary' | 'report' | 'demo', Readonly<Record<string, boolean>>>> = {
  check: { '--json': false },
  summary: { '--json': false, '-o': true, '--output': true, '--force': false },
  report: { '--json': false, '--dir': true, '--force': false },
  demo: { '--dir': true, '--orgs': true, '--seed': true },
};
const HELP_WORDS = new Set(['--help', '-h', 'help']);
const VERSION_WORDS = new Set(['--version', '-v', '-V', 'version']);

interface Parsed {
  readonly positionals: string[];
  readonly options: Map<string, string | true>;
}

function parseOptions(args: readonly string[], known: Readonly<Record<string, boolean>>): Parsed | 'help' {
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

function text(parsed: Parsed, ...names: string[]): string | null {
  for (const name of names) {
    const value = parsed.options.get(name);
    if (typeof value === 'string') return value;
  }
  return null;
}

function wholeNumber(
  value: string | null,
  fallback: number,
  min: number,
  max: number,
  error: (v: string) => string,
): number {
  if (value === null) return fallback;
  if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max) throw new CliError(error(value));
  return Number(value);
}

export function parseArgs(argv: readonly string[]): Command {
  const [command, ...rest] = argv;
  if (command === undefined) throw new CliError(M.noCommand);
  if (HELP_WORDS.has(command)) return { kind: 'help' };
  if (VERSION_WORDS.has(command)) return { kind: 'version' };
  if (command !== 'check' && command !== 'summary' && command !== 'report' && command !== 'demo') {
    throw new CliError(command.startsWith('-') ? M.unknownOption(command) : M.unknownCommand(command));
  }
  const parsed = parseOptions(rest, OPTIONS[command]);
  if (parsed === 'help') return { kind: 'help' };
  const { positionals } = parsed;
  if (command === 'demo') {
    if (positionals.length > 0) throw new CliError(M.extraArgument(positionals[0]));
    return {
      kind: 'demo',
      dir: text(parsed, '--dir') ?? DEMO_DEFAULTS.dir,
      orgs: wholeNumber(text(parsed, '--orgs'), DEMO_DEFAULTS.orgs, 1, MAX_ORGS, M.badOrgs),
      seed: wholeNumber(text(parsed, '--seed'), DEMO_DEFAULTS.seed, 0, 2 ** 32 - 1, M.badSeed),
    };
  }
  if (positionals.length === 0) throw new CliError(M.missingWorkbook(command));
  if (positionals.length > 1) throw new CliError(M.extraArgument(positionals[1]));
  const json = parsed.options.has('--json');
  if (command === 'check') return { kind: 'check', file: positionals[0], json };
  const force = parsed.options.has('--force');
  if (command === 'report') return { kind: 'report', file: positionals[0], dir: text(parsed, '--dir') ?? DEFAULT_REPORT_DIR, force, json };
  const output = text(parsed, '-o', '--output');
  return { kind: 'summary', file: positionals[0], output, force, json };
}

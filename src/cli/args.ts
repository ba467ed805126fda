/** The command line as a plain command: `cmn-sheets check book.xlsx --json` → { kind: 'check', … }. */
import { CliError } from './cli-error';
import { CLI_MESSAGES as M } from './messages';
import { DEFAULT_REPORT_DIR } from './files/report-files';

export type Command =
  | { readonly kind: 'help' }
  | { readonly kind: 'version' }
  | { readonly kind: 'check'; readonly file: string; readonly json: boolean }
  | {
      readonly kind: 'summary';
      readonly file: string;
      readonly output: string | null;
      /** Replace an existing output file (otherwise the command refuses: docs/domain.md#regeneration). */
      readonly force: boolean;
      readonly json: boolean;
      /** Last period's workbook or long-format file (.xlsx, .csv, .parquet). */
      readonly previous: string | null;
    }
  | {
      readonly kind: 'report';
      readonly file: string;
      /**
       * Every workbook when several are given: the regional report of their roll-up
       * (docs/domain.md#long-format).
       */
      readonly books?: readonly string[];
      /** Folder of the documents (docs/domain.md#command-line: ./отчёт by default). */
      readonly dir: string;
      readonly force: boolean;
      readonly json: boolean;
      /**
       * Last period's workbook or long-format file, for the dynamics in the report
       * (docs/domain.md#documents).
       */
      readonly previous: string | null;
    }
  | {
      readonly kind: 'export';
      readonly files: readonly string[];
      readonly format: ExportFormat;
      readonly output: string;
      readonly force: boolean;
    }
  | {
      readonly kind: 'rollup';
      readonly files: readonly string[];
      readonly output: string | null;
      readonly force: boolean;
      readonly json: boolean;
    }
  | { readonly kind: 'demo'; readonly dir: string; readonly orgs: number; readonly seed: number }
  | {
      readonly kind: 'collect';
      /** Schools' files and folders of them, in the order given. */
      readonly inputs: readonly string[];
      readonly output: string;
      readonly roster: string | null;
      readonly force: boolean;
      readonly json: boolean;
    }
  | {
      readonly kind: 'template';
      readonly output: string;
      readonly roster: string | null;
      /** One school's own file instead of the municipal workbook. */
      readonly school: string | null;
      readonly force: boolean;
    };

export type ExportFormat = 'csv' | 'parquet';
const EXPORT_FORMATS: readonly ExportFormat[] = ['csv', 'parquet'];
type CommandName = 'check' | 'summary' | 'report' | 'export' | 'rollup' | 'demo' | 'collect' | 'template';

export const DEMO_DEFAULTS = { dir: 'demo-output', orgs: 8, seed: 2025 } as const;
const MAX_ORGS = 1000;

/** Options each command takes; `true` when the option takes a value. */
const OPTIONS: Readonly<Record<CommandName, Readonly<Record<string, boolean>>>> = {
  check: { '--json': false },
  summary: { '--json': false, '-o': true, '--output': true, '--force': false, '--previous': true },
  export: { '--format': true, '-o': true, '--output': true, '--force': false },
  rollup: { '--json': false, '-o': true, '--output': true, '--force': false },
  report: { '--json': false, '--dir': true, '--force': false, '--previous': true },
  demo: { '--dir': true, '--orgs': true, '--seed': true },
  collect: { '--json': false, '-o': true, '--output': true, '--roster': true, '--force': false },
  template: { '-o': true, '--output': true, '--roster': true, '--school': true, '--force': false },
};

function isCommandName(word: string): word is CommandName {
  return Object.prototype.hasOwnProperty.call(OPTIONS, word);
}
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
  if (!isCommandName(command)) {
    throw new CliError(command.startsWith('-') ? M.unknownOption(command) : M.unknownCommand(command));
  }
  const name = command;
  const parsed = parseOptions(rest, OPTIONS[name]);
  if (parsed === 'help') return { kind: 'help' };
  const { positionals } = parsed;
  if (name === 'demo') {
    if (positionals.length > 0) throw new CliError(M.extraArgument(positionals[0]));
    return {
      kind: 'demo',
      dir: text(parsed, '--dir') ?? DEMO_DEFAULTS.dir,
      orgs: wholeNumber(text(parsed, '--orgs'), DEMO_DEFAULTS.orgs, 1, MAX_ORGS, M.badOrgs),
      seed: wholeNumber(text(parsed, '--seed'), DEMO_DEFAULTS.seed, 0, 2 ** 32 - 1, M.badSeed),
    };
  }
  if (name === 'collect' || name === 'template') return filesCommand(name, parsed);
  if (positionals.length === 0) throw new CliError(M.missingWorkbook(name));
  const json = parsed.options.has('--json');
  const output = text(parsed, '-o', '--output');
  const force = parsed.options.has('--force');
  if (name === 'export') {
    const format = text(parsed, '--format');
    if (format === null) throw new CliError(M.missingFormat);
    if (!EXPORT_FORMATS.includes(format as ExportFormat)) throw new CliError(M.badFormat(format));
    if (output === null) throw new CliError(M.missingExportOutput);
    return { kind: 'export', files: positionals, format: format as ExportFormat, output, force };
  }
  if (name === 'rollup') return { kind: 'rollup', files: positionals, output, force, json };
  if (name === 'report') {
    const dir = text(parsed, '--dir') ?? DEFAULT_REPORT_DIR;
    const previous = text(parsed, '--previous');
    if (positionals.length === 1) return { kind: 'report', file: positionals[0], dir, force, json, previous };
    if (previous !== null) throw new CliError(M.regionalPrevious);
    return { kind: 'report', file: positionals[0], books: positionals, dir, force, json, previous };
  }
  if (positionals.length > 1) throw new CliError(M.extraArgument(positionals[1]));
  if (name === 'check') return { kind: 'check', file: positionals[0], json };
  return { kind: 'summary', file: positionals[0], output, force, json, previous: text(parsed, '--previous') };
}

/** `collect` and `template`: both write one new book named by -o. */
function filesCommand(command: 'collect' | 'template', parsed: Parsed): Command {
  const output = text(parsed, '-o', '--output');
  if (output === null) throw new CliError(M.missingOutput(command));
  const roster = text(parsed, '--roster');
  const force = parsed.options.has('--force');
  if (command === 'collect') {
    if (parsed.positionals.length === 0) throw new CliError(M.missingInputs);
    const json = parsed.options.has('--json');
    return { kind: 'collect', inputs: parsed.positionals, output, roster, force, json };
  }
  if (parsed.positionals.length > 0) throw new CliError(M.extraArgument(parsed.positionals[0]));
  const school = text(parsed, '--school');
  if (school !== null && school.trim() === '') throw new CliError(M.schoolNameEmpty);
  return { kind: 'template', output, roster, school: school === null ? null : school.trim(), force };
}

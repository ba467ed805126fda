/**
 * Each command's arguments as plain data (`cmn-sheets check book.xlsx --json` → { kind: 'check',
 * … }), read from the scanned command line; a usage mistake throws a CliError with a Russian line.
 */
import { CliError } from '../cli-error';
import { CLI_MESSAGES as M } from '../messages';
import { DEFAULT_REPORT_DIR } from '../files/report-files';
import { hasOption, optionText, type ScannedArgs } from './option-scan';

export interface CheckArgs {
  readonly kind: 'check';
  readonly file: string;
  readonly json: boolean;
  /** List every formatting note, not their count per sheet. */
  readonly verbose: boolean;
}

export interface SummaryArgs {
  readonly kind: 'summary';
  readonly file: string;
  readonly output: string | null;
  /** Replace an existing output file (otherwise the command refuses: docs/domain.md#regeneration). */
  readonly force: boolean;
  readonly json: boolean;
  /** Last period's workbook or long-format file (.xlsx, .csv, .parquet). */
  readonly previous: string | null;
}

export interface ReportArgs {
  readonly kind: 'report';
  readonly file: string;
  /** Every workbook when several are given: the regional report of their roll-up (docs/domain.md#long-format). */
  readonly books?: readonly string[];
  /** Folder of the documents (docs/domain.md#command-line: ./отчёт by default). */
  readonly dir: string;
  readonly force: boolean;
  readonly json: boolean;
  /** Last period's workbook or long-format file, for the dynamics in the report (docs/domain.md#documents). */
  readonly previous: string | null;
}

export type ExportFormat = 'csv' | 'parquet';
const EXPORT_FORMATS: readonly ExportFormat[] = ['csv', 'parquet'];

export interface ExportArgs {
  readonly kind: 'export';
  readonly files: readonly string[];
  readonly format: ExportFormat;
  readonly output: string;
  readonly force: boolean;
}

export interface RollupArgs {
  readonly kind: 'rollup';
  readonly files: readonly string[];
  readonly output: string | null;
  readonly force: boolean;
  readonly json: boolean;
}

export interface DemoArgs {
  readonly kind: 'demo';
  readonly dir: string;
  readonly orgs: number;
  readonly seed: number;
}

export interface CollectArgs {
  readonly kind: 'collect';
  /** Schools' files and folders of them, in the order given. */
  readonly inputs: readonly string[];
  readonly output: string;
  readonly roster: string | null;
  readonly force: boolean;
  readonly json: boolean;
}

export interface TemplateArgs {
  readonly kind: 'template';
  readonly output: string;
  readonly roster: string | null;
  /** One school's own file instead of the municipal workbook. */
  readonly school: string | null;
  readonly force: boolean;
}

export type CommandArgs =
  CheckArgs | SummaryArgs | ReportArgs | ExportArgs | RollupArgs | DemoArgs | CollectArgs | TemplateArgs;

export const DEMO_DEFAULTS = { dir: 'demo-output', orgs: 8, seed: 2025 } as const;
const MAX_ORGS = 1000;

interface WholeRange {
  readonly min: number;
  readonly max: number;
  readonly error: (value: string) => string;
}

function wholeNumber(value: string | null, fallback: number, { min, max, error }: WholeRange): number {
  if (value === null) return fallback;
  if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max) throw new CliError(error(value));
  return Number(value);
}

/** The workbooks a command reads: at least one. */
function workbooks(scanned: ScannedArgs, command: string): readonly string[] {
  if (scanned.positionals.length === 0) throw new CliError(M.missingWorkbook(command));
  return scanned.positionals;
}

/** The one workbook of a command that reads one. */
function oneWorkbook(scanned: ScannedArgs, command: string): string {
  const [file, extra] = workbooks(scanned, command);
  if (extra !== undefined) throw new CliError(M.extraArgument(extra));
  return file;
}

const outputOf = (scanned: ScannedArgs): string | null => optionText(scanned, '-o', '--output');

export function checkArgs(scanned: ScannedArgs): CheckArgs {
  const file = oneWorkbook(scanned, 'check');
  return {
    kind: 'check',
    file,
    json: hasOption(scanned, '--json'),
    verbose: hasOption(scanned, '--verbose'),
  };
}

export function summaryArgs(scanned: ScannedArgs): SummaryArgs {
  const file = oneWorkbook(scanned, 'summary');
  return {
    kind: 'summary',
    file,
    output: outputOf(scanned),
    force: hasOption(scanned, '--force'),
    json: hasOption(scanned, '--json'),
    previous: optionText(scanned, '--previous'),
  };
}

export function exportArgs(scanned: ScannedArgs): ExportArgs {
  const files = workbooks(scanned, 'export');
  const format = optionText(scanned, '--format');
  if (format === null) throw new CliError(M.missingFormat);
  if (!EXPORT_FORMATS.includes(format as ExportFormat)) throw new CliError(M.badFormat(format));
  const output = outputOf(scanned);
  if (output === null) throw new CliError(M.missingExportOutput);
  return {
    kind: 'export',
    files,
    format: format as ExportFormat,
    output,
    force: hasOption(scanned, '--force'),
  };
}

export function rollupArgs(scanned: ScannedArgs): RollupArgs {
  const files = workbooks(scanned, 'rollup');
  const force = hasOption(scanned, '--force');
  return { kind: 'rollup', files, output: outputOf(scanned), force, json: hasOption(scanned, '--json') };
}

export function reportArgs(scanned: ScannedArgs): ReportArgs {
  const books = workbooks(scanned, 'report');
  const json = hasOption(scanned, '--json');
  const force = hasOption(scanned, '--force');
  const dir = optionText(scanned, '--dir') ?? DEFAULT_REPORT_DIR;
  const previous = optionText(scanned, '--previous');
  if (books.length === 1) return { kind: 'report', file: books[0], dir, force, json, previous };
  if (previous !== null) throw new CliError(M.regionalPrevious);
  return { kind: 'report', file: books[0], books, dir, force, json, previous };
}

export function demoArgs(scanned: ScannedArgs): DemoArgs {
  if (scanned.positionals.length > 0) throw new CliError(M.extraArgument(scanned.positionals[0]));
  return {
    kind: 'demo',
    dir: optionText(scanned, '--dir') ?? DEMO_DEFAULTS.dir,
    orgs: wholeNumber(optionText(scanned, '--orgs'), DEMO_DEFAULTS.orgs, {
      min: 1,
      max: MAX_ORGS,
      error: M.badOrgs,
    }),
    seed: wholeNumber(optionText(scanned, '--seed'), DEMO_DEFAULTS.seed, {
      min: 0,
      max: 2 ** 32 - 1,
      error: M.badSeed,
    }),
  };
}

/** `collect` and `template` both write one new book named by -o. */
function newBook(scanned: ScannedArgs, command: 'collect' | 'template'): string {
  const output = outputOf(scanned);
  if (output === null) throw new CliError(M.missingOutput(command));
  return output;
}

export function collectArgs(scanned: ScannedArgs): CollectArgs {
  const output = newBook(scanned, 'collect');
  const roster = optionText(scanned, '--roster');
  const force = hasOption(scanned, '--force');
  if (scanned.positionals.length === 0) throw new CliError(M.missingInputs);
  const json = hasOption(scanned, '--json');
  return { kind: 'collect', inputs: scanned.positionals, output, roster, force, json };
}

export function templateArgs(scanned: ScannedArgs): TemplateArgs {
  const output = newBook(scanned, 'template');
  const roster = optionText(scanned, '--roster');
  const force = hasOption(scanned, '--force');
  if (scanned.positionals.length > 0) throw new CliError(M.extraArgument(scanned.positionals[0]));
  const school = optionText(scanned, '--school');
  if (school !== null && school.trim() === '') throw new CliError(M.schoolNameEmpty);
  return { kind: 'template', output, roster, school: school === null ? null : school.trim(), force };
}

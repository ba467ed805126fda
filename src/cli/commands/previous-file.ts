/**
 * Last period for `summary --previous` (SPEC 10): its workbook (.xlsx, summarised as `summary`
 * does) or its long-format file (.csv or .parquet, as `export` wrote it). A file that cannot be
 * read in full stops the command with the first problem, rather than comparing with half a year.
 */
import { basename } from 'node:path';
import { summarise } from '../../app/summarise';
import { parseCsv } from '../../core/long-format/long-csv';
import { LONG_COLUMNS, type LongRow } from '../../core/long-format/long-row';
import { municipalLongRows } from '../../core/long-format/long-rows';
import { readLongTable } from '../../core/long-format/read-long-table';
import { CliError } from '../cli-error';
import { readFileBytes } from '../files/file-bytes';
import { CLI_MESSAGES as M, PREVIOUS_TEXTS as T } from '../messages';
import { municipalityOfFile } from './municipal-books';
import { requireRecognisedSheets } from './recognition';
import { readWorkbookFile } from '../files/workbook-file';

function fromTable(path: string, values: readonly (readonly unknown[])[]): LongRow[] {
  const table = readLongTable(basename(path), values);
  if (table.issues.length > 0) {
    const more = table.issues.length > 1 ? T.moreProblems(table.issues.length - 1) : '';
    throw new CliError(M.previousUnreadable(path, `${table.issues[0].message}${more}`));
  }
  if (table.rows.length === 0) throw new CliError(M.previousUnreadable(path, T.noRows));
  return table.rows;
}

async function fromParquet(path: string): Promise<LongRow[]> {
  const bytes = await readFileBytes(path);
  const buffer = new Uint8Array(bytes).buffer;
  let objects: Record<string, unknown>[];
  try {
    // Loaded for a Parquet file alone, not with every command.
    const { parquetReadObjects } = await import('hyparquet');
    objects = await parquetReadObjects({ file: buffer });
  } catch {
    throw new CliError(M.previousUnreadable(path, T.notParquet));
  }
  const names = LONG_COLUMNS.map((column) => column.name);
  const present = objects.length === 0 ? names : names.filter((name) => name in objects[0]);
  return fromTable(path, [present, ...objects.map((object) => present.map((name) => object[name] ?? null))]);
}

async function fromWorkbook(path: string): Promise<LongRow[]> {
  const workbook = await readWorkbookFile(path);
  const { result, analysis } = summarise(workbook);
  requireRecognisedSheets(analysis, path);
  const unit = { region: '', municipality: municipalityOfFile(path), period: result.period ?? '' };
  return municipalLongRows(result, analysis.catalogue, unit, result.notSubmitted);
}

export async function readPreviousRows(path: string): Promise<LongRow[]> {
  const lower = path.toLowerCase();
  if (lower.endsWith('.csv')) return fromTable(path, parseCsv((await readFileBytes(path)).toString('utf8')));
  if (lower.endsWith('.parquet')) return fromParquet(path);
  if (lower.endsWith('.xlsx')) return fromWorkbook(path);
  throw new CliError(M.previousKind(path));
}

/**
 * Last period for `summary --previous` (docs/domain.md#long-format): its workbook (.xlsx, summarised as
 * `summary` does) or its long-format file (.csv or .parquet, as `export` wrote it). A file that cannot be
 * read in full stops the command with the first problem, rather than comparing with half a year.
 */
import { basename } from 'node:path';
import { previousRowsOfBook, previousRowsOfTable, tableOfRecords } from '../../app/previous-rows';
import { summariseBook } from '../../app/region/municipal-book';
import { parseCsv } from '../../core/long-format/long-csv';
import type { LongRow } from '../../core/long-format/long-row';
import { CliError } from '../cli-error';
import { readFileBytes } from '../files/file-bytes';
import { CLI_MESSAGES as M, PREVIOUS_TEXTS as T } from '../messages';
import { municipalityOfFile } from './municipal-books';
import { requireRecognisedSheets } from './recognition';
import { readWorkbookFile } from '../files/workbook-file';

function fromTable(path: string, values: readonly (readonly unknown[])[]): LongRow[] {
  const table = previousRowsOfTable(basename(path), values);
  if (table.kind === 'problems') {
    const more = table.more > 0 ? T.moreProblems(table.more) : '';
    throw new CliError(M.previousUnreadable(path, `${table.first}${more}`));
  }
  if (table.kind === 'empty') throw new CliError(M.previousUnreadable(path, T.noRows));
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
  return fromTable(path, tableOfRecords(objects));
}

async function fromWorkbook(path: string): Promise<LongRow[]> {
  const book = summariseBook(await readWorkbookFile(path), path, municipalityOfFile(path));
  requireRecognisedSheets(book.summarised.analysis, path);
  return previousRowsOfBook(book);
}

export async function readPreviousRows(path: string): Promise<LongRow[]> {
  const lower = path.toLowerCase();
  if (lower.endsWith('.csv')) return fromTable(path, parseCsv((await readFileBytes(path)).toString('utf8')));
  if (lower.endsWith('.parquet')) return fromParquet(path);
  if (lower.endsWith('.xlsx')) return fromWorkbook(path);
  throw new CliError(M.previousKind(path));
}

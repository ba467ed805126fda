/**
 * `--roster`: the schools taking part, from an .xlsx with a «Список ОО» sheet (recognised by its
 * header, as everywhere) or a plain list of schools, or from a text file with one school per line,
 * as a list is copied out of an order. An .xlsx may be the coordinator's own municipal workbook: its «Показатели»,
 * with her targets and added indicators, is then the catalogue in force.
 */
import { catalogueOfGrids, rosterOfGrids, rosterOfText } from '../../app/roster-list';
import type { Catalogue } from '../../core/catalogue/catalogue';
import type { Issue } from '../../core/issues/issue';
import type { RosterEntry } from '../../core/roster';
import { CliError } from '../cli-error';
import { readFileBytes } from './file-bytes';
import { CLI_MESSAGES as M } from '../messages';
import { readWorkbookFile } from './workbook-file';

export interface RosterFile {
  readonly lines: readonly RosterEntry[];
  /** The catalogue of a «Показатели» sheet in the same file, else null (the built-in one applies). */
  readonly catalogue: Catalogue | null;
  /** Rows of «Список ОО» that could not be used (an e-mail that is not one, a repeated school). */
  readonly issues: readonly Issue[];
}

/** UTF-8 as saved today; Windows-1251 as Notepad of older Windows saves Russian text. */
function decode(bytes: Buffer): string {
  const text = new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
  return text.includes('\uFFFD') ? new TextDecoder('windows-1251').decode(bytes) : text;
}

async function readText(path: string): Promise<RosterFile> {
  const bytes = await readFileBytes(path);
  const roster = rosterOfText(path, decode(bytes));
  if (roster === null) throw new CliError(M.rosterEmpty(path));
  return { ...roster, catalogue: null };
}

async function readWorkbook(path: string): Promise<RosterFile> {
  const book = await readWorkbookFile(path);
  const grids = book.listSheets().map((sheet) => book.readSheet(sheet.name));
  const roster = rosterOfGrids(grids, false);
  if (roster === null) throw new CliError(M.rosterNotFound(path));
  return { ...roster, catalogue: catalogueOfGrids(grids) };
}

export function readRosterFile(path: string): Promise<RosterFile> {
  return /\.(txt|tsv)$/i.test(path) ? readText(path) : readWorkbook(path);
}

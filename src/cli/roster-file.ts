/**
 * `--roster`: the schools taking part, from an .xlsx with a «Список ОО» sheet (recognised by its
 * header, as everywhere) or from a plain text file with one school per line, as a list is copied
 * out of an order. An .xlsx may be the coordinator's own municipal workbook: its «Показатели»,
 * with her targets and added indicators, is then the catalogue in force.
 */
import { readFile } from 'node:fs/promises';
import type { Catalogue } from '../core/catalogue/catalogue';
import { isCatalogueSheet, parseCatalogueSheet } from '../core/catalogue/catalogue-sheet';
import type { Issue } from '../core/issue';
import { isRosterSheet, parseRosterSheet, type RosterEntry } from '../core/roster';
import { parseSchoolList } from '../core/templates/school-list';
import { CliError } from './cli-error';
import { errorCode } from './error-code';
import { CLI_MESSAGES as M } from './messages';
import { loadWorkbookFile } from './xlsx-file';
import { worksheetToGrid } from './xlsx-sheet-grid';

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
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = errorCode(error);
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new CliError(M.fileNotFound(path));
    if (code === 'EISDIR') throw new CliError(M.isDirectory(path));
    if (code === 'EACCES' || code === 'EPERM') throw new CliError(M.noAccess(path));
    throw error;
  }
  const names = parseSchoolList(decode(bytes));
  if (names.length === 0) throw new CliError(M.rosterEmpty(path));
  // Row numbers as if the list were a «Список ОО» with its header on row 1.
  const lines = names.map((name, i) => ({ name, curatorEmails: [], row: i + 2 }));
  return { lines, catalogue: null, issues: [] };
}

async function readWorkbook(path: string): Promise<RosterFile> {
  const book = await loadWorkbookFile(path, 'read');
  const grids = book.worksheets.map(worksheetToGrid);
  const rosterGrid = grids.find(isRosterSheet);
  if (rosterGrid === undefined) throw new CliError(M.rosterNotFound(path));
  const roster = parseRosterSheet(rosterGrid);
  if (roster.entries.length === 0) throw new CliError(M.rosterEmpty(path));
  const catalogueGrid = grids.find(isCatalogueSheet);
  return {
    lines: roster.entries,
    catalogue: catalogueGrid === undefined ? null : parseCatalogueSheet(catalogueGrid).catalogue,
    issues: roster.issues,
  };
}

export function readRosterFile(path: string): Promise<RosterFile> {
  return /\.txt$/i.test(path) ? readText(path) : readWorkbook(path);
}

/**
 * `--roster`: the schools taking part, from an .xlsx with a «Список ОО» sheet (recognised by its
 * header, as everywhere) or a plain list of schools, or from a text file with one school per line,
 * as a list is copied out of an order. An .xlsx may be the coordinator's own municipal workbook: its «Показатели»,
 * with her targets and added indicators, is then the catalogue in force.
 */
import type { Catalogue } from '../../core/catalogue/catalogue';
import { isCatalogueSheet, parseCatalogueSheet } from '../../core/catalogue/catalogue-sheet';
import type { Issue } from '../../core/issues/issue';
import type { Grid } from '../../core/sheet/grid';
import { findHeader } from '../../core/header/find-header';
import { isRosterSheet, parseRosterSheet, ROSTER_FIELDS, type RosterEntry } from '../../core/roster';
import { cellText } from '../../core/text/normalise';
import { parseSchoolList } from '../../core/templates/school-list';
import { SHEET_KINDS } from '../../app/sheet-kinds/registry';
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

/** Names in the order given, each once, as «Создать листы ОО по списку» reads a pasted list. */
function entriesOf(names: readonly string[]): RosterEntry[] {
  // Row numbers as if the list were a «Список ОО» with its header on row 1.
  return parseSchoolList(names.join('\n'))
    .filter((name) => /\p{L}/u.test(name))
    .map((name, i) => ({ name, curatorEmails: [], row: i + 2 }));
}

/**
 * The roster of a grid: «Список ОО» by its header; else the column under a lone school header
 * («Наименование ОО»), or in a text file the first column — a list of schools is often no more
 * than that. The file was named as the roster, so a looser reading than a sheet's recognition is
 * safe here.
 */
function rosterOf(grids: readonly Grid[], firstColumn: boolean): Pick<RosterFile, 'lines' | 'issues'> | null {
  const full = grids.find(isRosterSheet);
  if (full !== undefined) {
    const roster = parseRosterSheet(full);
    return { lines: roster.entries, issues: roster.issues };
  }
  // A school tab has «Образовательная организация:» too: only a sheet of no other kind is a list.
  for (const grid of grids.filter((each) => !SHEET_KINDS.some((kind) => kind.recognise?.(each)))) {
    const header = findHeader(grid, ROSTER_FIELDS, { minFields: 1 });
    const column = header?.columns.school;
    if (header === null || column === undefined) continue;
    const lines = entriesOf(grid.values.slice(header.row).map((row) => cellText(row[column - 1])));
    if (lines.length > 0) return { lines, issues: [] };
  }
  if (!firstColumn) return null;
  const first = grids.find((grid) => grid.values.length > 0);
  const lines = entriesOf(
    (first?.values ?? []).map((row) => cellText(row.find((value) => cellText(value) !== ''))),
  );
  return lines.length > 0 ? { lines, issues: [] } : null;
}

async function readText(path: string): Promise<RosterFile> {
  const bytes = await readFileBytes(path);
  // Columns copied out of a spreadsheet come separated by tabs, with their header if it was copied.
  const values = decode(bytes)
    .split(/\r\n|\r|\n/)
    .map((line) => line.split('\t'));
  const roster = rosterOf([{ name: path, values }], true);
  if (roster === null) throw new CliError(M.rosterEmpty(path));
  return { ...roster, catalogue: null };
}

async function readWorkbook(path: string): Promise<RosterFile> {
  const book = await readWorkbookFile(path);
  const grids = book.listSheets().map((sheet) => book.readSheet(sheet.name));
  const roster = rosterOf(grids, false);
  if (roster === null) throw new CliError(M.rosterNotFound(path));
  const catalogueGrid = grids.find(isCatalogueSheet);
  return {
    ...roster,
    catalogue: catalogueGrid === undefined ? null : parseCatalogueSheet(catalogueGrid).catalogue,
  };
}

export function readRosterFile(path: string): Promise<RosterFile> {
  return /\.(txt|tsv)$/i.test(path) ? readText(path) : readWorkbook(path);
}

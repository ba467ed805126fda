/**
 * A roster as a municipality hands it in: a «Список ОО» sheet (recognised by its header, as everywhere), a
 * plain list of schools under a lone school header, or text with one school per line (columns copied out of
 * a spreadsheet come separated by tabs). The file was named (or dropped) as the roster, so a looser reading
 * than a sheet's recognition is safe here. A workbook may be the coordinator's own municipal workbook: its
 * «Показатели», with her targets and added indicators, is then the catalogue in force.
 */
import type { Catalogue } from '../core/catalogue/catalogue';
import { isCatalogueSheet, parseCatalogueSheet } from '../core/catalogue/catalogue-sheet';
import { findHeader } from '../core/header/find-header';
import type { Issue } from '../core/issues/issue';
import { isRosterSheet, parseRosterSheet, ROSTER_FIELDS, type RosterEntry } from '../core/roster';
import type { Grid } from '../core/sheet/grid';
import { parseSchoolList } from '../core/templates/school-list';
import { cellText } from '../core/text/normalise';
import { SHEET_KINDS } from './sheet-kinds/registry';

export interface RosterList {
  readonly lines: readonly RosterEntry[];
  /** Rows of «Список ОО» that could not be used (an e-mail that is not one, a repeated school). */
  readonly issues: readonly Issue[];
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
export function rosterOfGrids(grids: readonly Grid[], firstColumn: boolean): RosterList | null {
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

/** The roster of a text file's lines. */
export function rosterOfText(name: string, text: string): RosterList | null {
  const values = text.split(/\r\n|\r|\n/).map((line) => line.split('\t'));
  return rosterOfGrids([{ name, values }], true);
}

/** The catalogue of a «Показатели» sheet among the grids, else null (the built-in one applies). */
export function catalogueOfGrids(grids: readonly Grid[]): Catalogue | null {
  const grid = grids.find(isCatalogueSheet);
  return grid === undefined ? null : parseCatalogueSheet(grid).catalogue;
}

/**
 * «Создать листы ОО по списку» when the workbook has «Список ОО»: one tab per roster school that
 * has none yet, and the roster's «Лист» filled with each school's tab, so the roster and the tabs
 * name each other from then on (docs/domain.md#roster-and-parameters: «Лист — the add-on fills it»).
 */
import { isRosterSheet, parseRosterSheet, ROSTER_SHEET_NAME, type Roster } from '../core/roster';
import { sheetNameFor } from '../core/templates/sheet-name';
import { catalogueOf, createSchoolSheets, type TemplateOutcome } from './templates';
import type { Workbook } from './workbook';

/** A cell of the roster's «Лист» to write, 1-based. */
export interface RosterTabCell {
  readonly row: number;
  readonly column: number;
  readonly tab: string;
}

export interface RosterSheetsOutcome extends TemplateOutcome {
  readonly roster: string;
  /** «Лист» cells to fill; empty when the roster has no «Лист» column. */
  readonly tabCells: readonly RosterTabCell[];
}

/** The roster: the sheet called «Список ОО» when it is one, else the first sheet with its header. */
export function findRoster(workbook: Workbook): Roster | null {
  const sheets = workbook.listSheets().filter((info) => info.generated === null && !info.backup);
  const named = sheets.filter((info) => info.name.toLowerCase() === ROSTER_SHEET_NAME.toLowerCase());
  for (const info of [...named, ...sheets.filter((sheet) => !named.includes(sheet))]) {
    const grid = workbook.readSheet(info.name);
    if (isRosterSheet(grid)) return parseRosterSheet(grid);
  }
  return null;
}

const lower = (name: string): string => name.trim().toLowerCase();

/**
 * The tab a roster school gets when it has none: its name made a valid tab name, numbered past the
 * names in `taken`. The roster's «Лист» is written from it, not read for it: a «Лист» that names
 * no existing tab is replaced, so the add-on and `template` give a school the same tab.
 */
export function rosterSchoolTab(name: string, taken: readonly string[]): string | null {
  return sheetNameFor(name, taken);
}

export function createRosterSchoolSheets(
  workbook: Workbook,
  roster: Roster,
  period: string,
): RosterSheetsOutcome {
  const names = workbook.listSheets().map((info) => info.name);
  const existing = new Set(names.map(lower));
  // Read «Показатели» once for all the tabs, not once per school.
  const catalogue = catalogueOf(workbook, names);
  const column = roster.header?.columns.sheet;
  const tabCells: RosterTabCell[] = [];
  const created: string[] = [];
  const skipped: { name: string; reason: string }[] = [];
  for (const entry of roster.entries) {
    if (entry.sheet !== undefined && existing.has(lower(entry.sheet))) continue;
    const outcome = createSchoolSheets(workbook, [entry.name], period, catalogue);
    created.push(...outcome.created);
    skipped.push(...outcome.skipped);
    // A tab made now, or one that already had the name the template would give it.
    const tab = outcome.created[0] ?? rosterSchoolTab(entry.name, []);
    if (column !== undefined && tab !== null && entry.sheet !== tab)
      tabCells.push({ row: entry.row, column, tab });
  }
  return { roster: roster.sheet, created, skipped, tabCells };
}

/**
 * «Создать листы ОО по списку» when the workbook has «Список ОО»: one tab per roster school that
 * has none yet, named as its «Лист» says, and «Лист» filled where it was empty, so the roster and
 * the tabs name each other from then on (docs/domain.md#roster-and-parameters). A name given in
 * «Лист» that cannot be a tab is changed, and the change is reported (docs/decisions.md#tabs-from-the-roster).
 */
import {
  isRosterSheet,
  parseRosterSheet,
  ROSTER_SHEET_NAME,
  type Roster,
  type RosterEntry,
} from '../core/roster';
import { TEMPLATE_SKIP_REASONS } from '../core/templates/messages';
import { cleanSheetName, MAX_SHEET_NAME, sheetNameFor } from '../core/templates/sheet-name';
import { addSchoolTabs, catalogueOf, tabPeriod, type SchoolTab, type TemplateOutcome } from './templates';
import type { Workbook } from './workbook';

/** A cell of the roster's «Лист» to write, 1-based. */
export interface RosterTabCell {
  readonly row: number;
  readonly column: number;
  readonly tab: string;
}

/** Why a name given in «Лист» could not be the tab's: too long, characters a tab cannot hold, or taken. */
export type TabNameChange = 'long' | 'forbidden' | 'taken';

/** The tab a roster school gets, and why it differs from its «Лист» when it does. */
export interface RosterTab {
  readonly tab: string;
  readonly change?: TabNameChange;
}

/** A name from «Лист» the command had to change. */
export interface RenamedTab {
  readonly school: string;
  readonly given: string;
  readonly tab: string;
  readonly change: TabNameChange;
}

export interface RosterSheetsOutcome extends TemplateOutcome {
  readonly roster: string;
  /** «Лист» cells to fill: empty ones, and ones whose name had to change; none without «Лист». */
  readonly tabCells: readonly RosterTabCell[];
  readonly renamed: readonly RenamedTab[];
  /** Schools whose tab was not made because the run stopped (canContinue); the next run makes them. */
  readonly remaining: number;
}

export interface RosterSheetsOptions {
  /** The longest tab name the target takes (Google Sheets 100, Excel 31). */
  readonly nameLimit?: number;
  /** Asked before each tab; false stops the run there. */
  readonly canContinue?: () => boolean;
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
 * The tab of a roster school that has none: the name its «Лист» gives when that can be a tab name
 * not in `taken`; else the school's name made a valid tab name (sheetNameFor), numbered past
 * `taken`. The add-on and `template` name tabs with it alike.
 */
export function rosterSchoolTab(
  entry: Pick<RosterEntry, 'name' | 'sheet'>,
  taken: readonly string[],
  nameLimit: number = MAX_SHEET_NAME,
): RosterTab | null {
  const given = entry.sheet?.trim() ?? '';
  if (given === '') {
    const tab = sheetNameFor(entry.name, taken);
    return tab === null ? null : { tab };
  }
  const change: TabNameChange | undefined =
    given.length > nameLimit
      ? 'long'
      : cleanSheetName(given) !== given
        ? 'forbidden'
        : taken.some((name) => lower(name) === lower(given))
          ? 'taken'
          : undefined;
  if (change === undefined) return { tab: given };
  return { tab: sheetNameFor(given, taken) ?? (sheetNameFor(entry.name, taken) as string), change };
}

export function createRosterSchoolSheets(
  workbook: Workbook,
  roster: Roster,
  period: string,
  options: RosterSheetsOptions = {},
): RosterSheetsOutcome {
  // The sheets' names are read once: the tabs planned below are added to `taken` as they are named.
  const names = workbook.listSheets().map((info) => info.name);
  const existing = new Set(names.map(lower));
  const taken = [...names];
  const column = roster.header?.columns.sheet;
  const cells: RosterTabCell[] = [];
  const planned: (SchoolTab & { entry: RosterEntry })[] = [];
  const skipped: { name: string; reason: string }[] = [];
  const renamed: RenamedTab[] = [];
  for (const entry of roster.entries) {
    const given = entry.sheet?.trim() ?? '';
    if (given !== '' && existing.has(lower(given))) continue;
    if (given === '') {
      // A tab already named after the school is taken for its own: «Лист» is filled with it.
      const own = sheetNameFor(entry.name, []);
      if (own !== null && existing.has(lower(own))) {
        skipped.push({ name: entry.name, reason: TEMPLATE_SKIP_REASONS.exists });
        const tab = names.find((name) => lower(name) === lower(own)) as string;
        if (column !== undefined) cells.push({ row: entry.row, column, tab });
        continue;
      }
    }
    const named = rosterSchoolTab(entry, taken, options.nameLimit);
    if (named === null) continue;
    taken.push(named.tab);
    planned.push({ school: entry.name.replace(/\s+/g, ' ').trim(), tab: named.tab, entry });
    if (named.change !== undefined)
      renamed.push({ school: entry.name, given, tab: named.tab, change: named.change });
  }
  const created = addSchoolTabs(workbook, planned, {
    period: tabPeriod(workbook, names, period),
    // Read «Показатели» once for all the tabs, not once per school.
    catalogue: catalogueOf(workbook, names),
    canContinue: options.canContinue,
  });
  const made = planned.slice(0, created.length);
  if (column !== undefined)
    for (const { entry, tab } of made)
      if ((entry.sheet?.trim() ?? '') !== tab) cells.push({ row: entry.row, column, tab });
  const madeTabs = new Set(created);
  return {
    roster: roster.sheet,
    created,
    skipped,
    tabCells: cells.sort((a, b) => a.row - b.row),
    renamed: renamed.filter((each) => madeTabs.has(each.tab)),
    remaining: planned.length - created.length,
  };
}

/**
 * The server side of the sidebar. Every function parses its arguments first (sidebar-arguments.ts),
 * returns plain JSON (no Dates: google.script.run cannot carry them) and reports expected failures
 * as `{ ok: false, message }`.
 */
import { analyse } from '../app/analyse';
import { SHEET_KINDS } from '../app/sheet-kinds/registry';
import { parseA1 } from '../core/sheet/a1';
import type { Grid } from '../core/sheet/grid';
import type { Issue } from '../core/issues/issue';
import { collapseUnstartedTabs, problemText } from '../core/issues/issue-cards';
import { shownValue } from '../core/monitoring/shown-value';
import { buildReport, severityCounts, type IssueReport } from '../core/issues/issue-report';
import { googleErrorDetail } from '../core/text/google-errors';
import { cellText } from '../core/text/normalise';
import { checkAndMark } from './check-command';
import { lockedForUser } from './sheet-lock';
import { activeStamp, checkActiveSheetAlone } from './active-sheet-check';
import { literalValue } from './literal-value';
import { liveCheckRange } from './live-check';
import { MESSAGES } from './messages';
import { parseArguments, SIDEBAR_ARGUMENTS } from './sidebar-arguments';
import type {
  ActionResult,
  IssuesPayload,
  IssueView,
  Refusal,
  SidebarApi,
  SidebarContext,
  SheetView,
} from './sidebar-contract';
import { spreadsheetWorkbook } from './spreadsheet-workbook';

/** The sidebar lists at most this many issues; the counts stay exact. */
export const SIDEBAR_LIMIT = 300;

/** The cell's text as the check saw it, where that sheet was read. */
function textAt(grid: Grid | undefined, issue: Issue): string {
  return cellText(grid?.values[issue.row - 1]?.[issue.column - 1] ?? '');
}

/** The cell's value as the reader sees it: a percent cell's 0.35 is «35 %», 12.5 is «12,5». */
function shownAt(grid: Grid | undefined, issue: Issue): string {
  const raw = grid?.values[issue.row - 1]?.[issue.column - 1] ?? '';
  const format = grid?.numberFormats?.[issue.row - 1]?.[issue.column - 1] ?? '';
  return shownValue(raw, format.includes('%'));
}

type Formats = readonly (readonly string[])[];

/**
 * The grids with their number formats where a listed issue sits on a number the check read without
 * them: one read a sheet, so a curator's «35 %» (0.35 in a percent cell) is shown as she typed it.
 */
function withFormats(
  listed: readonly Issue[],
  gridOf: (sheet: string) => Grid | undefined,
  readFormats: (sheet: string) => Formats,
): (sheet: string) => Grid | undefined {
  const grids = new Map<string, Grid | undefined>();
  return (sheet) => {
    if (grids.has(sheet)) return grids.get(sheet);
    const grid = gridOf(sheet);
    const onNumber = listed.some(
      (issue) => issue.sheet === sheet && typeof grid?.values[issue.row - 1]?.[issue.column - 1] === 'number',
    );
    const full =
      grid && onNumber && !grid.numberFormats ? { ...grid, numberFormats: readFormats(sheet) } : grid;
    grids.set(sheet, full);
    return full;
  };
}

/**
 * One card per problem (a cell with two problems has two cards: each reads on its own), starting with
 * the problem — the card shows the cell on its button.
 */
function issueViews(
  report: IssueReport,
  readGrid: (sheet: string) => Grid | undefined,
  readFormats: (sheet: string) => Formats,
): IssueView[] {
  const fixable = new Map(report.groups.map((group) => [group.sheet, group.fixable]));
  const gridOf = withFormats(report.listed, readGrid, readFormats);
  return report.listed.map((issue) => ({
    code: issue.code,
    severity: issue.severity,
    sheet: issue.sheet,
    cell: issue.cell,
    message: problemText(issue.message),
    hint: issue.hint ? problemText(issue.hint) : null,
    current: textAt(gridOf(issue.sheet), issue),
    shown: shownAt(gridOf(issue.sheet), issue),
    fix: issue.fix ? { value: issue.fix.value, label: issue.fix.label } : null,
    sameCodeFixable: issue.fix ? (fixable.get(issue.sheet)?.get(issue.code) ?? 0) : 0,
  }));
}

/** Each sheet with issues and its counts, in the report's (workbook) order. */
/** Each sheet's line, counted over all its issues (severityCounts, as the alert counts them), not its cards. */
function sheetViews(report: IssueReport, issues: readonly Issue[]): SheetView[] {
  return report.groups.map((group) => ({
    sheet: group.sheet,
    counts: severityCounts(issues.filter((issue) => issue.sheet === group.sheet)),
  }));
}

/** «Текущий лист»: the active sheet alone (active-sheet-check.ts), whatever the workbook's size. */
function sheetIssues(context: SidebarContext | null): IssuesPayload {
  const checked = checkActiveSheetAlone(context ? { knownOrganisations: context.organisations } : {});
  const report = buildReport(checked.issues, { severityFirst: true, total: SIDEBAR_LIMIT });
  return {
    scope: 'sheet',
    activeSheet: checked.name,
    issues: issueViews(
      report,
      () => checked.grid,
      (name) => spreadsheetWorkbook(SpreadsheetApp.getActiveSpreadsheet()).readNumberFormats(name),
    ),
    counts: report.counts,
    sheets: sheetViews(report, checked.issues),
    omitted: report.omitted,
    partial: true,
    recognised: checked.kind !== null,
    fill: null,
    context: null,
    stamp: checked.stamp,
  };
}

/** «Вся таблица»: every sheet read and compared, and the school names for later sheet checks. */
function workbookIssues(): IssuesPayload {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const workbook = spreadsheetWorkbook(spreadsheet);
  const analysis = analyse(workbook);
  const { result } = analysis;
  // A school tab nobody has started is one card here, not one per empty value.
  const issues = collapseUnstartedTabs(result.issues, analysis.schoolSheets);
  const report = buildReport(issues, {
    sheetOrder: workbook.listSheets().map((info) => info.name),
    severityFirst: true,
    total: SIDEBAR_LIMIT,
  });
  const activeSheet = spreadsheet.getActiveSheet().getName();
  return {
    scope: 'workbook',
    activeSheet,
    issues: issueViews(
      report,
      (sheet) => workbook.readGrids.get(sheet),
      (sheet) => workbook.readNumberFormats(sheet),
    ),
    // Counted before the untouched tabs are collapsed into one card: the alert and the tab rows count so.
    counts: severityCounts(result.issues),
    sheets: sheetViews(report, result.issues),
    omitted: report.omitted,
    partial: false,
    // A workbook with no sheet the add-on checks has nothing to check, which is not «no errors».
    recognised: SHEET_KINDS.some(
      (kind) => kind.generated === undefined && (analysis.sheets[kind.id] ?? []).length > 0,
    ),
    fill: result.fill.map((school) => ({
      school: school.name,
      sheet: school.sheet,
      filled: school.requiredFilled,
      total: school.requiredTotal,
      errors: school.errors,
      warnings: school.warnings,
      notSubmitted: school.notSubmitted,
    })),
    context: { organisations: [...analysis.knownSchools] },
    // The active sheet was read with the others, unless it is one the analysis does not read.
    stamp: workbook.stampOf(activeSheet) ?? activeStamp(),
  };
}

function sidebarIssues(...args: unknown[]): IssuesPayload | Refusal {
  const parsed = parseArguments(SIDEBAR_ARGUMENTS.sidebarIssues, args);
  if (!parsed.ok) return parsed;
  const [scope, context] = parsed.values;
  return scope === 'sheet' ? sheetIssues(context ?? null) : workbookIssues();
}

function sidebarChangeStamp(...args: unknown[]): string | Refusal {
  const parsed = parseArguments(SIDEBAR_ARGUMENTS.sidebarChangeStamp, args);
  if (!parsed.ok) return parsed;
  return activeStamp();
}

/**
 * The issue's cell, or why it is gone: since the check the sheet may have been renamed, or rows
 * and columns deleted (getRange outside the sheet throws).
 */
function cellRange(
  sheetName: string,
  cell: string,
): { range: GoogleAppsScript.Spreadsheet.Range } | ActionResult {
  const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(sheetName);
  if (!sheet) return { ok: false, message: MESSAGES.fixSheetMissing(sheetName) };
  const at = parseA1(cell);
  if (!at || at.row > sheet.getMaxRows() || at.column > sheet.getMaxColumns())
    return { ok: false, message: MESSAGES.fixCellMissing(sheetName, cell) };
  return { range: sheet.getRange(cell) };
}

function selectCell(...args: unknown[]): ActionResult {
  const parsed = parseArguments(SIDEBAR_ARGUMENTS.selectCell, args);
  if (!parsed.ok) return parsed;
  const [sheetName, cell] = parsed.values;
  const found = cellRange(sheetName, cell);
  if (!('range' in found)) return found;
  found.range.activate();
  return { ok: true, message: '' };
}

function applyFix(...args: unknown[]): ActionResult {
  const parsed = parseArguments(SIDEBAR_ARGUMENTS.applyFix, args);
  if (!parsed.ok) return parsed;
  const [sheetName, cell, expected, value] = parsed.values;
  const found = cellRange(sheetName, cell);
  if (!('range' in found)) return found;
  const { range } = found;
  const before = range.getValue();
  if (cellText(before) !== expected || range.getFormula() !== '')
    return { ok: false, message: MESSAGES.fixCellChanged(cell) };
  range.setValue(literalValue(value, range.getNumberFormat()));
  liveCheckRange(range, before);
  return { ok: true, message: MESSAGES.fixApplied(cell) };
}

/**
 * Applies every fix of `code` on the sheet: one read and one write per affected column (the
 * block from the first to the last fixed row; cells between are written back as they were,
 * formulas as formulas). A cell that no longer holds the checked value is left alone.
 */
function applyFixesOfCode(...args: unknown[]): ActionResult {
  const parsed = parseArguments(SIDEBAR_ARGUMENTS.applyFixesOfCode, args);
  if (!parsed.ok) return parsed;
  const [sheetName, code] = parsed.values;
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const sheet = spreadsheet.getSheetByName(sheetName);
  if (!sheet) return { ok: false, message: MESSAGES.fixSheetMissing(sheetName) };
  const workbook = spreadsheetWorkbook(spreadsheet);
  const fixes = analyse(workbook).result.issues.filter(
    (issue) => issue.sheet === sheetName && issue.code === code && issue.fix,
  );
  if (fixes.length === 0) return { ok: true, message: MESSAGES.nothingToFix };
  const byColumn = new Map<number, Issue[]>();
  for (const issue of fixes) byColumn.set(issue.column, [...(byColumn.get(issue.column) ?? []), issue]);
  let applied = 0;
  let skipped = 0;
  for (const [column, issues] of byColumn) {
    const first = Math.min(...issues.map((issue) => issue.row));
    const last = Math.max(...issues.map((issue) => issue.row));
    const block = sheet.getRange(first, column, last - first + 1, 1);
    const values = block.getValues();
    const formulas = block.getFormulas();
    const formats = block.getNumberFormats();
    const next: unknown[][] = values.map((line, index) => [
      formulas[index][0] !== '' ? formulas[index][0] : literalValue(line[0], formats[index][0]),
    ]);
    let appliedHere = 0;
    for (const issue of issues) {
      const index = issue.row - first;
      if (
        !issue.fix ||
        formulas[index][0] !== '' ||
        cellText(values[index][0]) !== textAt(workbook.readGrids.get(issue.sheet), issue)
      ) {
        skipped++;
        continue;
      }
      next[index][0] = literalValue(issue.fix.value, formats[index][0]);
      appliedHere++;
    }
    if (appliedHere > 0) block.setValues(next);
    applied += appliedHere;
  }
  checkAndMark(spreadsheet, sheetName);
  return { ok: applied > 0, message: MESSAGES.fixesApplied(applied, skipped) };
}

/**
 * Re-checks the whole active sheet as after a paste (its old state unknown) and reconciles its
 * marks: edits whose onEdit Google dropped (it queues at most two) get their marks now.
 */
function sidebarCatchUpMarks(...args: unknown[]): ActionResult {
  const parsed = parseArguments(SIDEBAR_ARGUMENTS.sidebarCatchUpMarks, args);
  if (!parsed.ok) return parsed;
  const sheet = SpreadsheetApp.getActiveSheet();
  try {
    liveCheckRange(sheet.getDataRange(), undefined);
  } catch (error) {
    // Another school's tab, open for reading only: its marks are its curators' to bring in line.
    if (!lockedForUser(sheet)) throw error;
  }
  return { ok: true, message: '' };
}

/**
 * A function as the sidebar calls it: Google's error (a protected cell under «Исправить», a time-out, a
 * quota) comes back as a Russian refusal with Google's text as its detail, never as the raw English
 * error of google.script.run's failure handler.
 */
function guarded<A extends unknown[], R>(run: (...args: A) => R): (...args: A) => R | Refusal {
  return (...args) => {
    try {
      return run(...args);
    } catch (error) {
      console.error(error);
      const raw = error instanceof Error ? error.message : String(error);
      return { ok: false, message: MESSAGES.sidebarFailed(raw), detail: googleErrorDetail(raw) };
    }
  };
}

/** The functions google.script.run calls, by name (see SIDEBAR_FUNCTIONS). */
export const SIDEBAR_API: SidebarApi = {
  sidebarIssues: guarded(sidebarIssues),
  sidebarChangeStamp: guarded(sidebarChangeStamp),
  selectCell: guarded(selectCell),
  applyFix: guarded(applyFix),
  applyFixesOfCode: guarded(applyFixesOfCode),
  sidebarCatchUpMarks: guarded(sidebarCatchUpMarks),
};

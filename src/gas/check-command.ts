/**
 * «Проверить текущий лист» and «Проверить всю таблицу»: the whole workbook is analysed (school
 * names and the base are needed for cross-checks either way), the checked sheets' cell marks are
 * brought in line with the issues, and the result is summed up in one alert.
 */
import { analyse, type Analysis } from '../app/analyse';
import { SHEET_KINDS } from '../app/sheet-kinds/registry';
import type { Grid } from '../core/sheet/grid';
import type { Issue } from '../core/issues/issue';
import { severityCounts } from '../core/issues/issue-report';
import { saveLiveContext, type SavedRoster } from './live-context';
import { lockedForUser } from './sheet-lock';
import { MESSAGES } from './messages';
import { openSidebar } from './open-sidebar';
import { alert, toast } from './run-command';
import { markSheet } from './sheet-marks';
import { spreadsheetWorkbook, type SpreadsheetWorkbook } from './spreadsheet-workbook';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Sheets whose cells the check marks: those of every kind that is marked (the registry says which). */
export function checkedSheets(analysis: Analysis): string[] {
  return SHEET_KINDS.filter((kind) => kind.marked).flatMap((kind) => analysis.sheets[kind.id] ?? []);
}

/**
 * Analyses the workbook, saves what the live check needs, and marks the given sheets' cells.
 * `locked`: sheets protected against the person running it (another school's tab, after
 * «Настроить доступ кураторов»): checked, but their marks are left to those who may edit them.
 */
export function checkAndMark(
  spreadsheet: Spreadsheet,
  only?: string,
): { analysis: Analysis; workbook: SpreadsheetWorkbook; locked: string[] } {
  const workbook = spreadsheetWorkbook(spreadsheet);
  const analysis = analyse(workbook);
  saveLiveContext(analysis.knownSchools, savedRoster(analysis));
  const locked: string[] = [];
  for (const name of checkedSheets(analysis)) {
    if (only !== undefined && name !== only) continue;
    const sheet = spreadsheet.getSheetByName(name);
    const issues = analysis.result.issues.filter((issue) => issue.sheet === name);
    if (sheet && !markUnlessLocked(sheet, workbook.readSheet(name), issues)) locked.push(name);
  }
  return { analysis, workbook, locked };
}

/** The roster and the tabs the check bound to its schools, for the live check of a school cell. */
function savedRoster({ roster, outputs }: Analysis): SavedRoster | null {
  if (roster === null) return null;
  const tabs = outputs['school-tab'].tabs.map((tab) => ({ sheet: tab.sheet, name: tab.name }));
  return { sheet: roster.sheet, schools: roster.entries, tabs };
}

/** Marks the sheet; false when Google refused the write because the sheet is protected against this user. */
function markUnlessLocked(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  grid: Grid,
  issues: readonly Issue[],
): boolean {
  try {
    markSheet(sheet, grid, issues);
    return true;
  } catch (error) {
    if (lockedForUser(sheet)) return false;
    throw error;
  }
}

export function checkActiveSheet(): void {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const name = spreadsheet.getActiveSheet().getName();
  toast(MESSAGES.checking);
  const { analysis } = checkAndMark(spreadsheet, name);
  if (!checkedSheets(analysis).includes(name)) {
    const skipped = analysis.result.skipped.find((entry) => entry.sheet === name);
    alert(
      skipped
        ? `${MESSAGES.sheetNotRecognised(name)}\n\n${skipped.reason}`
        : MESSAGES.sheetNotRecognised(name),
    );
    return;
  }
  const issues = analysis.result.issues.filter((issue) => issue.sheet === name);
  alert(MESSAGES.checkSheetResult(name, severityCounts(issues)));
  if (issues.length > 0) openSidebar();
}

export function checkWorkbook(): void {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  toast(MESSAGES.checking);
  const { analysis, locked } = checkAndMark(spreadsheet);
  const issues = analysis.result.issues;
  // No sheet the add-on checks: «нечего проверять», never «ошибок не найдено».
  if (checkedSheets(analysis).length === 0 && issues.length === 0) {
    alert(MESSAGES.nothingToCheck);
    return;
  }
  const withErrors = checkedSheets(analysis).filter((name) =>
    issues.some((i) => i.sheet === name && i.severity === 'error'),
  );
  const missing = analysis.result.notSubmitted.length;
  alert(
    MESSAGES.checkWorkbookResult(severityCounts(issues), withErrors) +
      (missing > 0 ? MESSAGES.notSubmitted(missing, MESSAGES.notSubmittedOnPanel) : '') +
      (locked.length > 0 ? MESSAGES.lockedSheets(locked) : ''),
  );
  if (issues.length > 0 || missing > 0) openSidebar();
}

/**
 * The template menu items: «Создать лист …» for each kind of sheet with a one-sheet template, and
 * «Создать листы ОО по списку». Each menu item is one export of index.ts made by templateMenuItem.
 * Sheets are only ever added: an existing sheet is never overwritten, and the alert says which.
 */
import { createSchoolSheets, createTemplate, parseSchoolList, type TemplateOutcome } from '../app/templates';
import { createRosterSchoolSheets, findRoster, type RosterTabCell } from '../app/roster-school-sheets';
import { schoolYearOn } from '../app/school-year';
import { sheetKind } from '../app/sheet-kinds/registry';
import type { SheetKindId } from '../app/sheet-kinds/sheet-kind';
import { ACCESS_MESSAGES } from './access-messages';
import { literalValue } from './literal-value';
import { MESSAGES } from './messages';
import { alert, runCommand, toast } from './run-command';
import { lockedForUser } from './sheet-lock';
import { spreadsheetWorkbook } from './spreadsheet-workbook';
import { stepBudget } from './tab-budget';
import { TAB_MESSAGES } from './tab-messages';

/** The handler of a kind's template menu item: the function its `functionName` names. */
export function templateMenuItem(id: SheetKindId): () => void {
  const oneSheet = 'sheet' in (sheetKind(id).template ?? {});
  return () =>
    runCommand(() =>
      oneSheet
        ? tellOne(createTemplate(spreadsheetWorkbook(SpreadsheetApp.getActiveSpreadsheet()), id))
        : createSchoolTemplates(),
    );
}

function tellOne(outcome: TemplateOutcome): void {
  if (outcome.created.length > 0) alert(MESSAGES.templateCreated(outcome.created[0]));
  else if (outcome.skipped.length > 0) alert(MESSAGES.templateExists(outcome.skipped[0].name));
}

/** The school year a list pasted on `date` is for, counted on the day in the spreadsheet's time zone. */
export function schoolYear(date: Date, timeZone: string): string {
  const year = Number(Utilities.formatDate(date, timeZone, 'yyyy'));
  const month = Number(Utilities.formatDate(date, timeZone, 'M'));
  return schoolYearOn({ year, month });
}

/** Google Sheets takes tab names of up to 100 characters. */
const GOOGLE_SHEET_NAME_LIMIT = 100;

/**
 * With «Список ОО», one tab per roster school that has none, named as its «Лист» says, and «Лист»
 * filled where it was empty; without the roster, the schools are pasted into a prompt. The run
 * stops between two tabs before Apps Script's time limit and says how to go on.
 */
function createSchoolTemplates(): void {
  const started = Date.now();
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const workbook = spreadsheetWorkbook(spreadsheet);
  const roster = findRoster(workbook);
  if (roster !== null && roster.entries.length > 0) {
    // The command fills the roster's «Лист»: someone the roster is protected against (a curator,
    // once «Настроить доступ кураторов» ran) is told so before any tab is made.
    const rosterSheet = spreadsheet.getSheetByName(roster.sheet);
    if (rosterSheet !== null && lockedForUser(rosterSheet)) {
      alert(ACCESS_MESSAGES.rosterLocked(roster.sheet));
      return;
    }
    toast(MESSAGES.creatingSheets(roster.entries.length));
    const outcome = createRosterSchoolSheets(
      workbook,
      roster,
      schoolYear(new Date(), spreadsheet.getSpreadsheetTimeZone()),
      { nameLimit: GOOGLE_SHEET_NAME_LIMIT, canContinue: stepBudget(started) },
    );
    if (rosterSheet !== null) writeTabCells(rosterSheet, outcome.tabCells);
    const parts = [MESSAGES.schoolSheetsResult(outcome.created, outcome.skipped)];
    if (outcome.renamed.length > 0)
      parts.push(TAB_MESSAGES.renamed(outcome.renamed, GOOGLE_SHEET_NAME_LIMIT));
    if (outcome.tabCells.length > 0) parts.push(MESSAGES.rosterTabsFilled(outcome.roster));
    if (outcome.remaining > 0)
      parts.push(TAB_MESSAGES.stopped(outcome.remaining, outcome.created.length + outcome.remaining));
    alert(parts.join('\n\n'));
    return;
  }
  promptSchoolTemplates(spreadsheet, started);
}

/**
 * The «Лист» cells, one write per run of neighbouring rows: a roster's schools are mostly on
 * consecutive rows, so a first run costs two calls, and a cell between two runs (a heading, a
 * note) is never touched.
 */
function writeTabCells(sheet: GoogleAppsScript.Spreadsheet.Sheet, cells: readonly RosterTabCell[]): void {
  let start = 0;
  while (start < cells.length) {
    let end = start;
    while (end + 1 < cells.length && cells[end + 1].row === cells[end].row + 1) end++;
    const run = cells.slice(start, end + 1);
    sheet
      .getRange(run[0].row, run[0].column, run.length, 1)
      .setValues(run.map((cell) => [literalValue(cell.tab)]));
    start = end + 1;
  }
}

function promptSchoolTemplates(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, started: number): void {
  const ui = SpreadsheetApp.getUi();
  const answer = ui.prompt(MESSAGES.schoolListPromptTitle, MESSAGES.schoolListPrompt, ui.ButtonSet.OK_CANCEL);
  if (answer.getSelectedButton() !== ui.Button.OK) return;
  const names = parseSchoolList(answer.getResponseText());
  if (names.length === 0) {
    alert(MESSAGES.schoolListEmpty);
    return;
  }
  toast(MESSAGES.creatingSheets(names.length));
  // The execution was running while the prompt waited for her: its six minutes count from the menu click.
  const outcome = createSchoolSheets(
    spreadsheetWorkbook(spreadsheet),
    names,
    schoolYear(new Date(), spreadsheet.getSpreadsheetTimeZone()),
    { canContinue: stepBudget(started) },
  );
  const parts = [MESSAGES.schoolSheetsResult(outcome.created, outcome.skipped)];
  if (outcome.remaining > 0)
    parts.push(TAB_MESSAGES.stoppedPasted(outcome.remaining, outcome.created.length + outcome.remaining));
  alert(parts.join('\n\n'));
}

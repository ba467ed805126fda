/**
 * The template menu items: «Создать лист …» for each kind of sheet with a one-sheet template, and
 * «Создать листы ОО по списку». Each menu item is one export of index.ts made by templateMenuItem.
 * Sheets are only ever added: an existing sheet is never overwritten, and the alert says which.
 */
import { createSchoolSheets, createTemplate, parseSchoolList, type TemplateOutcome } from '../app/templates';
import { createRosterSchoolSheets, findRoster } from '../app/roster-school-sheets';
import { schoolYearOn } from '../app/school-year';
import { sheetKind } from '../app/sheet-kinds/registry';
import type { SheetKindId } from '../app/sheet-kinds/sheet-kind';
import { ACCESS_MESSAGES } from './access-messages';
import { literalValue } from './literal-value';
import { MESSAGES } from './messages';
import { alert, runCommand, toast } from './run-command';
import { lockedForUser } from './sheet-lock';
import { spreadsheetWorkbook } from './spreadsheet-workbook';

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

/**
 * With «Список ОО», one tab per roster school that has none, and the roster's «Лист» filled in;
 * without it, the schools are pasted into a prompt.
 */
function createSchoolTemplates(): void {
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
    );
    // One cell per school: a roster has tens of rows, and the cells between them are the coordinator's.
    for (const cell of outcome.tabCells)
      rosterSheet?.getRange(cell.row, cell.column).setValue(literalValue(cell.tab));
    alert(
      MESSAGES.schoolSheetsResult(outcome.created, outcome.skipped) +
        (outcome.tabCells.length > 0 ? `\n\n${MESSAGES.rosterTabsFilled(outcome.roster)}` : ''),
    );
    return;
  }
  promptSchoolTemplates(spreadsheet);
}

function promptSchoolTemplates(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): void {
  const ui = SpreadsheetApp.getUi();
  const answer = ui.prompt(MESSAGES.schoolListPromptTitle, MESSAGES.schoolListPrompt, ui.ButtonSet.OK_CANCEL);
  if (answer.getSelectedButton() !== ui.Button.OK) return;
  const names = parseSchoolList(answer.getResponseText());
  if (names.length === 0) {
    alert(MESSAGES.schoolListEmpty);
    return;
  }
  toast(MESSAGES.creatingSheets(names.length));
  const outcome = createSchoolSheets(
    spreadsheetWorkbook(spreadsheet),
    names,
    schoolYear(new Date(), spreadsheet.getSpreadsheetTimeZone()),
  );
  alert(MESSAGES.schoolSheetsResult(outcome.created, outcome.skipped));
}

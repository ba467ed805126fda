/**
 * «Создать лист «База наставников»», «Создать лист «Показатели»», «Создать лист «Шаблоны
 * рекомендаций»», «Создать листы ОО по списку».
 * Sheets are only ever added: an existing sheet is never overwritten, and the alert says which.
 */
import {
  createBaseSheet,
  createCatalogueSheet,
  createSchoolSheets,
  createTemplatesSheet,
  parseSchoolList,
  type TemplateOutcome,
} from '../app/templates';
import { MESSAGES } from './messages';
import { alert, toast } from './run-command';
import { spreadsheetWorkbook } from './spreadsheet-workbook';

function tellOne(outcome: TemplateOutcome): void {
  if (outcome.created.length > 0) alert(MESSAGES.templateCreated(outcome.created[0]));
  else if (outcome.skipped.length > 0) alert(MESSAGES.templateExists(outcome.skipped[0].name));
}

export function createBaseTemplate(): void {
  tellOne(createBaseSheet(spreadsheetWorkbook(SpreadsheetApp.getActiveSpreadsheet())));
}

export function createCatalogueTemplate(): void {
  tellOne(createCatalogueSheet(spreadsheetWorkbook(SpreadsheetApp.getActiveSpreadsheet())));
}

export function createTemplatesTemplate(): void {
  tellOne(createTemplatesSheet(spreadsheetWorkbook(SpreadsheetApp.getActiveSpreadsheet())));
}

/** The school year a list pasted on `date` is for: «2025/2026» from September on, else «2024/2025». */
export function schoolYear(date: Date, timeZone: string): string {
  const year = Number(Utilities.formatDate(date, timeZone, 'yyyy'));
  const month = Number(Utilities.formatDate(date, timeZone, 'M'));
  return month >= 9 ? `${year}/${year + 1}` : `${year - 1}/${year}`;
}

export function createSchoolTemplates(): void {
  const ui = SpreadsheetApp.getUi();
  const answer = ui.prompt(MESSAGES.schoolListPromptTitle, MESSAGES.schoolListPrompt, ui.ButtonSet.OK_CANCEL);
  if (answer.getSelectedButton() !== ui.Button.OK) return;
  const names = parseSchoolList(answer.getResponseText());
  if (names.length === 0) {
    alert(MESSAGES.schoolListEmpty);
    return;
  }
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  toast(MESSAGES.creatingSheets(names.length));
  const outcome = createSchoolSheets(
    spreadsheetWorkbook(spreadsheet),
    names,
    schoolYear(new Date(), spreadsheet.getSpreadsheetTimeZone()),
  );
  alert(MESSAGES.schoolSheetsResult(outcome.created, outcome.skipped));
}

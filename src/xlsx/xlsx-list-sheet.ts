/**
 * Dropdown lists for .xlsx data validations. Excel stores a short list inline (`"да,нет"`), but
 * only up to 255 characters and without commas in items; longer lists (the forms of mentoring)
 * live in a column of a very hidden helper sheet that the validation refers to. Users never see
 * that sheet in Excel, and the adapter leaves it out of the sheet list.
 */
import type ExcelJS from 'exceljs';
import { columnLetter } from '../core/sheet/a1';

export const LIST_SHEET_NAME = 'cmn_lists';
const INLINE_LIMIT = 255;

function inlineList(values: readonly string[]): string | null {
  if (values.some((value) => /[,"]/.test(value))) return null;
  const joined = values.join(',');
  return joined.length <= INLINE_LIMIT ? `"${joined}"` : null;
}

function listSheet(workbook: ExcelJS.Workbook): ExcelJS.Worksheet {
  return (
    workbook.getWorksheet(LIST_SHEET_NAME) ?? workbook.addWorksheet(LIST_SHEET_NAME, { state: 'veryHidden' })
  );
}

/** The formula of a list validation offering `values`. */
export function listFormula(workbook: ExcelJS.Workbook, values: readonly string[]): string {
  const inline = inlineList(values);
  if (inline !== null) return inline;
  const sheet = listSheet(workbook);
  let column = 1;
  // The same list (e.g. the forms on several sheets) is stored once.
  for (; column <= sheet.columnCount; column++) {
    const stored = sheet
      .getColumn(column)
      .values.slice(1)
      .map((value) => String(value ?? ''));
    if (stored.length === values.length && stored.every((value, i) => value === values[i])) break;
  }
  if (column > sheet.columnCount) values.forEach((value, i) => (sheet.getCell(i + 1, column).value = value));
  const letter = columnLetter(column);
  return `${LIST_SHEET_NAME}!$${letter}$1:$${letter}$${values.length}`;
}

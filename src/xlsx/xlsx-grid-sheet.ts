/**
 * Writes a grid of plain values as a user's sheet would hold them: the demo municipality and test
 * fixtures become real .xlsx files this way. Error strings such as `'#REF!'` become error cells,
 * as in a file where a formula broke; every other string stays text.
 */
import type ExcelJS from 'exceljs';
import { isDate } from '../core/sheet/cell-value';
import type { Merge } from '../core/sheet/grid';
import { pixelsToExcelWidth } from './xlsx-column-width';

export interface GridSheet {
  readonly name: string;
  readonly values: readonly (readonly unknown[])[];
  readonly numberFormats?: readonly (readonly string[])[];
  readonly merges?: readonly Merge[];
  /** Pixel widths from column A on. */
  readonly columnWidths?: readonly number[];
}

/** Error values a .xlsx file can hold (Google's `#ERROR!` cannot: it stays text). */
const EXCEL_ERRORS: readonly string[] = ['#N/A', '#REF!', '#NAME?', '#DIV/0!', '#NULL!', '#VALUE!', '#NUM!'];

function cellValue(value: unknown): ExcelJS.CellValue {
  if (typeof value === 'string' && EXCEL_ERRORS.includes(value))
    return { error: value as ExcelJS.CellErrorValue['error'] };
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (isDate(value)) return value;
  return null;
}

export function drawGrid(worksheet: ExcelJS.Worksheet, sheet: GridSheet): void {
  sheet.values.forEach((row, r) => {
    row.forEach((value, c) => {
      const format = sheet.numberFormats?.[r]?.[c];
      const hasFormat = format !== undefined && format !== '' && format !== 'General';
      if ((value === '' || value === null || value === undefined) && !hasFormat) return;
      const cell = worksheet.getCell(r + 1, c + 1);
      cell.value = cellValue(value);
      if (hasFormat) cell.numFmt = format;
    });
  });
  for (const merge of sheet.merges ?? []) {
    worksheet.mergeCells(
      merge.row,
      merge.column,
      merge.row + merge.rows - 1,
      merge.column + merge.columns - 1,
    );
  }
  (sheet.columnWidths ?? []).forEach((px, i) => {
    if (px > 0) worksheet.getColumn(i + 1).width = pixelsToExcelWidth(px);
  });
}

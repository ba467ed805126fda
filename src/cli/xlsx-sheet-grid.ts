/** A whole exceljs worksheet as a Grid: the block from A1 to the last cell holding a value. */
import ExcelJS from 'exceljs';
import type { Grid, Merge } from '../core/grid';
import { toGridValue } from './xlsx-cell-value';

/** Excel's name for "no number format"; Google calls the same thing «Автоматически». */
export const GENERAL_FORMAT = 'General';

interface RangeModel {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

function isRangeModel(value: unknown): value is RangeModel {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Record<string, unknown>;
  return ['top', 'left', 'bottom', 'right'].every((key) => typeof r[key] === 'number');
}

/** exceljs keeps merges in a private map keyed by the master cell; its public model is costly to build. */
export function worksheetMerges(worksheet: ExcelJS.Worksheet): Merge[] {
  const store = (worksheet as unknown as { _merges?: Record<string, { model?: unknown }> })._merges ?? {};
  const merges: Merge[] = [];
  for (const range of Object.values(store)) {
    const model = range?.model;
    if (!isRangeModel(model)) continue;
    merges.push({
      row: model.top,
      column: model.left,
      rows: model.bottom - model.top + 1,
      columns: model.right - model.left + 1,
    });
  }
  return merges.sort((a, b) => a.row - b.row || a.column - b.column);
}

export function worksheetToGrid(worksheet: ExcelJS.Worksheet): Grid {
  const cells: { row: number; column: number; value: unknown; format: string }[] = [];
  let lastRow = 0;
  let lastColumn = 0;
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      // Only a merge's top-left cell holds the value (as in Sheets); exceljs echoes it in the others.
      if (cell.type === ExcelJS.ValueType.Merge) return;
      const value = toGridValue(cell.value);
      if (value === '') return;
      cells.push({ row: rowNumber, column, value, format: cell.numFmt || GENERAL_FORMAT });
      if (rowNumber > lastRow) lastRow = rowNumber;
      if (column > lastColumn) lastColumn = column;
    });
  });
  const values: unknown[][] = [];
  const numberFormats: string[][] = [];
  for (let r = 0; r < lastRow; r++) {
    values.push(new Array<unknown>(lastColumn).fill(''));
    numberFormats.push(new Array<string>(lastColumn).fill(GENERAL_FORMAT));
  }
  for (const cell of cells) {
    values[cell.row - 1][cell.column - 1] = cell.value;
    numberFormats[cell.row - 1][cell.column - 1] = cell.format;
  }
  return { name: worksheet.name, values, merges: worksheetMerges(worksheet), numberFormats };
}

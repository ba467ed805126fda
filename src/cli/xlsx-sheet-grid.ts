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
  // Rows are filled as they are read and padded once at the end: no per-cell records on 10 000 rows.
  const values: unknown[][] = [];
  const numberFormats: string[][] = [];
  let lastRow = 0;
  let lastColumn = 0;
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    let line: unknown[] | null = null;
    let formats: string[] | null = null;
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      // Only a merge's top-left cell holds the value (as in Sheets); exceljs echoes it in the others.
      if (cell.type === ExcelJS.ValueType.Merge) return;
      const value = toGridValue(cell.value);
      if (value === '') return;
      line ??= [];
      formats ??= [];
      line[column - 1] = value;
      formats[column - 1] = cell.numFmt || GENERAL_FORMAT;
      if (column > lastColumn) lastColumn = column;
    });
    if (line === null) return;
    values[rowNumber - 1] = line;
    numberFormats[rowNumber - 1] = formats as unknown as string[];
    lastRow = rowNumber;
  });
  values.length = lastRow;
  numberFormats.length = lastRow;
  for (let r = 0; r < lastRow; r++) {
    const line = values[r] ?? [];
    const formats = numberFormats[r] ?? [];
    for (let c = 0; c < lastColumn; c++) {
      if (line[c] === undefined) {
        line[c] = '';
        formats[c] = GENERAL_FORMAT;
      }
    }
    values[r] = line;
    numberFormats[r] = formats;
  }
  return { name: worksheet.name, values, merges: worksheetMerges(worksheet), numberFormats };
}

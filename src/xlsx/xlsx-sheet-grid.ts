/** A whole exceljs worksheet as a Grid: the block from A1 to the last cell holding a value. */
import ExcelJS from 'exceljs';
import type { Grid, Merge } from '../core/sheet/grid';
import { toGridValue } from './xlsx-cell-value';
import { gridBuilder } from './xlsx-grid-builder';

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

/**
 * A formula cell reads as its cached result. Not through `cell.value`: exceljs copies only truthy
 * parts of a formula into it, so a formula that came out as 0 would read as an empty cell.
 */
function cellValue(cell: ExcelJS.Cell): unknown {
  return cell.type === ExcelJS.ValueType.Formula ? cell.result : cell.value;
}

export function worksheetToGrid(worksheet: ExcelJS.Worksheet): Grid {
  const grid = gridBuilder(worksheet.name);
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      // Only a merge's top-left cell holds the value (as in Sheets); exceljs echoes it in the others.
      if (cell.type === ExcelJS.ValueType.Merge) return;
      grid.put(rowNumber, column, toGridValue(cellValue(cell)), cell.numFmt);
    });
  });
  return grid.finish(worksheetMerges(worksheet));
}

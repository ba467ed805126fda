/** Areas as Sheets names them in A1: a range's own notation, and its merged ranges. */
import { parseA1 } from '../core/sheet/a1';
import type { Area, Merge } from '../core/sheet/grid';

/** "B3:D7" → the 1-based area (what Range.getA1Notation() returns, parsed in one step). */
export function areaOfA1(notation: string): Area {
  const [first, second = first] = notation.split(':');
  const start = parseA1(first);
  const end = parseA1(second);
  if (!start || !end) throw new Error(`Not a cell range: ${notation}`);
  const row = Math.min(start.row, end.row);
  const column = Math.min(start.column, end.column);
  return {
    row,
    column,
    rows: Math.abs(end.row - start.row) + 1,
    columns: Math.abs(end.column - start.column) + 1,
  };
}

/** The merged ranges inside `range`, as areas (one call, then one per merge for its position). */
export function mergesOf(range: GoogleAppsScript.Spreadsheet.Range): Merge[] {
  return range.getMergedRanges().map((merged) => areaOfA1(merged.getA1Notation()));
}

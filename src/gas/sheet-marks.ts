/**
 * Marks of a whole checked sheet: after a full check every sheet's marks match its issues — own
 * marks of problems that are gone are cleared, users' notes and colours stay. Five calls a sheet.
 */
import type { Grid } from '../core/sheet/grid';
import type { Issue } from '../core/issues/issue';
import { marksOf, reconcileMarks } from '../app/live/cell-marks';

export function markSheet(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  grid: Grid,
  issues: readonly Issue[],
): void {
  let rows = grid.values.length;
  let columns = 0;
  for (const line of grid.values) columns = Math.max(columns, line.length);
  for (const issue of issues) {
    rows = Math.max(rows, issue.row);
    columns = Math.max(columns, issue.column);
  }
  if (rows === 0 || columns === 0) return;
  const range = sheet.getRange(1, 1, rows, columns);
  const area = { row: 1, column: 1, rows, columns };
  const result = reconcileMarks(
    area,
    { notes: range.getNotes(), backgrounds: range.getBackgrounds() },
    marksOf(issues),
  );
  if (!result.changed) return;
  range.setNotes(result.notes);
  range.setBackgrounds(result.backgrounds);
}

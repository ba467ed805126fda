/**
 * Whether a school tab may hold a percent typed into a cell of a whole number: Google Sheets and Excel keep
 * «35%» as 0.35 with a percent format, and only the format tells it from 0,35 typed as such. A count or a
 * flag is whole, so only a value column with a fraction in it needs the formats to write the value as it
 * was typed — «35 %» (docs/decisions.md#school-cell-and-percents-live).
 */
import type { Grid } from '../sheet/grid';
import { findMonitoringHeader } from './monitoring-header';

export function mayHoldTypedPercent(grid: Grid): boolean {
  const header = findMonitoringHeader(grid);
  const column = header?.columns.value;
  if (header === null || column === undefined) return false;
  for (let row = header.row; row < grid.values.length; row++) {
    const value = grid.values[row]?.[column - 1];
    if (typeof value === 'number' && !Number.isInteger(value)) return true;
  }
  return false;
}

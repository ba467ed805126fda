/** What a live check decides for one edit: which cells' marks to reconcile, and to what. */
import type { Area, Grid } from '../../core/sheet/grid';
import type { Mark } from './cell-marks';

export interface MarkPlan {
  /** Cells (`row:column`) whose marks are reconciled; every other cell is left alone. */
  readonly touched: ReadonlySet<string>;
  /** Wanted marks of the touched cells. */
  readonly wanted: ReadonlyMap<string, Mark>;
  /** True when the old and new marks of the touched cells are known to be the same. */
  readonly unchanged: boolean;
  /** True when a touched cell's marks depend on the saved context (the school list). */
  readonly needsContext: boolean;
  /** True when, with the context, the plan needs the edited sheet's name as the grid's (a tab's binding). */
  readonly needsSheetName?: boolean;
  /**
   * The row the curator is still typing after the edit, whose empty required cells wait until she
   * leaves it (base-edit.ts); null when none. Absent on sheets not typed row by row.
   */
  readonly typing?: number | null;
}

/** The grid before a single-cell edit, or null when it cannot be rebuilt (a block, or no old value). */
export function gridBefore(grid: Grid, area: Area, oldValue: unknown): Grid | null {
  if (area.rows !== 1 || area.columns !== 1 || oldValue === undefined) return null;
  const values = grid.values.map((row, index) => {
    if (index !== area.row - 1) return row;
    const copy = row.slice();
    while (copy.length < area.column) copy.push('');
    copy[area.column - 1] = oldValue;
    return copy;
  });
  return { ...grid, values };
}

/** The grid with the cells of `area` emptied: what a paste's marks are compared with, its old state being unknown. */
export function withBlockCleared(grid: Grid, area: Area): Grid {
  const values = grid.values.map((row, index) => {
    if (index < area.row - 1 || index >= area.row - 1 + area.rows) return row;
    const copy = row.slice();
    for (let c = area.column; c < area.column + area.columns; c++) if (c <= copy.length) copy[c - 1] = '';
    return copy;
  });
  return { ...grid, values };
}

/** Whether a cell keyed «row:column» (cell-marks.ts) lies in the edited block. */
export function inArea(cell: string, area: Area): boolean {
  const [row, column] = cell.split(':').map(Number);
  return (
    row >= area.row &&
    row < area.row + area.rows &&
    column >= area.column &&
    column < area.column + area.columns
  );
}

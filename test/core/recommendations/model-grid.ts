/** Edits and lookups on a generated sheet read back as a grid (src/core/templates/model-grid.ts). */
import type { Grid } from '../../../src/core/sheet/grid';

/** A copy of the grid's values with one cell changed (1-based), as a coordinator's edit. */
export function edit(grid: Grid, row: number, column: number, value: unknown): Grid {
  const values = grid.values.map((cells) => cells.slice());
  while (values[row - 1].length < column) values[row - 1].push('');
  values[row - 1][column - 1] = value;
  return { ...grid, values };
}

export function columnOf(grid: Grid, header: string): number {
  for (const row of grid.values) {
    const index = row.indexOf(header);
    if (index >= 0) return index + 1;
  }
  throw new Error(`no column ${header}`);
}

export function rowOf(grid: Grid, column: number, value: unknown): number {
  const index = grid.values.findIndex((row) => row[column - 1] === value);
  if (index < 0) throw new Error(`no row with ${String(value)}`);
  return index + 1;
}

/** What an adapter would read back from a written sheet model: a rectangular grid of plain values. */
import type { Grid } from '../../../src/core/grid';
import type { SheetModel } from '../../../src/core/sheet-model';

export function modelToGrid(model: SheetModel, name = model.name): Grid {
  const width = Math.max(0, ...model.cells.map((row) => row.length));
  const values = model.cells.map((row) => Array.from({ length: width }, (_, i) => row[i]?.value ?? ''));
  return { name, values, merges: model.merges };
}

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

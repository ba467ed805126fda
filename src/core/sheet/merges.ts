import type { Grid } from './grid';

/**
 * The grid read as if every cell of a merge held the merge's top-left value (Sheets and Excel
 * keep the value only there). Merges reaching past the value block are clipped to it.
 */
export function withMergesFilled(grid: Grid): Grid {
  const merges = grid.merges ?? [];
  if (merges.length === 0) return grid;
  const values = grid.values.map((row) => row.slice());
  for (const merge of merges) {
    const anchorRow = values[merge.row - 1];
    if (!anchorRow || merge.column - 1 >= anchorRow.length) continue;
    const value = anchorRow[merge.column - 1];
    const lastRow = Math.min(merge.row + merge.rows - 1, values.length);
    for (let r = merge.row; r <= lastRow; r++) {
      const row = values[r - 1];
      const lastColumn = Math.min(merge.column + merge.columns - 1, row.length);
      for (let c = merge.column; c <= lastColumn; c++) row[c - 1] = value;
    }
  }
  return { ...grid, values };
}

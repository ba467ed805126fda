/**
 * A Grid filled cell by cell as a file is read: rows grow only where a cell holds a value, and the
 * block is padded to a rectangle once at the end (no per-cell records on 10 000 rows). Both ways of
 * reading a .xlsx (exceljs worksheets, and the bare load model) fill one, so they give equal grids.
 */
import type { Grid, Merge } from '../core/sheet/grid';

/** Excel's name for "no number format"; Google calls the same thing «Автоматически». */
export const GENERAL_FORMAT = 'General';

export interface GridBuilder {
  /** Puts a cell's value (as getValues() gives it; '' is skipped) and its number format. */
  put(row: number, column: number, value: unknown, numberFormat: string | undefined): void;
  finish(merges: readonly Merge[]): Grid;
}

export function gridBuilder(name: string): GridBuilder {
  const values: unknown[][] = [];
  const numberFormats: string[][] = [];
  let lastRow = 0;
  let lastColumn = 0;
  return {
    put(row, column, value, numberFormat) {
      if (value === '') return;
      (values[row - 1] ??= [])[column - 1] = value;
      (numberFormats[row - 1] ??= [])[column - 1] = numberFormat || GENERAL_FORMAT;
      if (row > lastRow) lastRow = row;
      if (column > lastColumn) lastColumn = column;
    },
    finish(merges) {
      values.length = lastRow;
      numberFormats.length = lastRow;
      for (let r = 0; r < lastRow; r++) {
        const line = (values[r] ??= []);
        const formats = (numberFormats[r] ??= []);
        for (let c = 0; c < lastColumn; c++) {
          if (line[c] === undefined) {
            line[c] = '';
            formats[c] = GENERAL_FORMAT;
          }
        }
      }
      return { name, values, merges, numberFormats };
    },
  };
}

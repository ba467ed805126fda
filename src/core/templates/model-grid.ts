/**
 * A sheet model read back as the grid an adapter would return after drawing it: what a template
 * looks like to the parsers. The demo municipality is built on it.
 */
import type { Grid } from '../sheet/grid';
import type { SheetModel } from '../sheet/sheet-model';

export function modelToGrid(model: SheetModel): Grid {
  const width = model.cells.reduce((max, row) => Math.max(max, row.length), 0);
  const values = model.cells.map((row) => Array.from({ length: width }, (_, c) => row[c]?.value ?? ''));
  const numberFormats = model.cells.map((row) =>
    Array.from({ length: width }, (_, c) => row[c]?.style?.numberFormat ?? ''),
  );
  return { name: model.name, values, numberFormats, merges: model.merges };
}

/**
 * The Workbook port over a .xlsx opened only to be read (`check`, `summary` without -o): grids
 * straight from the file's model (see xlsx-book-model), merges and formats with them. Nothing can
 * be written to it: a run that saves a copy opens the file with exceljs's full model instead.
 */
import type { SheetInfo, Workbook } from '../app/workbook';
import type { Grid, Merge } from '../core/sheet/grid';
import type { BookModel, SheetModelOfFile } from './xlsx-book-model';
import { sheetModelMerges, sheetModelToGrid } from './xlsx-book-model';
import { markersOf } from './xlsx-generated-marker';
import { LIST_SHEET_NAME } from './xlsx-list-sheet';

/** The hidden sheet holding our long dropdown lists is the adapter's, not the user's. */
function isAdapterSheet(sheet: SheetModelOfFile): boolean {
  return sheet.name === LIST_SHEET_NAME && sheet.state === 'veryHidden';
}

export function readOnlyWorkbook(model: BookModel): Workbook {
  const sheets = model.sheets.filter((sheet) => !isAdapterSheet(sheet));
  const sheet = (name: string): SheetModelOfFile => {
    const found = sheets.find((s) => s.name === name);
    if (!found) throw new Error(`no sheet named ${name}`);
    return found;
  };
  const grid = (name: string): Grid => sheetModelToGrid(sheet(name));
  const readOnly = (): never => {
    throw new Error('this workbook was opened for reading only');
  };
  return {
    // Excel keeps at most 32 767 characters in a cell (Excel specifications and limits).
    cellTextLimit: 32767,
    listSheets(): SheetInfo[] {
      const markers = markersOf(model.definedNames);
      return sheets.map((s) => ({ name: s.name, generated: markers.get(s.name) ?? null }));
    },
    readSheet: grid,
    readMerges(name: string): readonly Merge[] {
      return sheetModelMerges(sheet(name));
    },
    readNumberFormats(name: string): readonly (readonly string[])[] {
      return grid(name).numberFormats ?? [];
    },
    writeGenerated: readOnly,
    createSheet: readOnly,
  };
}

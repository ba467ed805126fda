/**
 * The Workbook port over SpreadsheetApp. One run (a menu command, a sidebar call) reads each tab
 * at most once: values in one call, number formats in a second call only for tabs small enough to
 * be monitoring or catalogue tabs (where a %-format tells 0.35 from 35 %), merges in a third.
 */
import type { SheetInfo, Workbook } from '../app/workbook';
import type { Grid, Merge } from '../core/grid';
import type { GeneratedKind, SheetModel } from '../core/sheet-model';
import { clearSheet, drawSheetModel, ensureSize, modelSize } from './draw-sheet-model';
import { generatedSheets, markGenerated } from './generated-marker';
import { areaOfA1 } from './a1-area';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * Number formats are read only for tabs up to this many cells: a monitoring tab is ~50 × 6, the
 * catalogue ~60 × 10, while «База наставников» may hold 10 000 rows and needs no formats.
 */
export const FORMAT_CELL_LIMIT = 5000;

export interface SpreadsheetWorkbook extends Workbook {
  /** Grids read so far in this run, by tab name (for showing a cell's current text). */
  readonly readGrids: ReadonlyMap<string, Grid>;
}

export function spreadsheetWorkbook(spreadsheet: Spreadsheet): SpreadsheetWorkbook {
  const grids = new Map<string, Grid>();
  let sheets: SheetInfo[] | null = null;

  function find(name: string): Sheet {
    const sheet = spreadsheet.getSheetByName(name);
    if (!sheet) throw new Error(`Sheet not found: ${name}`);
    return sheet;
  }

  return {
    readGrids: grids,

    listSheets(): SheetInfo[] {
      if (sheets === null) {
        const marked = generatedSheets(spreadsheet);
        sheets = spreadsheet.getSheets().map((sheet) => {
          const name = sheet.getName();
          return { name, generated: marked.get(name) ?? null };
        });
      }
      return sheets.map((info) => ({ ...info }));
    },

    readSheet(name: string): Grid {
      const cached = grids.get(name);
      if (cached) return cached;
      const grid = readGrid(find(name), name);
      grids.set(name, grid);
      return grid;
    },

    writeGenerated(name: string, kind: GeneratedKind, model: SheetModel): void {
      const existing = spreadsheet.getSheetByName(name);
      const size = modelSize(model);
      let sheet: Sheet;
      if (existing) {
        sheet = existing;
        ensureSize(sheet, size, clearSheet(sheet));
      } else {
        sheet = spreadsheet.insertSheet(name, spreadsheet.getNumSheets());
        ensureSize(sheet, size);
      }
      drawSheetModel(sheet, model);
      markGenerated(sheet, kind);
      grids.delete(name);
      sheets = null;
    },

    createSheet(name: string, model: SheetModel): void {
      if (spreadsheet.getSheetByName(name)) throw new Error(`Sheet already exists: ${name}`);
      const sheet = spreadsheet.insertSheet(name, spreadsheet.getNumSheets());
      ensureSize(sheet, modelSize(model));
      drawSheetModel(sheet, model);
      grids.delete(name);
      sheets = null;
    },
  };
}

function readGrid(sheet: Sheet, name: string): Grid {
  const range = sheet.getDataRange();
  const values = range.getValues();
  const width = values.length > 0 ? values[0].length : 0;
  const merges: Merge[] = range.getMergedRanges().map((merged) => areaOfA1(merged.getA1Notation()));
  const numberFormats = values.length * width <= FORMAT_CELL_LIMIT ? range.getNumberFormats() : undefined;
  const empty = values.length === 1 && width === 1 && values[0][0] === '';
  return {
    name,
    values: empty ? [] : values,
    ...(merges.length > 0 ? { merges } : {}),
    ...(numberFormats && !empty ? { numberFormats } : {}),
  };
}

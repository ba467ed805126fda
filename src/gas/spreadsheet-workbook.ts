/**
 * The Workbook port over SpreadsheetApp. One run (a menu command, a sidebar call) reads each tab
 * at most once: values in one call, number formats in a second call only for tabs small enough to
 * be monitoring or catalogue tabs (where a %-format tells 0.35 from 35 %), merges in a third.
 */
import type { SheetInfo, Workbook } from '../app/workbook';
import type { Grid, Merge } from '../core/grid';
import type { GeneratedKind, SheetModel } from '../core/sheet-model';
import { drawSheetModel, ensureSize, modelSize } from './draw-sheet-model';
import { markedSheets, type Marker } from './generated-marker';
import { writeGeneratedSheet } from './generated-write';
import { areaOfA1 } from './a1-area';
import { sheetDates, type SheetDates } from './sheet-dates';

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
  let marked: Map<string, Marker> | null = null;
  const dates = sheetDates(() => spreadsheet.getSpreadsheetTimeZone());
  const markers = (): Map<string, Marker> => (marked ??= markedSheets(spreadsheet));

  function find(name: string): Sheet {
    const sheet = spreadsheet.getSheetByName(name);
    if (!sheet) throw new Error(`Sheet not found: ${name}`);
    return sheet;
  }

  function listSheets(): SheetInfo[] {
    if (sheets === null) {
      const marked = markers();
      sheets = spreadsheet.getSheets().map((sheet): SheetInfo => {
        const name = sheet.getName();
        const marker = marked.get(name);
        if (marker?.state === 'backup' || marker?.state === 'backup-pending') {
          return {
            name,
            generated: null,
            backup: { kind: marker.kind, complete: marker.state === 'backup' },
          };
        }
        return {
          name,
          generated: marker?.kind ?? null,
          ...(marker?.state === 'drawing' ? { incomplete: true } : {}),
        };
      });
    }
    return sheets.map((info) => ({ ...info }));
  }

  return {
    // Google Sheets refuses a cell over 50 000 characters («Your input contains more than the maximum of 50000 characters in a single cell»).
    cellTextLimit: 50000,
    readGrids: grids,
    listSheets,

    readSheet(name: string): Grid {
      const cached = grids.get(name);
      if (cached) return cached;
      // The add-on's own sheets are read for their values alone (to merge the coordinator's edits).
      const grid = markers().has(name) ? valuesOnly(find(name), name, dates) : readGrid(find(name), name, dates);
      grids.set(name, grid);
      return grid;
    },

    writeGenerated(name: string, kind: GeneratedKind, model: SheetModel): void {
      writeGeneratedSheet(spreadsheet, {
        name,
        kind,
        model,
        read: grids.get(name)?.values ?? null,
        markers: markers(),
        dates,
      });
      grids.delete(name);
      sheets = null;
      marked = null;
    },

    createSheet(name: string, model: SheetModel): void {
      if (spreadsheet.getSheetByName(name)) throw new Error(`Sheet already exists: ${name}`);
      const sheet = spreadsheet.insertSheet(name, spreadsheet.getNumSheets());
      ensureSize(sheet, modelSize(model));
      drawSheetModel(sheet, model, dates);
      grids.delete(name);
      sheets = null;
    },
  };
}

function valuesOnly(sheet: Sheet, name: string, dates: SheetDates): Grid {
  const values = dates.readRows(sheet.getDataRange().getValues());
  const empty = values.length === 1 && values[0].length === 1 && values[0][0] === '';
  return { name, values: empty ? [] : values };
}

function readGrid(sheet: Sheet, name: string, dates: SheetDates): Grid {
  const range = sheet.getDataRange();
  const values = dates.readRows(range.getValues());
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

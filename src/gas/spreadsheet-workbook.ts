/**
 * The Workbook port over SpreadsheetApp. One run (a menu command, a sidebar call) reads each tab's
 * values once; its merges or number formats only when the analysis asks for them (the base's
 * merged mentors, the catalogue's and percent indicators' formats), so no sheet is read more than
 * twice. Service calls are the cost in Apps Script.
 */
import type { CellBlock, SheetInfo, Workbook } from '../app/workbook';
import type { Grid, Merge } from '../core/sheet/grid';
import type { GeneratedKind, SheetModel } from '../core/sheet/sheet-model';
import { drawSheetModel, fitSheet, newSheetSize } from './draw-sheet-model';
import { markedSheets, type Marker } from './generated-marker';
import { writeGeneratedSheet } from './generated-write';
import { mergesOf } from './a1-area';
import { fingerprint } from './fingerprint';
import { literalValue } from './literal-value';
import { sheetDates } from './sheet-dates';
import { usedRows } from './used-rows';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

export interface SpreadsheetWorkbook extends Workbook {
  /** Grids read so far in this run, by tab name (for showing a cell's current text). */
  readonly readGrids: ReadonlyMap<string, Grid>;
  /** The change stamp of a sheet this run read (fingerprint.ts, of the values as Sheets gave them); null when not read. */
  stampOf(name: string): string | null;
  /** The sheet itself, the one listSheets() saw when it did (no second look-up by name); null when there is none. */
  sheetNamed(name: string): Sheet | null;
}

export function spreadsheetWorkbook(spreadsheet: Spreadsheet): SpreadsheetWorkbook {
  const grids = new Map<string, Grid>();
  let sheets: SheetInfo[] | null = null;
  /** The sheets listSheets() read, by name: a service call saved on every sheet a run reads. */
  const listed = new Map<string, Sheet>();
  /** Sheets created in this run, the templates of copySheet; and the count, once known. */
  const created = new Map<string, Sheet>();
  let sheetCount: number | undefined;
  let marked: Map<string, Marker> | null = null;
  const dates = sheetDates(() => spreadsheet.getSpreadsheetTimeZone());
  const markers = (): Map<string, Marker> => (marked ??= markedSheets(spreadsheet));

  function find(name: string): Sheet {
    const sheet = listed.get(name) ?? spreadsheet.getSheetByName(name);
    if (!sheet) throw new Error(`Sheet not found: ${name}`);
    return sheet;
  }

  /** Values of each sheet as Sheets gave them (dates not yet converted), for change stamps. */
  const raws = new Map<string, unknown[][]>();

  /** The used range of each sheet read this run: values, merges and formats come from one range. */
  const ranges = new Map<string, Range>();
  function usedRange(name: string): Range {
    let range = ranges.get(name);
    if (!range) {
      range = find(name).getDataRange();
      ranges.set(name, range);
    }
    return range;
  }

  function listSheets(): SheetInfo[] {
    if (sheets === null) {
      const marked = markers();
      listed.clear();
      sheets = spreadsheet.getSheets().map((sheet): SheetInfo => {
        const name = sheet.getName();
        listed.set(name, sheet);
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
    stampOf(name: string): string | null {
      const raw = raws.get(name);
      return raw === undefined ? null : fingerprint(name, raw);
    },
    listSheets,
    sheetNamed: (name: string): Sheet | null => listed.get(name) ?? spreadsheet.getSheetByName(name),

    readSheet(name: string): Grid {
      const cached = grids.get(name);
      if (cached) return cached;
      const raw = usedRange(name).getValues();
      raws.set(name, raw);
      const values = dates.readRows(raw);
      const grid = { name, values: usedRows(values) };
      grids.set(name, grid);
      return grid;
    },

    readMerges(name: string): readonly Merge[] {
      return mergesOf(usedRange(name));
    },

    readNumberFormats(name: string): readonly (readonly string[])[] {
      return usedRange(name).getNumberFormats();
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
      listed.clear();
      marked = null;
    },

    createSheet(name: string, model: SheetModel): void {
      if (spreadsheet.getSheetByName(name)) throw new Error(`Sheet already exists: ${name}`);
      const sheet = spreadsheet.insertSheet(name, spreadsheet.getNumSheets());
      fitSheet(sheet, newSheetSize(model));
      drawSheetModel(sheet, model, dates);
      created.set(name, sheet);
      if (sheetCount !== undefined) sheetCount++;
      grids.delete(name);
      sheets = null;
      listed.clear();
    },

    /** Three calls a sheet: the copy, its range and one write (insertSheet refuses a taken name). */
    copySheet(source: string, name: string, block: CellBlock): void {
      const template = created.get(source) ?? find(source);
      sheetCount ??= spreadsheet.getNumSheets();
      const sheet = spreadsheet.insertSheet(name, sheetCount++, { template });
      const width = Math.max(1, ...block.values.map((row) => row.length));
      sheet
        .getRange(block.row, block.column, block.values.length, width)
        .setValues(block.values.map((row) => row.map((value) => literalValue(dates.write(value)))));
      created.set(name, sheet);
      grids.delete(name);
      sheets = null;
      listed.clear();
    },
  };
}

/**
 * The Workbook port over an exceljs workbook: the .xlsx twin of the Apps Script adapter. Reads
 * give the grids getValues() would give; writes draw sheet models; the whole book comes out as
 * the bytes of a new file, which the caller saves (the command line: atomically, never over the input).
 */
import ExcelJS from 'exceljs';
import type { Workbook, SheetInfo } from '../app/workbook';
import type { Grid, Merge } from '../core/sheet/grid';
import type { GeneratedKind, SheetModel } from '../core/sheet/sheet-model';
import { MAX_SHEET_NAME } from '../core/templates/sheet-name';
import { drawModel } from './xlsx-draw-model';
import { copyWorksheet } from './xlsx-sheet-copy';
import { applyPrintLayout } from './xlsx-print-layout';
import { loadWorkbookBytes, loadWorkbookModel } from './xlsx-open';
import { xlsxSavedAt } from './xlsx-saved-at';
import { readOnlyWorkbook } from './xlsx-read-workbook';
import { readMarkers, setMarker } from './xlsx-generated-marker';
import { drawGrid, type GridSheet } from './xlsx-grid-sheet';
import { LIST_SHEET_NAME } from './xlsx-list-sheet';
import { worksheetMerges, worksheetToGrid } from './xlsx-sheet-grid';

export interface XlsxWorkbook extends Workbook {
  /** Adds a plain sheet holding `sheet.values` as a user would have typed them (demo files, fixtures). */
  addGridSheet(sheet: GridSheet): void;
  /** Copies the sheet `name` of another opened file here as `as` (collect: a school's tab into the municipal book). */
  copySheetFrom(source: XlsxWorkbook, name: string, as: string): void;
  /** The whole book as the bytes of an .xlsx file. */
  toBuffer(): Promise<Uint8Array>;
  /** When the opened file was last saved, by its own core properties (xlsx-saved-at.ts); null for a new book. */
  readonly savedAt: Date | null;
}

/** The exceljs book behind each wrapper, for copying sheets between two of them. */
const books = new WeakMap<XlsxWorkbook, ExcelJS.Workbook>();

/** exceljs orders tabs by this run-time field (absent from its typings). */
type Ordered = ExcelJS.Worksheet & { orderNo: number };

function isAdapterSheet(worksheet: ExcelJS.Worksheet): boolean {
  return worksheet.name === LIST_SHEET_NAME && worksheet.state === 'veryHidden';
}

export function wrapWorkbook(book: ExcelJS.Workbook, savedAt: Date | null = null): XlsxWorkbook {
  const sheet = (name: string): ExcelJS.Worksheet => {
    const found = book.getWorksheet(name);
    if (!found || isAdapterSheet(found)) throw new Error(`no sheet named ${name}`);
    return found;
  };
  // Excel, like Google Sheets, forbids two tabs whose names differ only in case.
  const taken = (name: string): boolean =>
    book.worksheets.some((ws) => ws.name.toLowerCase() === name.toLowerCase());
  const addSheet = (name: string): ExcelJS.Worksheet => {
    if (taken(name)) throw new Error(`a sheet named ${name} already exists`);
    // exceljs would cut a longer name with a console warning, and the marker would miss the sheet.
    if (name.length > MAX_SHEET_NAME)
      throw new Error(`sheet name longer than ${MAX_SHEET_NAME} characters: ${name}`);
    return book.addWorksheet(name);
  };
  const toBuffer = async (): Promise<Uint8Array> => new Uint8Array(await book.xlsx.writeBuffer());

  const wrapper: XlsxWorkbook = {
    // Excel keeps at most 32 767 characters in a cell (Excel specifications and limits).
    cellTextLimit: 32767,
    listSheets(): SheetInfo[] {
      const markers = readMarkers(book);
      return book.worksheets
        .filter((worksheet) => !isAdapterSheet(worksheet))
        .map((worksheet) => ({ name: worksheet.name, generated: markers.get(worksheet.name) ?? null }));
    },

    // A file holds the layout with the values: readSheet gives merges and formats with them.
    readSheet(name: string): Grid {
      return worksheetToGrid(sheet(name));
    },

    readMerges(name: string): readonly Merge[] {
      return worksheetMerges(sheet(name));
    },

    readNumberFormats(name: string): readonly (readonly string[])[] {
      return worksheetToGrid(sheet(name)).numberFormats ?? [];
    },

    writeGenerated(name: string, kind: GeneratedKind, model: SheetModel): void {
      const old = book.getWorksheet(name);
      let worksheet: ExcelJS.Worksheet;
      if (old) {
        // Replaced in place: a new sheet takes the old one's position, other sheets stay as they are.
        const position = (old as Ordered).orderNo;
        book.removeWorksheet(old.id);
        worksheet = book.addWorksheet(name);
        (worksheet as Ordered).orderNo = position;
      } else {
        worksheet = addSheet(name);
      }
      drawModel(worksheet, model);
      applyPrintLayout(worksheet, model);
      setMarker(book, kind, name);
    },

    // A template is printed too (a school's form on paper): the same layout as the generated sheets.
    createSheet(name: string, model: SheetModel): void {
      const worksheet = addSheet(name);
      drawModel(worksheet, model);
      applyPrintLayout(worksheet, model);
    },

    addGridSheet(grid: GridSheet): void {
      drawGrid(addSheet(grid.name), grid);
    },

    copySheetFrom(source: XlsxWorkbook, name: string, as: string): void {
      const from = books.get(source)?.getWorksheet(name);
      if (!from) throw new Error(`no sheet named ${name} in the source`);
      copyWorksheet(from, addSheet(as));
    },

    toBuffer,
    savedAt,
  };
  books.set(wrapper, book);
  return wrapper;
}

export function newXlsxWorkbook(): XlsxWorkbook {
  return wrapWorkbook(new ExcelJS.Workbook());
}

/**
 * Opens the bytes of an .xlsx to be copied (saved as a new file); bytes that are not a readable
 * workbook give an XlsxOpenError naming the problem.
 */
export async function openXlsxWorkbook(bytes: Uint8Array): Promise<XlsxWorkbook> {
  const book = await loadWorkbookBytes(bytes);
  return wrapWorkbook(book, xlsxSavedAt(bytes));
}

/** Opens the bytes of an .xlsx only to be read (faster: see xlsx-book-model); errors as above. */
export async function readXlsxWorkbook(bytes: Uint8Array): Promise<Workbook> {
  return readOnlyWorkbook(await loadWorkbookModel(bytes));
}

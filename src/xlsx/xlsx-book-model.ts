/**
 * A .xlsx read for a run that saves no copy (`check`, `summary` without -o), by exceljs's own
 * parsers but not its `xlsx.load`. That load unzips with pure-JavaScript JSZip and pako, parses every
 * part, reconciles the model (shared strings, styles, dates, links) and then builds Worksheet, Row
 * and Cell objects from it. On a 300-school book the unzipping and the objects (and the garbage they
 * leave) are a third of the time, and a read-only run uses neither. So here Node's zlib unzips, the
 * parts a grid needs go through the same parsers and the same reconcile as in `load`, and the
 * reconciled model is read directly.
 *
 * The steps and shapes below are exceljs 4.4's (lib/xlsx/xlsx.js `load`, lib/xlsx/xform), pinned
 * in package.json. A test reads the same files both ways and requires equal grids, so a change in
 * exceljs shows there.
 */
import ExcelJS from 'exceljs';
import { PassThrough } from 'node:stream';
import SharedStringsXform from 'exceljs/lib/xlsx/xform/strings/shared-strings-xform.js';
import StylesXform from 'exceljs/lib/xlsx/xform/style/styles-xform.js';
import type { Grid, Merge } from '../core/sheet/grid';
import { toGridValue } from './xlsx-cell-value';
import { gridBuilder } from './xlsx-grid-builder';
import { boundedParts, WORKSHEET_PART } from './xlsx-bounded-parts';
import type { XlsxLimits } from './xlsx-limits';

interface CellModel {
  readonly address?: string;
  readonly type: number;
  readonly value?: unknown;
  readonly text?: unknown;
  readonly hyperlink?: unknown;
  readonly result?: unknown;
  readonly style?: { readonly numFmt?: string };
}

interface RowModel {
  readonly number: number;
  readonly cells: readonly CellModel[];
}

export interface SheetModelOfFile {
  readonly id: number;
  readonly name: string;
  readonly state?: string;
  readonly rows: readonly RowModel[];
  // Absent (null) when the sheet has no merges.
  readonly mergeCells?: readonly string[] | null;
}

export interface DefinedNameModel {
  readonly name: string;
  readonly ranges: readonly string[];
}

export interface BookModel {
  /** Sheets in tab order. */
  readonly sheets: readonly SheetModelOfFile[];
  readonly definedNames: readonly DefinedNameModel[];
}

/** What `load` gathers before reconciling (lib/xlsx/xlsx.js), with the parts a grid needs. */
interface LoadModel {
  worksheets: (SheetModelOfFile | undefined)[];
  worksheetHash: Record<string, unknown>;
  worksheetRels: unknown[];
  themes: object;
  media: unknown[];
  mediaIndex: object;
  drawings: object;
  drawingRels: object;
  comments: object;
  tables: object;
  vmlDrawings: object;
  globalRels?: unknown;
  workbookRels?: unknown;
  sheets?: readonly { readonly id: number }[];
  definedNames?: readonly DefinedNameModel[];
  sharedStrings?: SharedStringsXform;
  styles?: StylesXform;
  [part: string]: unknown;
}

type Chunks = Iterable<string> | PassThrough;

/** exceljs's XLSX object: the steps of `load`, called here one by one. */
interface XlsxSteps {
  parseRels(chunks: Chunks): Promise<unknown>;
  parseWorkbook(chunks: Chunks): Promise<Record<string, unknown>>;
  reconcile(model: LoadModel, options: object): void;
  [step: `_process${string}`]: (chunks: Chunks, model: LoadModel, ...rest: string[]) => Promise<void>;
}

/** The parsers take any iterable of text; pieces keep the parser's event batches small. */
function* pieces(text: string): Generator<string> {
  const size = 64 * 1024;
  for (let at = 0; at < text.length; at += size) yield text.slice(at, at + size);
}

/** Images and themes are read by exceljs as byte streams, every other part as text. */
function byteStream(bytes: Buffer): PassThrough {
  const stream = new PassThrough();
  stream.end(bytes);
  return stream;
}

/** `load`'s dispatch of zip parts other than the fixed ones: part name → step, in its order. */
const PART_STEPS: readonly {
  readonly part: RegExp;
  readonly step: `_process${string}`;
  readonly bytes?: true;
}[] = [
  { part: WORKSHEET_PART, step: '_processWorksheetEntry' },
  { part: /xl\/worksheets\/_rels\/sheet(\d+)[.]xml.rels/, step: '_processWorksheetRelsEntry' },
  { part: /xl\/theme\/([a-zA-Z0-9]+)[.]xml/, step: '_processThemeEntry', bytes: true },
  { part: /xl\/media\/([a-zA-Z0-9]+[.][a-zA-Z0-9]{3,4})$/, step: '_processMediaEntry', bytes: true },
  { part: /xl\/drawings\/([a-zA-Z0-9]+)[.]xml/, step: '_processDrawingEntry' },
  { part: /xl\/(comments\d+)[.]xml/, step: '_processCommentEntry' },
  { part: /xl\/tables\/(table\d+)[.]xml/, step: '_processTableEntry' },
  { part: /xl\/drawings\/_rels\/([a-zA-Z0-9]+)[.]xml[.]rels/, step: '_processDrawingRelsEntry' },
  { part: /xl\/drawings\/(vmlDrawing\d+)[.]vml/, step: '_processVmlDrawingEntry' },
];

/** One `load` under way: exceljs's steps, the model they fill and the load options. */
interface Loading {
  readonly xlsx: XlsxSteps;
  readonly model: LoadModel;
  readonly options: object;
}

async function readPart({ xlsx, model, options }: Loading, name: string, bytes: Buffer): Promise<void> {
  const text = (): Iterable<string> => pieces(bytes.toString('utf8'));
  if (name === '_rels/.rels') model.globalRels = await xlsx.parseRels(text());
  else if (name === 'xl/_rels/workbook.xml.rels') model.workbookRels = await xlsx.parseRels(text());
  else if (name === 'xl/workbook.xml') {
    const workbook = await xlsx.parseWorkbook(text());
    for (const part of ['sheets', 'definedNames', 'views', 'properties', 'calcProperties'])
      model[part] = workbook[part];
  } else if (name === 'xl/sharedStrings.xml') {
    model.sharedStrings = new SharedStringsXform();
    await model.sharedStrings.parseStream(text());
  } else if (name === 'xl/styles.xml') {
    model.styles = new StylesXform();
    await model.styles.parseStream(text());
  } else {
    for (const { part, step, bytes: asBytes } of PART_STEPS) {
      const match = part.exec(name);
      if (!match) continue;
      const chunks = asBytes ? byteStream(bytes) : text();
      // The worksheet step also takes the load options and the part's name, as in `load`.
      await xlsx[step](chunks, model, match[1], options as never, name);
      return;
    }
  }
}

/**
 * Loads `bytes` up to exceljs's reconciled model; throws on a broken file, and an XlsxOpenError
 * on one over `limits` before parsing the part that goes over.
 */
export async function loadBookModel(
  bytes: Uint8Array,
  options: Partial<ExcelJS.XlsxReadOptions>,
  limits: XlsxLimits,
): Promise<BookModel> {
  const xlsx = new ExcelJS.Workbook().xlsx as unknown as XlsxSteps;
  const model: LoadModel = {
    worksheets: [],
    worksheetHash: {},
    worksheetRels: [],
    themes: {},
    media: [],
    mediaIndex: {},
    drawings: {},
    drawingRels: {},
    comments: {},
    tables: {},
    vmlDrawings: {},
  };
  for (const part of boundedParts(bytes, limits))
    await readPart({ xlsx, model, options }, part.name, part.bytes());
  xlsx.reconcile(model, options);
  // Tab order as exceljs's own `worksheets` gives it: the order of <sheet> in workbook.xml.
  const order = (id: number): number => model.sheets?.findIndex((sheet) => sheet.id === id) ?? id;
  const sheets = model.worksheets
    .filter((sheet): sheet is SheetModelOfFile => sheet !== undefined && sheet !== null)
    .sort((a, b) => order(a.id) - order(b.id));
  return { sheets, definedNames: model.definedNames ?? [] };
}

// exceljs's ValueType numbers (Enums.ValueType), which its typings declare as a const enum.
const HYPERLINK = 5;
const FORMULA = 6;

/** The value a cell of this model holds, as exceljs's `cell.value` (a formula's as its result). */
function modelValue(cell: CellModel): unknown {
  if (cell.type === HYPERLINK) return { text: cell.text, hyperlink: cell.hyperlink };
  if (cell.type === FORMULA) return cell.result;
  return cell.value;
}

/** Column number of an A1 address's letters (`AB12` → 28); 0 for an address without letters. */
function columnOf(address: string): number {
  let column = 0;
  for (let i = 0; i < address.length; i++) {
    const code = address.charCodeAt(i);
    if (code < 65 || code > 90) break;
    column = column * 26 + (code - 64);
  }
  return column;
}

function rangeToMerge(range: string): Merge | null {
  const match = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(range.replace(/\$/g, ''));
  if (!match) return null;
  const [top, bottom] = [Number(match[2]), Number(match[4] ?? match[2])];
  const [left, right] = [columnOf(match[1]), columnOf(match[3] ?? match[1])];
  const row = Math.min(top, bottom);
  const column = Math.min(left, right);
  return { row, column, rows: Math.abs(bottom - top) + 1, columns: Math.abs(right - left) + 1 };
}

export function sheetModelMerges(sheet: SheetModelOfFile): Merge[] {
  return (sheet.mergeCells ?? [])
    .map(rangeToMerge)
    .filter((merge): merge is Merge => merge !== null)
    .sort((a, b) => a.row - b.row || a.column - b.column);
}

/** Whether (row, column) is covered by one of `merges` without being its top-left cell. */
function isMergedTail(merges: readonly Merge[], row: number, column: number): boolean {
  return merges.some(
    (m) => column >= m.column && column < m.column + m.columns && (row !== m.row || column !== m.column),
  );
}

export function sheetModelToGrid(sheet: SheetModelOfFile): Grid {
  const grid = gridBuilder(sheet.name);
  const merges = sheetModelMerges(sheet);
  let rowNumber = 0;
  for (const row of sheet.rows) {
    // A <row> or <c> without its `r` attribute follows the one before (as exceljs reads them).
    rowNumber = Number.isInteger(row.number) && row.number > 0 ? row.number : rowNumber + 1;
    const across = merges.filter((m) => rowNumber >= m.row && rowNumber < m.row + m.rows);
    let column = 0;
    for (const cell of row.cells) {
      const addressed = cell.address === undefined ? 0 : columnOf(cell.address);
      column = addressed > 0 ? addressed : column + 1;
      // Only a merge's top-left cell holds the value, as in Sheets.
      if (across.length > 0 && isMergedTail(across, rowNumber, column)) continue;
      grid.put(rowNumber, column, toGridValue(modelValue(cell)), cell.style?.numFmt);
    }
  }
  return grid.finish(merges);
}

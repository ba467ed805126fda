/**
 * Draws a SheetModel onto a sheet with a constant number of service calls whatever the number of
 * rows: each property is written for the whole block at once (setValues, setNumberFormats, …);
 * only merges, widths, rules and charts cost one call each, and the model has a fixed few.
 */
import type { Area } from '../core/sheet/grid';
import type {
  CellStyle,
  ChartIntent,
  ConditionalFormatIntent,
  DataValidationIntent,
  SheetModel,
} from '../core/sheet/sheet-model';
import { literalValue } from './literal-value';
import type { SheetDates } from './sheet-dates';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** What Sheets reports for a cell left on «Автоматически». */
const AUTOMATIC_FORMAT = '0.###############';
const DEFAULT_FONT_SIZE = 10;
const DEFAULT_COLUMN_WIDTH = 100;

export interface ModelSize {
  readonly rows: number;
  readonly columns: number;
}

export function modelSize(model: SheetModel): ModelSize {
  let columns = Math.max(1, model.columnWidths.length);
  for (const row of model.cells) columns = Math.max(columns, row.length);
  const spans = [
    ...model.merges,
    ...model.conditionalFormats.map((c) => c.area),
    ...model.dataValidations.map((d) => d.area),
    ...model.charts.map((c) => c.area),
  ];
  let rows = Math.max(1, model.cells.length);
  for (const area of spans) {
    rows = Math.max(rows, area.row + area.rows - 1);
    columns = Math.max(columns, area.column + area.columns - 1);
  }
  for (const column of model.hiddenColumns ?? []) columns = Math.max(columns, column);
  return { rows, columns };
}

/**
 * Grows the sheet to hold the model and returns it; `current` is the sheet's size when the caller
 * already knows it (saves two reads). A sheet being redrawn is never shrunk: a formula elsewhere
 * that points below the model would turn into #REF!.
 */
export function ensureSize(sheet: Sheet, size: ModelSize, current?: ModelSize): void {
  const rows = current ? current.rows : sheet.getMaxRows();
  const columns = current ? current.columns : sheet.getMaxColumns();
  if (rows < size.rows) sheet.insertRowsAfter(rows, size.rows - rows);
  if (columns < size.columns) sheet.insertColumnsAfter(columns, size.columns - columns);
}

/**
 * Room left on a new sheet past what it uses (docs/decisions.md#tabs-from-the-roster): a few
 * rows for a remark under a table, a column for a comment beside it. Google counts every cell of
 * every sheet against 10 000 000 for the whole spreadsheet, and a new sheet has 1 000 × 26.
 */
export const SHEET_MARGIN: ModelSize = { rows: 20, columns: 2 };
/** The rows of a new sheet in Google Sheets: a list to fill keeps them for its entries. */
const NEW_SHEET_ROWS = 1000;

/** What a new sheet for `model` keeps: its size plus the margin; a bare header keeps room for a list. */
export function newSheetSize(model: SheetModel): ModelSize {
  const size = modelSize(model);
  const list = model.cells.length <= Math.max(1, model.frozenRows);
  // A chart is placed at a cell, which must be on the sheet.
  const anchors = model.charts.map((chart) => chart.anchor);
  return {
    rows: Math.max(size.rows + SHEET_MARGIN.rows, list ? NEW_SHEET_ROWS : 0, ...anchors.map((a) => a.row)),
    columns: Math.max(size.columns + SHEET_MARGIN.columns, ...anchors.map((a) => a.column)),
  };
}

/**
 * Gives a sheet exactly `size`: rows and columns beyond it are deleted, missing ones inserted —
 * at most two calls. `current` is the sheet's size when the caller knows it.
 */
export function fitSheet(sheet: Sheet, size: ModelSize, current?: ModelSize): void {
  const rows = current ? current.rows : sheet.getMaxRows();
  const columns = current ? current.columns : sheet.getMaxColumns();
  if (rows < size.rows) sheet.insertRowsAfter(rows, size.rows - rows);
  else if (rows > size.rows) sheet.deleteRows(size.rows + 1, rows - size.rows);
  if (columns < size.columns) sheet.insertColumnsAfter(columns, size.columns - columns);
  else if (columns > size.columns) sheet.deleteColumns(size.columns + 1, columns - size.columns);
}

/**
 * Returns the sheet to a blank state (contents, formats, notes, merges, validations, rules, charts,
 * hidden columns, widths, frozen rows) while keeping the tab itself: its position, id and the
 * links and protections that point at it. Returns the sheet's size.
 */
export function clearSheet(sheet: Sheet): ModelSize {
  const rows = sheet.getMaxRows();
  const columns = sheet.getMaxColumns();
  const all = sheet.getRange(1, 1, rows, columns);
  all.breakApart();
  all.clear();
  all.clearNote();
  all.clearDataValidations();
  sheet.clearConditionalFormatRules();
  for (const chart of sheet.getCharts()) sheet.removeChart(chart);
  sheet.showColumns(1, columns);
  sheet.setColumnWidths(1, columns, DEFAULT_COLUMN_WIDTH);
  sheet.setFrozenRows(0);
  return { rows, columns };
}

function matrix<T>(size: ModelSize, model: SheetModel, pick: (value: ModelCellLike) => T): T[][] {
  const out: T[][] = [];
  for (let r = 0; r < size.rows; r++) {
    const line: T[] = [];
    const row = model.cells[r] ?? [];
    for (let c = 0; c < size.columns; c++) line.push(pick(row[c] ?? EMPTY));
    out.push(line);
  }
  return out;
}

interface ModelCellLike {
  readonly value: unknown;
  readonly style?: CellStyle;
}

const EMPTY: ModelCellLike = { value: null };

/** True when some cell of the model sets this style property (otherwise the call is skipped). */
function uses(model: SheetModel, key: keyof CellStyle): boolean {
  return model.cells.some((row) => row.some((cell) => cell.style?.[key] !== undefined));
}

/**
 * Draws the model from A1 on a blank sheet large enough for it (see clearSheet / ensureSize);
 * the model's dates are written as the days they name in the spreadsheet's time zone.
 */
export function drawSheetModel(sheet: Sheet, model: SheetModel, dates: SheetDates): void {
  const size = modelSize(model);
  const block = sheet.getRange(1, 1, size.rows, size.columns);
  block.setValues(matrix(size, model, (cell) => literalValue(dates.write(cell.value))));
  if (uses(model, 'numberFormat'))
    block.setNumberFormats(matrix(size, model, (cell) => cell.style?.numberFormat ?? AUTOMATIC_FORMAT));
  if (uses(model, 'bold'))
    block.setFontWeights(matrix(size, model, (cell) => (cell.style?.bold ? 'bold' : 'normal')));
  if (uses(model, 'italic'))
    block.setFontStyles(matrix(size, model, (cell) => (cell.style?.italic ? 'italic' : 'normal')));
  if (uses(model, 'fontColor'))
    block.setFontColors(matrix(size, model, (cell) => cell.style?.fontColor ?? '#000000'));
  if (uses(model, 'background'))
    block.setBackgrounds(matrix(size, model, (cell) => cell.style?.background ?? null));
  if (uses(model, 'wrap')) block.setWraps(matrix(size, model, (cell) => cell.style?.wrap === true));
  if (uses(model, 'align'))
    block.setHorizontalAlignments(matrix(size, model, (cell) => cell.style?.align ?? null));
  if (uses(model, 'fontSize'))
    block.setFontSizes(matrix(size, model, (cell) => cell.style?.fontSize ?? DEFAULT_FONT_SIZE));
  if (model.note) {
    sheet.getRange(1, 1).setNote(model.note);
  }
  for (const area of model.merges) rangeOf(sheet, area).merge();
  setWidths(sheet, model.columnWidths);
  if (model.frozenRows > 0) sheet.setFrozenRows(model.frozenRows);
  if (model.conditionalFormats.length > 0) {
    sheet.setConditionalFormatRules(
      groupRules(model.conditionalFormats).map((group) => conditionalRule(sheet, group)),
    );
  }
  for (const intent of model.dataValidations) addDataValidation(sheet, intent);
  for (const { area, description } of model.protections ?? [])
    rangeOf(sheet, area).protect().setDescription(description).setWarningOnly(true);
  for (const run of runs(model.hiddenColumns ?? [])) sheet.hideColumns(run.start, run.count);
  for (const { row, height } of model.rowHeights ?? []) sheet.setRowHeight(row, height);
  for (const chart of model.charts) insertChart(sheet, chart);
}

function rangeOf(sheet: Sheet, area: Area): GoogleAppsScript.Spreadsheet.Range {
  return sheet.getRange(area.row, area.column, area.rows, area.columns);
}

/** One call per run of equal widths, so a model with uniform widths costs one call. */
function setWidths(sheet: Sheet, widths: readonly number[]): void {
  let start = 0;
  while (start < widths.length) {
    let end = start;
    while (end + 1 < widths.length && widths[end + 1] === widths[start]) end++;
    if (widths[start] > 0) sheet.setColumnWidths(start + 1, end - start + 1, widths[start]);
    start = end + 1;
  }
}

function runs(columns: readonly number[]): { start: number; count: number }[] {
  const sorted = [...new Set(columns)].sort((a, b) => a - b);
  const out: { start: number; count: number }[] = [];
  for (const column of sorted) {
    const last = out[out.length - 1];
    if (last && last.start + last.count === column) last.count++;
    else out.push({ start: column, count: 1 });
  }
  return out;
}

/** Intents with the same condition and colours become one rule over several ranges. */
function groupRules(intents: readonly ConditionalFormatIntent[]): ConditionalFormatIntent[][] {
  const groups = new Map<string, ConditionalFormatIntent[]>();
  for (const intent of intents) {
    const key = JSON.stringify([intent.when, intent.background, intent.fontColor ?? null]);
    const group = groups.get(key);
    if (group) group.push(intent);
    else groups.set(key, [intent]);
  }
  return [...groups.values()];
}

function conditionalRule(
  sheet: Sheet,
  group: readonly ConditionalFormatIntent[],
): GoogleAppsScript.Spreadsheet.ConditionalFormatRule {
  const [intent] = group;
  let builder = SpreadsheetApp.newConditionalFormatRule();
  const when = intent.when;
  if (when.kind === 'less-than') builder = builder.whenNumberLessThan(when.value);
  else if (when.kind === 'greater-or-equal') builder = builder.whenNumberGreaterThanOrEqualTo(when.value);
  else builder = builder.whenTextEqualTo(when.value);
  builder = builder.setBackground(intent.background);
  if (intent.fontColor) builder = builder.setFontColor(intent.fontColor);
  return builder.setRanges(group.map((member) => rangeOf(sheet, member.area))).build();
}

function addDataValidation(sheet: Sheet, intent: DataValidationIntent): void {
  const rule = SpreadsheetApp.newDataValidation()
    .requireValueInList([...intent.values], true)
    .setAllowInvalid(!intent.strict)
    .build();
  rangeOf(sheet, intent.area).setDataValidation(rule);
}

function insertChart(sheet: Sheet, intent: ChartIntent): void {
  const builder = sheet.newChart();
  const typed = intent.kind === 'bar' ? builder.asBarChart() : builder.asColumnChart();
  const chart = typed
    .addRange(rangeOf(sheet, intent.area))
    .setPosition(intent.anchor.row, intent.anchor.column, 0, 0)
    .setOption('title', intent.title)
    .setOption('legend', { position: 'bottom' })
    .setOption('width', 720)
    .setOption('height', 420)
    .build();
  sheet.insertChart(chart);
}

/**
 * Sheet: one tab. New sheets are 1000 rows × 26 columns; like Google, getRange outside the grid
 * throws, and appendRow / insertRows / insertColumns grow it. getLastRow/getLastColumn count
 * cells with a value or a formula (0 on an empty sheet); formats and notes do not count.
 */
import { parseA1 } from '../../../src/core/sheet/a1';
import { CellStore } from './cell-store';
import { interpretInput } from './cell-input';
import { checkCellLengths } from './cell-limit';
import { newChartBuilder, type EmbeddedChart, type EmbeddedChartBuilder } from './chart';
import type { ConditionalFormatRule } from './conditional-format';
import {
  DeveloperMetadataLocationType,
  addMetadata,
  newMetadataFinder,
  type DeveloperMetadata,
  type DeveloperMetadataFinder,
} from './developer-metadata';
import { displayValue } from './display-value';
import { fail, service, type Env } from './env';
import { ProtectionType, newProtection, type Protection } from './protection';
import { contains, newRange, overlaps, type Area, type Range } from './range';
import type { Spreadsheet } from './spreadsheet';

const DEFAULT_COLUMN_WIDTH = 100;
const DEFAULT_ROW_HEIGHT = 21;

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function signature(args: unknown[]): string {
  return args
    .map((a) =>
      typeof a === 'string' ? 'String' : a === null ? 'null' : typeof a === 'object' ? 'Object' : typeof a,
    )
    .join(',');
}

export class Sheet {
  readonly _cells = new CellStore();
  _merges: Area[] = [];
  readonly _borders: { range: string; args: unknown[] }[] = [];
  _maxRows = 1000;
  _maxColumns = 26;
  private _frozenRows = 0;
  private _frozenColumns = 0;
  private readonly _columnWidths = new Map<number, number>();
  private readonly _rowHeights = new Map<number, number>();
  private readonly _hiddenColumns = new Set<number>();
  private readonly _hiddenRows = new Set<number>();
  private _hidden = false;
  private _tabColor: string | null = null;
  _conditionalRules: ConditionalFormatRule[] = [];
  readonly _charts: EmbeddedChart[] = [];

  constructor(
    private readonly _env: Env,
    private readonly _parent: Spreadsheet,
    private _name: string,
    private readonly _id: number,
  ) {}

  _spreadsheet(): Spreadsheet {
    return this._parent;
  }

  /**
   * Takes over a template sheet's cells (values, formats, notes, validations), merges, size,
   * frozen rows and columns, widths and heights. Conditional rules and charts name the template's
   * ranges; the emulator refuses to copy them rather than copy them wrongly.
   */
  _copyFrom(template: Sheet): void {
    if (template._conditionalRules.length > 0 || template._charts.length > 0)
      throw new Error('Emulator: copying conditional rules or charts from a template is not emulated.');
    for (let row = 1; row <= template._cells.rowCount(); row++) {
      for (let column = 1; column <= template._maxColumns; column++) {
        const cell = template._cells.get(row, column);
        if (cell) Object.assign(this._cells.ensure(row, column), { ...cell });
      }
    }
    this._merges = template._merges.map((merge) => ({ ...merge }));
    this._maxRows = template._maxRows;
    this._maxColumns = template._maxColumns;
    this._frozenRows = template._frozenRows;
    this._frozenColumns = template._frozenColumns;
    for (const [column, width] of template._columnWidths) this._columnWidths.set(column, width);
    for (const [row, height] of template._rowHeights) this._rowHeights.set(row, height);
    for (const column of template._hiddenColumns) this._hiddenColumns.add(column);
    for (const row of template._hiddenRows) this._hiddenRows.add(row);
  }
  /** The spreadsheet's locale and time zone: how typed input is read and values are displayed. */
  _spreadsheetEnv(): { locale: string; timeZone: string } {
    return { locale: this._env.locale, timeZone: this._parent._timeZoneNow() };
  }
  _rename(name: string): void {
    this._name = name;
  }

  _merge(areas: Area[]): void {
    for (const area of areas) this._assertEditable(area);
    for (const area of areas) {
      if (area.rows * area.columns < 2) continue;
      if (this._merges.some((m) => overlaps(m, area) && !contains(area, m))) {
        fail(this._env, 'You must select all cells in a merged range to merge or unmerge them.');
      }
    }
    for (const area of areas) {
      if (area.rows * area.columns < 2) continue;
      this._merges = this._merges.filter((m) => !contains(area, m));
      for (let r = area.row; r < area.row + area.rows; r++) {
        for (let c = area.column; c < area.column + area.columns; c++) {
          if (r !== area.row || c !== area.column) this._cells.clearContent(r, c);
        }
      }
      this._merges.push({ ...area });
    }
  }

  _breakApart(area: Area): void {
    this._assertEditable(area);
    if (this._merges.some((m) => overlaps(m, area) && !contains(area, m))) {
      fail(this._env, 'You must select all cells in a merged range to merge or unmerge them.');
    }
    this._merges = this._merges.filter((m) => !overlaps(m, area));
  }

  /**
   * Google refuses a script's edit of a protected area whose protection does not list the
   * script's user (scripts run as the user at the keyboard): «You are trying to edit a protected
   * cell or object…». A sheet protection covers the whole sheet but its unprotected ranges; a
   * range protection covers its range. `area` is the cells the edit changes; undefined for an edit
   * of the sheet itself (rename, delete, insert rows or columns), which only a sheet protection
   * stops. A warning-only protection lets the edit through.
   */
  _assertEditable(area?: Area): void {
    const locked = this._parent._protections.some(
      (p) => p._sheet === this && !p._canEdit(this._env.userEmail) && p._covers(area),
    );
    if (locked)
      fail(
        this._env,
        'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.',
      );
  }

  /** The whole rows from `row` (deleting them changes every cell of theirs). */
  private _rows(row: number, rows: number): Area {
    return { row, column: 1, rows, columns: this._maxColumns };
  }

  private _columns(column: number, columns: number): Area {
    return { row: 1, column, rows: this._maxRows, columns };
  }

  _protect(range: Range | null): Protection {
    return newProtection(this._env, this._parent, this, range);
  }

  getName(): string {
    return this._name;
  }

  setName(name: string): this {
    this._assertEditable();
    this._parent._renameSheet(this, name);
    return this;
  }

  getSheetId(): number {
    return this._id;
  }
  getSheetName(): string {
    return this._name;
  }
  getIndex(): number {
    return this._parent._indexOf(this) + 1;
  }
  getParent(): Spreadsheet {
    return this._parent;
  }

  activate(): this {
    this._parent._activate(this, { row: 1, column: 1, rows: 1, columns: 1 });
    return this;
  }

  getRange(a: unknown, b?: unknown, c?: unknown, d?: unknown): Range {
    if (typeof a === 'string' && b === undefined) return this._rangeA1(a);
    const args = [a, b, c, d].filter((x) => x !== undefined);
    if (!args.every(isCount))
      fail(
        this._env,
        `The parameters (${signature(args)}) don't match the method signature for SpreadsheetApp.Sheet.getRange.`,
      );
    const row = a as number;
    const column = b as number;
    const rows = c === undefined ? 1 : (c as number);
    const columns = d === undefined ? 1 : (d as number);
    if (row < 1) fail(this._env, 'The starting row of the range is too small.');
    if (column < 1) fail(this._env, 'The starting column of the range is too small.');
    if (rows < 1) fail(this._env, 'The number of rows in the range must be at least 1.');
    if (columns < 1) fail(this._env, 'The number of columns in the range must be at least 1.');
    if (row + rows - 1 > this._maxRows || column + columns - 1 > this._maxColumns) {
      fail(this._env, 'The coordinates of the range are outside the dimensions of the sheet.');
    }
    return newRange(this._env, this, row, column, rows, columns);
  }

  /** 'A1', 'A1:C3', 'A:C' (whole columns), '2:5' (whole rows), 'A2:C' (open-ended). */
  private _rangeA1(notation: string): Range {
    const [start, end = start] = notation.trim().split(':');
    const startCell = this._endpoint(start, 'start');
    const endCell = this._endpoint(end, 'end');
    if (!startCell || !endCell) fail(this._env, 'Range not found');
    const row = Math.min(startCell.row, endCell.row);
    const column = Math.min(startCell.column, endCell.column);
    return this.getRange(
      row,
      column,
      Math.abs(endCell.row - startCell.row) + 1,
      Math.abs(endCell.column - startCell.column) + 1,
    );
  }

  private _endpoint(text: string, side: 'start' | 'end'): { row: number; column: number } | null {
    const cell = parseA1(text);
    if (cell) return cell;
    if (/^\$?[A-Za-z]{1,3}$/.test(text)) {
      const column = parseA1(`${text.replace('$', '')}1`)?.column;
      return column ? { row: side === 'start' ? 1 : this._maxRows, column } : null;
    }
    if (/^\$?\d+$/.test(text)) {
      const row = Number(text.replace('$', ''));
      return row >= 1 ? { row, column: side === 'start' ? 1 : this._maxColumns } : null;
    }
    return null;
  }

  getDataRange(): Range {
    return newRange(
      this._env,
      this,
      1,
      1,
      Math.max(1, this._cells.lastRow()),
      Math.max(1, this._cells.lastColumn()),
    );
  }

  /** -1 rows or columns: through the last row or column with data, as Google documents it. */
  getSheetValues(row: number, column: number, rows: number, columns: number): unknown[][] {
    const height = rows === -1 ? Math.max(1, this._cells.lastRow() - row + 1) : rows;
    const width = columns === -1 ? Math.max(1, this._cells.lastColumn() - column + 1) : columns;
    return this.getRange(row, column, height, width).getValues();
  }

  getLastRow(): number {
    return this._cells.lastRow();
  }
  getLastColumn(): number {
    return this._cells.lastColumn();
  }
  getMaxRows(): number {
    return this._maxRows;
  }
  getMaxColumns(): number {
    return this._maxColumns;
  }

  private _shiftMerges(dimension: 'row' | 'column', at: number, by: number): void {
    const size = dimension === 'row' ? 'rows' : 'columns';
    this._merges = this._merges.flatMap((m) => {
      if (by < 0 && m[dimension] >= at && m[dimension] + m[size] <= at - by) return [];
      if (m[dimension] >= at) return [{ ...m, [dimension]: Math.max(at, m[dimension] + by) }];
      if (m[dimension] + m[size] > at) return [{ ...m, [size]: m[size] + by }];
      return [m];
    });
  }

  /**
   * Rows from `at` move by `by` (negative: deleted): their cells' merges, heights and hidden state
   * go with them, as rows really move in Sheets; a deleted row's own settings go with it.
   */
  private _shiftRows(at: number, by: number): void {
    this._shiftMerges('row', at, by);
    shiftKeys(this._rowHeights, at, by);
    shiftKeys(this._hiddenRows, at, by);
  }

  private _shiftColumns(at: number, by: number): void {
    this._shiftMerges('column', at, by);
    shiftKeys(this._columnWidths, at, by);
    shiftKeys(this._hiddenColumns, at, by);
  }

  insertRowsBefore(before: number, count: number): this {
    if (before < 1 || before > this._maxRows) fail(this._env, 'Those rows are out of bounds.');
    this._assertEditable();
    this._parent._checkGrowth(count * this._maxColumns);
    this._cells.insertRows(before, count);
    this._shiftRows(before, count);
    this._maxRows += count;
    return this;
  }

  insertRowsAfter(after: number, count: number): this {
    if (after < 1 || after > this._maxRows) fail(this._env, 'Those rows are out of bounds.');
    this._assertEditable();
    this._parent._checkGrowth(count * this._maxColumns);
    this._cells.insertRows(after + 1, count);
    this._shiftRows(after + 1, count);
    this._maxRows += count;
    return this;
  }

  insertRows(before: number, count = 1): void {
    this.insertRowsBefore(before, count);
  }
  insertRowBefore(before: number): this {
    return this.insertRowsBefore(before, 1);
  }
  insertRowAfter(after: number): this {
    return this.insertRowsAfter(after, 1);
  }

  deleteRows(start: number, count: number): void {
    if (start < 1 || count < 1 || start + count - 1 > this._maxRows)
      fail(this._env, 'Those rows are out of bounds.');
    if (count >= this._maxRows - this._frozenRows)
      fail(this._env, 'Sorry, it is not possible to delete all non-frozen rows.');
    this._assertEditable(this._rows(start, count));
    this._cells.deleteRows(start, count);
    this._shiftRows(start, -count);
    this._maxRows -= count;
  }

  deleteRow(row: number): this {
    this.deleteRows(row, 1);
    return this;
  }

  insertColumnsBefore(before: number, count: number): this {
    if (before < 1 || before > this._maxColumns) fail(this._env, 'Those columns are out of bounds.');
    this._assertEditable();
    this._parent._checkGrowth(count * this._maxRows);
    this._cells.insertColumns(before, count);
    this._shiftColumns(before, count);
    this._maxColumns += count;
    return this;
  }

  insertColumnsAfter(after: number, count: number): this {
    if (after < 1 || after > this._maxColumns) fail(this._env, 'Those columns are out of bounds.');
    this._assertEditable();
    this._parent._checkGrowth(count * this._maxRows);
    this._cells.insertColumns(after + 1, count);
    this._shiftColumns(after + 1, count);
    this._maxColumns += count;
    return this;
  }

  insertColumns(before: number, count = 1): void {
    this.insertColumnsBefore(before, count);
  }
  insertColumnBefore(before: number): this {
    return this.insertColumnsBefore(before, 1);
  }
  insertColumnAfter(after: number): this {
    return this.insertColumnsAfter(after, 1);
  }

  deleteColumns(start: number, count: number): void {
    if (start < 1 || count < 1 || start + count - 1 > this._maxColumns)
      fail(this._env, 'Those columns are out of bounds.');
    if (count >= this._maxColumns - this._frozenColumns)
      fail(this._env, 'Sorry, it is not possible to delete all non-frozen columns.');
    this._assertEditable(this._columns(start, count));
    this._cells.deleteColumns(start, count);
    this._shiftColumns(start, -count);
    this._maxColumns -= count;
  }

  deleteColumn(column: number): this {
    this.deleteColumns(column, 1);
    return this;
  }

  appendRow(values: unknown[]): this {
    if (!Array.isArray(values))
      fail(
        this._env,
        `The parameters (${signature([values])}) don't match the method signature for SpreadsheetApp.Sheet.appendRow.`,
      );
    checkCellLengths(this._env, [values]);
    const row = this._cells.lastRow() + 1;
    this._assertEditable(row > this._maxRows ? undefined : this._rows(row, 1));
    const rows = Math.max(this._maxRows, row);
    const columns = Math.max(this._maxColumns, values.length);
    this._parent._checkGrowth(rows * columns - this._maxRows * this._maxColumns);
    this._maxRows = Math.max(this._maxRows, row);
    this._maxColumns = Math.max(this._maxColumns, values.length);
    values.forEach((value, i) => {
      const cell = this._cells.ensure(row, i + 1);
      const input = interpretInput(value, cell.numberFormat, this._spreadsheetEnv());
      cell.value = input.value;
      if (input.formula !== undefined) cell.formula = input.formula;
      if (input.numberFormat && !cell.numberFormat) cell.numberFormat = input.numberFormat;
    });
    return this;
  }

  private _all(): Range {
    return newRange(this._env, this, 1, 1, this._maxRows, this._maxColumns);
  }

  clear(options?: { contentsOnly?: boolean; formatOnly?: boolean }): this {
    this._all().clear(options);
    return this;
  }

  clearContents(): this {
    return this.clear({ contentsOnly: true });
  }
  clearFormats(): this {
    return this.clear({ formatOnly: true });
  }

  clearNotes(): this {
    this._all().clearNote();
    return this;
  }

  setFrozenRows(rows: number): void {
    this._frozenRows = rows;
  }
  getFrozenRows(): number {
    return this._frozenRows;
  }
  setFrozenColumns(columns: number): void {
    this._frozenColumns = columns;
  }
  getFrozenColumns(): number {
    return this._frozenColumns;
  }

  setColumnWidth(column: number, width: number): this {
    this._columnWidths.set(column, width);
    return this;
  }

  setColumnWidths(start: number, count: number, width: number): this {
    for (let c = start; c < start + count; c++) this._columnWidths.set(c, width);
    return this;
  }

  getColumnWidth(column: number): number {
    return this._columnWidths.get(column) ?? DEFAULT_COLUMN_WIDTH;
  }

  setRowHeight(row: number, height: number): this {
    this._rowHeights.set(row, height);
    return this;
  }

  setRowHeights(start: number, count: number, height: number): this {
    for (let r = start; r < start + count; r++) this._rowHeights.set(r, height);
    return this;
  }

  getRowHeight(row: number): number {
    return this._rowHeights.get(row) ?? DEFAULT_ROW_HEIGHT;
  }

  /** Width from the longest display text of the column (about 7 px a character). */
  autoResizeColumns(start: number, count: number): this {
    const lastRow = this._cells.lastRow();
    const { locale, timeZone } = this._spreadsheetEnv();
    for (let c = start; c < start + count; c++) {
      let longest = 0;
      for (let r = 1; r <= lastRow; r++) {
        const text = displayValue(
          this._cells.value(r, c),
          this._cells.get(r, c)?.numberFormat ?? '',
          locale,
          timeZone,
        );
        longest = Math.max(longest, ...text.split('\n').map((line) => line.length));
      }
      this._columnWidths.set(c, Math.max(20, longest * 7 + 10));
    }
    return this;
  }

  autoResizeColumn(column: number): this {
    return this.autoResizeColumns(column, 1);
  }

  getConditionalFormatRules(): ConditionalFormatRule[] {
    return [...this._conditionalRules];
  }

  setConditionalFormatRules(rules: ConditionalFormatRule[]): void {
    if (!Array.isArray(rules))
      fail(
        this._env,
        `The parameters (${signature([rules])}) don't match the method signature for SpreadsheetApp.Sheet.setConditionalFormatRules.`,
      );
    this._assertEditable({ row: 1, column: 1, rows: this._maxRows, columns: this._maxColumns });
    this._conditionalRules = [...rules];
  }

  clearConditionalFormatRules(): void {
    this._assertEditable({ row: 1, column: 1, rows: this._maxRows, columns: this._maxColumns });
    this._conditionalRules = [];
  }

  newChart(): EmbeddedChartBuilder {
    return newChartBuilder(this._env, this, null);
  }

  insertChart(chart: EmbeddedChart): void {
    this._charts.push(chart);
  }
  getCharts(): EmbeddedChart[] {
    return [...this._charts];
  }

  removeChart(chart: EmbeddedChart): void {
    const index = this._charts.findIndex((c) => c.getChartId() === chart.getChartId());
    if (index >= 0) this._charts.splice(index, 1);
  }

  updateChart(chart: EmbeddedChart): void {
    const index = this._charts.findIndex((c) => c.getChartId() === chart.getChartId());
    if (index < 0) fail(this._env, 'The chart does not exist in this sheet.');
    this._charts[index] = chart;
  }

  addDeveloperMetadata(key: string, valueOrVisibility?: string, visibility?: string): this {
    addMetadata(
      this._env,
      this._parent,
      { type: DeveloperMetadataLocationType.SHEET, sheet: this },
      key,
      valueOrVisibility,
      visibility,
    );
    return this;
  }

  getDeveloperMetadata(): DeveloperMetadata[] {
    return this._parent._metadata.filter(
      (m) => m._location.sheet === this && m._location.type === DeveloperMetadataLocationType.SHEET,
    );
  }

  createDeveloperMetadataFinder(): DeveloperMetadataFinder {
    return newMetadataFinder(this._env, () =>
      this._parent._metadata.filter((m) => m._location.sheet === this),
    );
  }

  protect(): Protection {
    return this._protect(null);
  }

  getProtections(type: string): Protection[] {
    return this._parent._protections.filter(
      (p) => p._sheet === this && p.getProtectionType() === (type ?? ProtectionType.SHEET),
    );
  }

  setTabColor(color: string | null): this {
    this._tabColor = color;
    return this;
  }

  getTabColor(): string | null {
    return this._tabColor;
  }

  hideSheet(): this {
    this._parent._hideSheet(this);
    this._hidden = true;
    return this;
  }

  showSheet(): this {
    this._hidden = false;
    return this;
  }

  isSheetHidden(): boolean {
    return this._hidden;
  }

  hideColumns(column: number, count = 1): void {
    for (let c = column; c < column + count; c++) this._hiddenColumns.add(c);
  }

  showColumns(column: number, count = 1): void {
    for (let c = column; c < column + count; c++) this._hiddenColumns.delete(c);
  }

  isColumnHiddenByUser(column: number): boolean {
    return this._hiddenColumns.has(column);
  }

  hideRows(row: number, count = 1): void {
    for (let r = row; r < row + count; r++) this._hiddenRows.add(r);
  }

  showRows(row: number, count = 1): void {
    for (let r = row; r < row + count; r++) this._hiddenRows.delete(r);
  }

  isRowHiddenByUser(row: number): boolean {
    return this._hiddenRows.has(row);
  }

  setActiveRange(range: Range): Range {
    range.activate();
    return range;
  }

  getActiveRange(): Range | null {
    return this._parent.getActiveSheet() === this ? this._parent.getActiveRange() : null;
  }
}

/** Moves the keys from `at` on by `by` (a map of sizes or a set of hidden indices); deleted keys drop out. */
function shiftKeys(keys: Map<number, number> | Set<number>, at: number, by: number): void {
  const moved = [...keys.entries()].filter(([key]) => key >= at);
  for (const [key] of moved) keys.delete(key);
  for (const [key, value] of moved) {
    if (by < 0 && key < at - by) continue;
    if (keys instanceof Map) keys.set(key + by, value);
    else keys.add(key + by);
  }
}

export function newSheet(env: Env, parent: Spreadsheet, name: string, id: number): Sheet {
  return service(env, 'Sheet', new Sheet(env, parent, name, id));
}

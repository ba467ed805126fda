/**
 * Range: a rectangle of one sheet, 1-based. Reads return fresh 2-D arrays; writes check the
 * data's shape first and throw Google's message before touching any cell.
 *
 * Defaults of a never-formatted cell (what Google returns): value '', note '', background
 * '#ffffff', font colour '#000000', font weight 'normal', font style 'normal', font size 10,
 * font family 'Arial', number format '0.###############' (Google's "Automatic"), horizontal
 * alignment 'general', vertical alignment 'bottom', wrap strategy OVERFLOW, no data validation.
 * A merged block reads its value only in its top-left cell; the other cells read ''.
 */
import { a1Range } from '../../../src/core/sheet/a1';
import type { Cell } from './cell-store';
import { interpretInput } from './cell-input';
import { checkCellLength, checkCellLengths } from './cell-limit';
import { normalizeColor } from './color';
import { newDataValidationBuilder, type DataValidation } from './data-validation';
import { DEFAULT_NUMBER_FORMAT, displayValue } from './display-value';
import { fail, service, type Env } from './env';
import type { Protection } from './protection';
import type { Sheet } from './sheet';

export interface Area {
  row: number;
  column: number;
  rows: number;
  columns: number;
}

export const WrapStrategy = { WRAP: 'WRAP', OVERFLOW: 'OVERFLOW', CLIP: 'CLIP' } as const;
export const BorderStyle = {
  DOTTED: 'DOTTED',
  DASHED: 'DASHED',
  SOLID: 'SOLID',
  SOLID_MEDIUM: 'SOLID_MEDIUM',
  SOLID_THICK: 'SOLID_THICK',
  DOUBLE: 'DOUBLE',
} as const;

type Style = Exclude<keyof Cell, 'value' | 'formula' | 'formulaResult' | 'validation'>;

export function overlaps(a: Area, b: Area): boolean {
  return (
    a.row < b.row + b.rows &&
    b.row < a.row + a.rows &&
    a.column < b.column + b.columns &&
    b.column < a.column + a.columns
  );
}

export function contains(outer: Area, inner: Area): boolean {
  return (
    inner.row >= outer.row &&
    inner.column >= outer.column &&
    inner.row + inner.rows <= outer.row + outer.rows &&
    inner.column + inner.columns <= outer.column + outer.columns
  );
}

/** Google's check of a 2-D argument against the range size, done before anything is written. */
export function checkShape(
  env: Env,
  data: unknown,
  rows: number,
  columns: number,
  method: string,
): unknown[][] {
  if (!Array.isArray(data) || !data.every((row) => Array.isArray(row))) {
    fail(
      env,
      `The parameters (${describe(data)}) don't match the method signature for SpreadsheetApp.Range.${method}.`,
    );
  }
  const matrix = data as unknown[][];
  if (matrix.length !== rows) {
    fail(
      env,
      `The number of rows in the data does not match the number of rows in the range. The data has ${matrix.length} but the range has ${rows}.`,
    );
  }
  for (const row of matrix) {
    if (row.length !== columns) {
      fail(
        env,
        `The number of columns in the data does not match the number of columns in the range. The data has ${row.length} but the range has ${columns}.`,
      );
    }
  }
  return matrix;
}

function describe(value: unknown): string {
  if (Array.isArray(value))
    return 'number[]'.replace(
      'number',
      value.length && !Array.isArray(value[0]) ? typeof value[0] : 'Object',
    );
  return value === null
    ? 'null'
    : typeof value === 'object'
      ? 'Object'
      : typeof value === 'string'
        ? 'String'
        : typeof value;
}

export class Range {
  constructor(
    private readonly _env: Env,
    private readonly _sheet: Sheet,
    private readonly _row: number,
    private readonly _column: number,
    private readonly _rows: number,
    private readonly _columns: number,
  ) {}

  private _map<T>(read: (row: number, column: number) => T): T[][] {
    const out: T[][] = [];
    for (let r = 0; r < this._rows; r++) {
      const line: T[] = [];
      for (let c = 0; c < this._columns; c++) line.push(read(this._row + r, this._column + c));
      out.push(line);
    }
    return out;
  }

  private _write(
    data: unknown,
    method: string,
    write: (cell: Cell, value: unknown, row: number, column: number) => void,
  ): this {
    const matrix = checkShape(this._env, data, this._rows, this._columns, method);
    this._sheet._assertEditable(this._area());
    matrix.forEach((line, r) =>
      line.forEach((value, c) => {
        const row = this._row + r;
        const column = this._column + c;
        write(this._sheet._cells.ensure(row, column), value, row, column);
      }),
    );
    return this;
  }

  private _fill(
    value: unknown,
    write: (cell: Cell, value: unknown, row: number, column: number) => void,
  ): this {
    this._sheet._assertEditable(this._area());
    for (let r = 0; r < this._rows; r++) {
      for (let c = 0; c < this._columns; c++) {
        const row = this._row + r;
        const column = this._column + c;
        write(this._sheet._cells.ensure(row, column), value, row, column);
      }
    }
    return this;
  }

  /** Visits only cells that exist, so clearing a whole sheet does not create 26 000 cells. */
  private _existing(visit: (cell: Cell, row: number, column: number) => void): this {
    this._sheet._assertEditable(this._area());
    const lastRow = Math.min(this._row + this._rows - 1, this._sheet._cells.rowCount());
    for (let row = this._row; row <= lastRow; row++) {
      for (let column = this._column; column < this._column + this._columns; column++) {
        const cell = this._sheet._cells.get(row, column);
        if (cell) visit(cell, row, column);
      }
    }
    return this;
  }

  private _style(key: Style, fallback: unknown): unknown[][] {
    return this._map((row, column) => this._sheet._cells.get(row, column)?.[key] ?? fallback);
  }

  private _setStyle(key: Style, value: unknown, normalize: (v: unknown) => unknown = (v) => v): void {
    if (value === null || value === undefined) this._existing((cell) => delete cell[key]);
    else this._fill(normalize(value), (cell, v) => ((cell as unknown as Record<string, unknown>)[key] = v));
  }

  private _setStyles(
    data: unknown,
    method: string,
    key: Style,
    normalize: (v: unknown) => unknown = (v) => v,
  ): this {
    return this._write(data, method, (cell, value) => {
      if (value === null || value === undefined || value === '') delete cell[key];
      else (cell as unknown as Record<string, unknown>)[key] = normalize(value);
    });
  }

  private _hiddenByMerge(row: number, column: number): boolean {
    return this._sheet._merges.some(
      (m) => overlaps(m, { row, column, rows: 1, columns: 1 }) && !(m.row === row && m.column === column),
    );
  }

  private _input(cell: Cell, value: unknown): void {
    const input = interpretInput(value, cell.numberFormat, this._sheet._spreadsheetEnv());
    cell.value = input.value;
    delete cell.formulaResult;
    if (input.formula === undefined) delete cell.formula;
    else cell.formula = input.formula;
    if (input.numberFormat && !cell.numberFormat) cell.numberFormat = input.numberFormat;
  }

  _area(): Area {
    return { row: this._row, column: this._column, rows: this._rows, columns: this._columns };
  }

  getRow(): number {
    return this._row;
  }
  getRowIndex(): number {
    return this._row;
  }
  getColumn(): number {
    return this._column;
  }
  getNumRows(): number {
    return this._rows;
  }
  getNumColumns(): number {
    return this._columns;
  }
  getHeight(): number {
    return this._rows;
  }
  getWidth(): number {
    return this._columns;
  }
  getLastRow(): number {
    return this._row + this._rows - 1;
  }
  getLastColumn(): number {
    return this._column + this._columns - 1;
  }
  getA1Notation(): string {
    return a1Range(this._row, this._column, this._rows, this._columns);
  }
  getSheet(): Sheet {
    return this._sheet;
  }
  getGridId(): number {
    return this._sheet.getSheetId();
  }

  getCell(row: number, column: number): Range {
    if (row < 1 || column < 1 || row > this._rows || column > this._columns)
      fail(this._env, 'Cell reference out of range');
    return newRange(this._env, this._sheet, this._row + row - 1, this._column + column - 1, 1, 1);
  }

  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): Range {
    return this._sheet.getRange(
      this._row + rowOffset,
      this._column + columnOffset,
      numRows ?? this._rows,
      numColumns ?? this._columns,
    );
  }

  getValues(): unknown[][] {
    // Benchmarks read 10 000-row sheets: skip the merge test when the sheet has no merges.
    const merged = this._sheet._merges.length > 0;
    const cells = this._sheet._cells;
    return this._map((row, column) => {
      if (merged && this._hiddenByMerge(row, column)) return '';
      const value = cells.value(row, column);
      const isDate =
        typeof value === 'object' &&
        value !== null &&
        Object.prototype.toString.call(value) === '[object Date]';
      return isDate ? new Date((value as Date).getTime()) : value;
    });
  }

  getValue(): unknown {
    return this.getCell(1, 1).getValues()[0][0];
  }

  setValues(values: unknown): this {
    checkCellLengths(this._env, checkShape(this._env, values, this._rows, this._columns, 'setValues'));
    return this._write(values, 'setValues', (cell, value) => this._input(cell, value));
  }

  setValue(value: unknown): this {
    checkCellLength(this._env, value);
    return this._fill(value, (cell, v) => this._input(cell, v));
  }

  isBlank(): boolean {
    return this._map((row, column) => this._sheet._cells.hasContent(row, column)).every((line) =>
      line.every((has) => !has),
    );
  }

  getDisplayValues(): string[][] {
    const values = this.getValues();
    const formats = this.getNumberFormats();
    const { locale, timeZone } = this._sheet._spreadsheetEnv();
    return values.map((line, r) =>
      line.map((value, c) => displayValue(value, formats[r][c], locale, timeZone)),
    );
  }

  getDisplayValue(): string {
    return this.getCell(1, 1).getDisplayValues()[0][0];
  }

  getFormulas(): string[][] {
    return this._map((row, column) => this._sheet._cells.get(row, column)?.formula ?? '');
  }

  getFormula(): string {
    return this.getFormulas()[0][0];
  }

  setFormulas(formulas: unknown): this {
    checkCellLengths(this._env, checkShape(this._env, formulas, this._rows, this._columns, 'setFormulas'));
    return this._write(formulas, 'setFormulas', (cell, value) =>
      this._input(cell, value === '' ? '' : String(value)),
    );
  }

  setFormula(formula: string): this {
    checkCellLength(this._env, formula);
    return this._fill(formula, (cell, v) => this._input(cell, String(v)));
  }

  getNotes(): string[][] {
    return this._style('note', '') as string[][];
  }
  getNote(): string {
    return this.getNotes()[0][0];
  }
  setNotes(notes: unknown): this {
    checkCellLengths(this._env, checkShape(this._env, notes, this._rows, this._columns, 'setNotes'));
    return this._setStyles(notes, 'setNotes', 'note', String);
  }
  setNote(note: string | null): this {
    checkCellLength(this._env, note);
    this._setStyle('note', note === '' ? null : note, String);
    return this;
  }
  clearNote(): this {
    return this.setNote(null);
  }

  getBackgrounds(): string[][] {
    return this._style('background', '#ffffff') as string[][];
  }
  getBackground(): string {
    return this.getBackgrounds()[0][0];
  }
  setBackgrounds(colors: unknown): this {
    return this._setStyles(colors, 'setBackgrounds', 'background', (v) => normalizeColor(String(v)));
  }
  setBackground(color: string | null): this {
    this._setStyle('background', color, (v) => normalizeColor(String(v)));
    return this;
  }

  getFontColors(): string[][] {
    return this._style('fontColor', '#000000') as string[][];
  }
  getFontColor(): string {
    return this.getFontColors()[0][0];
  }
  setFontColors(colors: unknown): this {
    return this._setStyles(colors, 'setFontColors', 'fontColor', (v) => normalizeColor(String(v)));
  }
  setFontColor(color: string | null): this {
    this._setStyle('fontColor', color, (v) => normalizeColor(String(v)));
    return this;
  }

  getFontWeights(): string[][] {
    return this._style('fontWeight', 'normal') as string[][];
  }
  getFontWeight(): string {
    return this.getFontWeights()[0][0];
  }
  setFontWeights(weights: unknown): this {
    return this._setStyles(weights, 'setFontWeights', 'fontWeight');
  }
  setFontWeight(weight: string | null): this {
    this._setStyle('fontWeight', weight);
    return this;
  }

  getFontStyles(): string[][] {
    return this._style('fontStyle', 'normal') as string[][];
  }
  getFontStyle(): string {
    return this.getFontStyles()[0][0];
  }
  setFontStyles(styles: unknown): this {
    return this._setStyles(styles, 'setFontStyles', 'fontStyle');
  }
  setFontStyle(style: string | null): this {
    this._setStyle('fontStyle', style);
    return this;
  }

  getFontSizes(): number[][] {
    return this._style('fontSize', 10) as number[][];
  }
  getFontSize(): number {
    return this.getFontSizes()[0][0];
  }
  setFontSizes(sizes: unknown): this {
    return this._setStyles(sizes, 'setFontSizes', 'fontSize', Number);
  }
  setFontSize(size: number): this {
    this._setStyle('fontSize', size, Number);
    return this;
  }

  getFontFamilies(): string[][] {
    return this._style('fontFamily', 'Arial') as string[][];
  }
  getFontFamily(): string {
    return this.getFontFamilies()[0][0];
  }
  setFontFamily(family: string | null): this {
    this._setStyle('fontFamily', family);
    return this;
  }

  getNumberFormats(): string[][] {
    return this._style('numberFormat', DEFAULT_NUMBER_FORMAT) as string[][];
  }
  getNumberFormat(): string {
    return this.getNumberFormats()[0][0];
  }
  setNumberFormats(formats: unknown): this {
    return this._setStyles(formats, 'setNumberFormats', 'numberFormat', String);
  }
  setNumberFormat(format: string): this {
    this._setStyle('numberFormat', format, String);
    return this;
  }

  getWrapStrategies(): string[][] {
    return this._style('wrapStrategy', WrapStrategy.OVERFLOW) as string[][];
  }
  getWrapStrategy(): string {
    return this.getWrapStrategies()[0][0];
  }
  setWrapStrategy(strategy: string): this {
    this._setStyle('wrapStrategy', strategy);
    return this;
  }
  setWrapStrategies(strategies: unknown): this {
    return this._setStyles(strategies, 'setWrapStrategies', 'wrapStrategy');
  }
  getWraps(): boolean[][] {
    return this.getWrapStrategies().map((line) => line.map((s) => s === WrapStrategy.WRAP));
  }
  getWrap(): boolean {
    return this.getWraps()[0][0];
  }
  setWrap(wrap: boolean): this {
    return this.setWrapStrategy(wrap ? WrapStrategy.WRAP : WrapStrategy.OVERFLOW);
  }
  setWraps(wraps: unknown): this {
    return this._setStyles(wraps, 'setWraps', 'wrapStrategy', (v) =>
      v ? WrapStrategy.WRAP : WrapStrategy.OVERFLOW,
    );
  }

  getHorizontalAlignments(): string[][] {
    return this._style('horizontalAlignment', 'general') as string[][];
  }
  getHorizontalAlignment(): string {
    return this.getHorizontalAlignments()[0][0];
  }
  setHorizontalAlignment(alignment: string | null): this {
    this._setStyle('horizontalAlignment', alignment);
    return this;
  }
  setHorizontalAlignments(alignments: unknown): this {
    return this._setStyles(alignments, 'setHorizontalAlignments', 'horizontalAlignment');
  }

  getVerticalAlignments(): string[][] {
    return this._style('verticalAlignment', 'bottom') as string[][];
  }
  getVerticalAlignment(): string {
    return this.getVerticalAlignments()[0][0];
  }
  setVerticalAlignment(alignment: string | null): this {
    this._setStyle('verticalAlignment', alignment);
    return this;
  }
  setVerticalAlignments(alignments: unknown): this {
    return this._setStyles(alignments, 'setVerticalAlignments', 'verticalAlignment');
  }

  merge(): this {
    this._sheet._merge([this._area()]);
    return this;
  }

  mergeAcross(): this {
    if (this._columns > 1) {
      this._sheet._merge(
        Array.from({ length: this._rows }, (_, r) => ({
          row: this._row + r,
          column: this._column,
          rows: 1,
          columns: this._columns,
        })),
      );
    }
    return this;
  }

  mergeVertically(): this {
    if (this._rows > 1) {
      this._sheet._merge(
        Array.from({ length: this._columns }, (_, c) => ({
          row: this._row,
          column: this._column + c,
          rows: this._rows,
          columns: 1,
        })),
      );
    }
    return this;
  }

  breakApart(): this {
    this._sheet._breakApart(this._area());
    return this;
  }

  getMergedRanges(): Range[] {
    return this._sheet._merges
      .filter((m) => overlaps(m, this._area()))
      .map((m) => newRange(this._env, this._sheet, m.row, m.column, m.rows, m.columns));
  }

  isPartOfMerge(): boolean {
    return this._sheet._merges.some((m) => overlaps(m, this._area()));
  }

  getDataValidations(): (DataValidation | null)[][] {
    return this._map((row, column) => this._sheet._cells.get(row, column)?.validation ?? null);
  }

  getDataValidation(): DataValidation | null {
    return this.getDataValidations()[0][0];
  }

  setDataValidation(rule: DataValidation | null): this {
    if (!rule) return this._existing((cell) => delete cell.validation);
    return this._fill(rule, (cell, v) => (cell.validation = v as DataValidation));
  }

  setDataValidations(rules: unknown): this {
    return this._write(rules, 'setDataValidations', (cell, v) => {
      if (v) cell.validation = v as DataValidation;
      else delete cell.validation;
    });
  }

  clearDataValidations(): this {
    return this.setDataValidation(null);
  }

  /** Checkboxes as Google inserts them: a checkbox rule and FALSE in every cell. */
  insertCheckboxes(): this {
    const rule = this._env.counter.silently(() => newCheckboxRule(this._env));
    return this._fill(rule, (cell, v) => {
      cell.validation = v as DataValidation;
      this._input(cell, false);
    });
  }

  removeCheckboxes(): this {
    return this._existing((cell) => {
      if (cell.validation?.getCriteriaType() === 'CHECKBOX') {
        delete cell.validation;
        this._input(cell, '');
      }
    });
  }

  check(): this {
    return this._fill(true, (cell, v) => this._input(cell, v));
  }
  uncheck(): this {
    return this._fill(false, (cell, v) => this._input(cell, v));
  }

  clear(options?: {
    contentsOnly?: boolean;
    formatOnly?: boolean;
    commentsOnly?: boolean;
    validationsOnly?: boolean;
  }): this {
    const all =
      !options ||
      (!options.contentsOnly && !options.formatOnly && !options.commentsOnly && !options.validationsOnly);
    return this._existing((cell, row, column) => {
      if (all || options?.contentsOnly) this._sheet._cells.clearContent(row, column);
      if (all || options?.formatOnly) this._sheet._cells.clearFormat(row, column);
      if (options?.commentsOnly) delete cell.note;
      if (options?.validationsOnly) delete cell.validation;
    });
  }

  clearContent(): this {
    return this.clear({ contentsOnly: true });
  }
  clearFormat(): this {
    return this.clear({ formatOnly: true });
  }

  activate(): this {
    this._sheet._spreadsheet()._activate(this._sheet, this._area());
    return this;
  }

  protect(): Protection {
    return this._sheet._protect(this);
  }

  setBorder(...args: unknown[]): this {
    this._sheet._borders.push({ range: this.getA1Notation(), args });
    return this;
  }
}

export function newRange(
  env: Env,
  sheet: Sheet,
  row: number,
  column: number,
  rows: number,
  columns: number,
): Range {
  return service(env, 'Range', new Range(env, sheet, row, column, rows, columns), () => sheet.getName());
}

function newCheckboxRule(env: Env): DataValidation {
  return newDataValidationBuilder(env).requireCheckbox().build();
}

/**
 * The cells of one sheet: a sparse 2-D array of mutable cell records (0-based inside, 1-based in
 * the API). Absent cells read as defaults.
 */
import type { DataValidation } from './data-validation';

export interface Cell {
  value: unknown;
  formula?: string;
  /** What getValue() returns for a formula cell (set by tests through setFormulaResult). */
  formulaResult?: unknown;
  note?: string;
  background?: string;
  fontColor?: string;
  fontWeight?: string;
  fontStyle?: string;
  fontSize?: number;
  fontFamily?: string;
  numberFormat?: string;
  wrapStrategy?: string;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  validation?: DataValidation;
}

const FORMAT_KEYS = [
  'background',
  'fontColor',
  'fontWeight',
  'fontStyle',
  'fontSize',
  'fontFamily',
  'numberFormat',
  'wrapStrategy',
  'horizontalAlignment',
  'verticalAlignment',
] as const;

export class CellStore {
  private rows: (Cell | undefined)[][] = [];

  get(row: number, column: number): Cell | undefined {
    return this.rows[row - 1]?.[column - 1];
  }

  ensure(row: number, column: number): Cell {
    let line = this.rows[row - 1];
    if (!line) line = this.rows[row - 1] = [];
    let cell = line[column - 1];
    if (!cell) cell = line[column - 1] = { value: '' };
    return cell;
  }

  /** Rows that may hold cells (1-based upper bound). */
  rowCount(): number {
    return this.rows.length;
  }

  /** Value as getValues() returns it. */
  value(row: number, column: number): unknown {
    const cell = this.get(row, column);
    if (!cell) return '';
    if (cell.formula !== undefined && cell.value !== '#ERROR!') return cell.formulaResult ?? '';
    return cell.value;
  }

  hasContent(row: number, column: number): boolean {
    const cell = this.get(row, column);
    return !!cell && (cell.formula !== undefined || cell.value !== '');
  }

  clearContent(row: number, column: number): void {
    const cell = this.get(row, column);
    if (!cell) return;
    cell.value = '';
    delete cell.formula;
    delete cell.formulaResult;
  }

  clearFormat(row: number, column: number): void {
    const cell = this.get(row, column);
    if (cell) for (const key of FORMAT_KEYS) delete cell[key];
  }

  lastRow(): number {
    for (let r = this.rows.length; r >= 1; r--) {
      const line = this.rows[r - 1];
      if (line && line.some((cell) => cell && (cell.formula !== undefined || cell.value !== ''))) return r;
    }
    return 0;
  }

  lastColumn(): number {
    let last = 0;
    for (const line of this.rows) {
      if (!line) continue;
      for (let c = line.length; c > last; c--) {
        const cell = line[c - 1];
        if (cell && (cell.formula !== undefined || cell.value !== '')) {
          last = c;
          break;
        }
      }
    }
    return last;
  }

  insertRows(before: number, count: number): void {
    if (this.rows.length >= before)
      this.rows.splice(before - 1, 0, ...new Array<(Cell | undefined)[]>(count).fill([]).map(() => []));
  }

  deleteRows(start: number, count: number): void {
    this.rows.splice(start - 1, count);
  }

  insertColumns(before: number, count: number): void {
    for (const line of this.rows) {
      if (line && line.length >= before) line.splice(before - 1, 0, ...new Array<Cell | undefined>(count));
    }
  }

  deleteColumns(start: number, count: number): void {
    for (const line of this.rows) if (line) line.splice(start - 1, count);
  }
}

/**
 * What an edit of «База наставников» changes in the cell marks, decided from what was read.
 * Two ways, chosen by the caller from the edit (see live-check.ts):
 * - row-local: one cell outside «№ п/п» and the ФИО columns, row kind unchanged — only the edited
 *   row was read; its cells are re-checked, except the columns whose cross-row marks (numbering,
 *   duplicate pairs) cannot have changed and cannot be recomputed from one row;
 * - full: every row was read; the whole sheet is validated before and after the edit, and the
 *   cells whose marks differ, plus the edited rows, are touched.
 * The state before a single-cell edit is rebuilt from the event's oldValue, so an edit that
 * changes no mark costs no reads of notes or colours.
 */
import type { Area, Grid } from '../core/grid';
import type { HeaderMatch } from '../core/header/find-header';
import type { Issue } from '../core/issue';
import { createBaseContext, rowKind, validateBase, validateBaseRows, type BaseField, type BaseOptions } from '../core/base';
import { marksOf, type Mark } from './cell-marks';

export interface BaseEditInput {
  readonly header: HeaderMatch<BaseField>;
  /** After the edit: rows not read are empty arrays. */
  readonly grid: Grid;
  /** The edited block. */
  readonly area: Area;
  /** The single edited cell's value before the edit ('' when it was empty); undefined for a multi-cell edit. */
  readonly oldValue?: unknown;
  /** True when `grid` holds every row of the sheet. */
  readonly full: boolean;
  readonly options?: BaseOptions;
}

export interface MarkPlan {
  /** Cells (`row:column`) whose marks are reconciled; every other cell is left alone. */
  readonly touched: ReadonlySet<string>;
  /** Wanted marks of the touched cells. */
  readonly wanted: ReadonlyMap<string, Mark>;
  /** True when the old and new marks of the touched cells are known to be the same. */
  readonly unchanged: boolean;
  /** True when a touched cell's marks depend on the saved context (the school list). */
  readonly needsContext: boolean;
}

/** Columns whose marks the live check cannot recompute without reading more (see needsFullRead). */
export function crossColumns(header: HeaderMatch<BaseField>): number[] {
  const { number, mentor, mentees } = header.columns;
  return [number, mentor, mentees].filter((c): c is number => c !== undefined);
}

/** «Место работы» of both sides: checked against the school list, which only the saved context holds. */
export function contextColumns(header: HeaderMatch<BaseField>): number[] {
  const { mentorOrg, menteeOrg } = header.columns;
  return [mentorOrg, menteeOrg].filter((c): c is number => c !== undefined);
}

/** The grid before a single-cell edit, or null when it cannot be rebuilt. */
export function gridBefore(grid: Grid, area: Area, oldValue: unknown): Grid | null {
  if (area.rows !== 1 || area.columns !== 1 || oldValue === undefined) return null;
  const values = grid.values.map((row, index) => {
    if (index !== area.row - 1) return row;
    const copy = row.slice();
    while (copy.length < area.column) copy.push('');
    copy[area.column - 1] = oldValue;
    return copy;
  });
  return { ...grid, values };
}

/** The data rows of the edit (the header and title rows above it are not re-checked live). */
export function editedDataRows(grid: Grid, header: HeaderMatch<BaseField>, area: Area): number[] {
  const first = Math.max(area.row, createBaseContext(grid, header).firstDataRow);
  const rows: number[] = [];
  for (let row = first; row < area.row + area.rows; row++) rows.push(row);
  return rows;
}

/**
 * Whether the edit needs every row: it touches a cross-row column, spans several cells (no old
 * state to compare with), or turns a row from blank into data or back (required cells appear).
 */
export function needsFullRead(grid: Grid, header: HeaderMatch<BaseField>, area: Area, oldValue: unknown): boolean {
  const cross = crossColumns(header);
  for (let c = area.column; c < area.column + area.columns; c++) if (cross.includes(c)) return true;
  const before = gridBefore(grid, area, oldValue);
  if (!before) return true;
  return rowKind(createBaseContext(before, header), area.row) !== rowKind(createBaseContext(grid, header), area.row);
}

function key(row: number, column: number): string {
  return `${row}:${column}`;
}

function lastColumnOf(header: HeaderMatch<BaseField>, grid: Grid, rows: readonly number[]): number {
  let last = Math.max(0, ...(Object.values(header.columns) as number[]), ...header.extra.map((e) => e.column));
  for (const row of rows) last = Math.max(last, grid.values[row - 1]?.length ?? 0);
  return last;
}

function sameMark(a: Mark | undefined, b: Mark | undefined): boolean {
  return a === b || (a !== undefined && b !== undefined && a.note === b.note && a.severity === b.severity);
}

function issuesOf(grid: Grid, header: HeaderMatch<BaseField>, rows: readonly number[], full: boolean, options: BaseOptions): Issue[] {
  return full ? validateBase(grid, options).issues : validateBaseRows(grid, header, rows, options);
}

export function planBaseMarks(input: BaseEditInput): MarkPlan {
  const { header, grid, area, full } = input;
  const options = input.options ?? {};
  const rows = editedDataRows(grid, header, area);
  const last = lastColumnOf(header, grid, rows);
  const before = gridBefore(grid, area, input.oldValue);
  const edited = (column: number) => column >= area.column && column < area.column + area.columns;
  const context = contextColumns(header);
  // A workplace cell's mark changes only with its own text or with the row's kind.
  const workplacesStill = before !== null && !context.some(edited) &&
    rowKind(createBaseContext(before, header), area.row) === rowKind(createBaseContext(grid, header), area.row);
  const skipped = [...(full ? [] : crossColumns(header)), ...(workplacesStill ? context : [])];
  const touched = new Set<string>();
  for (const row of rows) {
    for (let c = 1; c <= last; c++) if (!skipped.includes(c)) touched.add(key(row, c));
  }
  const wantedAll = marksOf(issuesOf(grid, header, rows, full, options));
  const oldAll = before ? marksOf(issuesOf(before, header, rows, full, options)) : null;

  if (full) {
    if (oldAll) {
      for (const cell of new Set([...wantedAll.keys(), ...oldAll.keys()])) {
        if (!sameMark(wantedAll.get(cell), oldAll.get(cell))) touched.add(cell);
      }
    } else {
      // Without the old state, every cell that may carry a cross-row mark is reconciled.
      const dataRows = grid.values.length;
      const firstRow = createBaseContext(grid, header).firstDataRow;
      for (const column of crossColumns(header)) {
        for (let row = firstRow; row <= dataRows; row++) touched.add(key(row, column));
      }
    }
  }

  const wanted = new Map<string, Mark>();
  let unchanged = oldAll !== null;
  for (const cell of touched) {
    const mark = wantedAll.get(cell);
    if (mark) wanted.set(cell, mark);
    if (oldAll && !sameMark(mark, oldAll.get(cell))) unchanged = false;
  }
  const needsContext = [...touched].some((cell) => context.includes(Number(cell.split(':')[1])));
  return { touched, wanted, unchanged, needsContext };
}

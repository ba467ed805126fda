/**
 * What an edit of «База наставников» changes in the cell marks, decided from what was read.
 * Marks are computed before and after the edit (the state before a single-cell edit is rebuilt
 * from the event's oldValue), and every cell whose mark differs is reconciled, with the cells of
 * the edited row whose marks are fully known:
 * - a cell outside «№ п/п» and the ФИО columns: only the edited row was read and its row rules
 *   re-checked; numbering and duplicate pairs cannot have changed;
 * - «№ п/п»: every row was read; numbering is re-checked over the whole column;
 * - a ФИО cell: every row was read; duplicate pairs are re-checked for the edited row's mentor
 *   (before and after), whose pairs alone can have changed;
 * - a block (no old state): every rule over every row.
 * A row still being typed (see rowsBeingTyped) keeps its empty required cells as they are until
 * the curator leaves it — edits another row (planLeftRow) — or completes it, or a full check runs.
 * So an edit that changes no mark costs no reads of notes or colours, and none of 10 000 rows
 * is re-checked by a rule it cannot have changed.
 */
import type { Area, Grid } from '../../core/sheet/grid';
import type { HeaderMatch } from '../../core/header/find-header';
import type { Issue } from '../../core/issues/issue';
import {
  createBaseContext,
  createPeopleReader,
  fieldsReadBy,
  rowKind,
  validateBase,
  validateBaseCross,
  validateBaseRows,
  type BaseField,
  type BaseOptions,
  type CrossScope,
} from '../../core/base';
import { sortIssues } from '../../core/issues/issue-report';
import { marksOf, type Mark } from './cell-marks';
import { gridBefore, inArea, type MarkPlan } from './mark-plan';

export interface BaseEditInput {
  readonly header: HeaderMatch<BaseField>;
  /** After the edit: every row when needsFullRead says so, else rows not read are empty arrays. */
  readonly grid: Grid;
  /** The edited block. */
  readonly area: Area;
  /** The single edited cell's value before the edit ('' when it was empty); undefined for a multi-cell edit. */
  readonly oldValue?: unknown;
  readonly options?: BaseOptions;
}

function columnsOf(header: HeaderMatch<BaseField>, fields: readonly BaseField[]): number[] {
  return fields.map((field) => header.columns[field]).filter((c): c is number => c !== undefined);
}

/** Columns read by rules comparing rows: an edit there can change marks of other rows (see needsFullRead). */
export function crossColumns(header: HeaderMatch<BaseField>): number[] {
  return columnsOf(header, fieldsReadBy(['column', 'sheet']));
}

/** Columns checked against the school list, which only the saved context holds. */
export function contextColumns(header: HeaderMatch<BaseField>): number[] {
  return columnsOf(header, fieldsReadBy(['workbook']));
}

/** The data rows of the edit (the header and title rows above it are not re-checked live). */
export function editedDataRows(grid: Grid, header: HeaderMatch<BaseField>, area: Area): number[] {
  const first = Math.max(area.row, createBaseContext(grid, header).firstDataRow);
  const rows: number[] = [];
  for (let row = first; row < area.row + area.rows; row++) rows.push(row);
  return rows;
}

/** Whether the edit needs every row: it touches «№ п/п» or a ФИО column, or is a block with no old state. */
export function needsFullRead(header: HeaderMatch<BaseField>, area: Area, oldValue: unknown): boolean {
  if (area.rows !== 1 || area.columns !== 1 || oldValue === undefined) return true;
  return crossColumns(header).some((c) => c >= area.column && c < area.column + area.columns);
}

function key(row: number, column: number): string {
  return `${row}:${column}`;
}

function lastColumnOf(header: HeaderMatch<BaseField>, grid: Grid, rows: readonly number[]): number {
  let last = Math.max(
    0,
    ...(Object.values(header.columns) as number[]),
    ...header.extra.map((e) => e.column),
  );
  for (const row of rows) last = Math.max(last, grid.values[row - 1]?.length ?? 0);
  return last;
}

function sameMark(a: Mark | undefined, b: Mark | undefined): boolean {
  return a === b || (a !== undefined && b !== undefined && a.note === b.note && a.severity === b.severity);
}

/** Cells (`row:column`) whose marks differ between two sets. */
function differing(a: ReadonlyMap<string, Mark>, b: ReadonlyMap<string, Mark>): string[] {
  return [...new Set([...a.keys(), ...b.keys()])].filter((cell) => !sameMark(a.get(cell), b.get(cell)));
}

/** Whether an issue is the «not filled in» of an empty cell. */
function isEmptyRequired(issue: Issue): boolean {
  return issue.code === 'cell/required';
}

/**
 * The edited rows a curator is still typing, whatever column she started from. A one-cell edit:
 * the row, before it, was not yet a data row (blank, or only «№ п/п» as a template row has it) or
 * had an empty required cell; a row that was complete is not (a value cleared from it is marked at
 * once). A paste gives no old state: each of its rows left with an empty required cell is taken as
 * being typed, as typing the same cells one by one into it would leave it.
 */
function rowsBeingTyped(edit: EditStates, rows: readonly number[]): ReadonlySet<number> {
  const { grid, before, header, options } = edit;
  if (!before) return new Set(rows.filter((row) => hasEmptyRequired(grid, header, row, options)));
  const row = rows[0];
  if (row === undefined) return new Set();
  const started = rowKind(createBaseContext(before, header), row) === 'data';
  return started && !hasEmptyRequired(before, header, row, options) ? new Set() : new Set([row]);
}

function hasEmptyRequired(
  grid: Grid,
  header: HeaderMatch<BaseField>,
  row: number,
  options: BaseOptions,
): boolean {
  return validateBaseRows(grid, header, [row], options).some(isEmptyRequired);
}

/** The empty required cells (`row:column`) of the rows being typed, after the edit. */
function waitingCells(
  grid: Grid,
  header: HeaderMatch<BaseField>,
  rows: readonly number[],
  options: BaseOptions,
): string[] {
  if (rows.length === 0) return [];
  return validateBaseRows(grid, header, rows, options)
    .filter(isEmptyRequired)
    .map((issue) => key(issue.row, issue.column));
}

interface MarkStates {
  readonly wanted: Map<string, Mark>;
  /** Null when the state before the edit is unknown. */
  readonly old: Map<string, Mark> | null;
}

/** One edit as the planner sees it: the sheet after it and before it (null when unknown). */
interface EditStates {
  readonly grid: Grid;
  readonly before: Grid | null;
  readonly header: HeaderMatch<BaseField>;
  readonly options: BaseOptions;
}

/** The rule comparing rows that an edit of the cell can change, or null for a row-local edit. */
function crossScopeOf(
  { grid, before, header }: EditStates & { before: Grid },
  area: Area,
): CrossScope | null {
  const { row, column } = area;
  const { number, mentor, mentees } = header.columns;
  if (column === number) return { rule: 'numbering' };
  if (column !== mentor && column !== mentees) return null;
  const people = createPeopleReader();
  const mentors = new Set<string>();
  for (const state of [before, grid]) {
    const cell = mentor === undefined ? '' : createBaseContext(state, header).values[row - 1]?.[mentor - 1];
    const names = people.names(cell);
    if (names.length === 1) mentors.add(people.key(names[0]));
  }
  return { rule: 'pairs', mentors, people };
}

/**
 * Marks after and before the edit: the row rules of the edited rows, and when a rule comparing
 * rows applies, that rule over every row plus the row rules of the rows whose marks it changed
 * (a cell's note lists all its issues). A block: every rule over every row, no old state.
 */
function markStates(edit: EditStates, rows: readonly number[], scope: CrossScope | null): MarkStates {
  const { grid, before, header, options } = edit;
  if (!before) return { wanted: marksOf(validateBase(grid, options).issues), old: null };
  if (!scope) {
    return {
      wanted: marksOf(validateBaseRows(grid, header, rows, options)),
      old: marksOf(validateBaseRows(before, header, rows, options)),
    };
  }
  const crossAfter = validateBaseCross(grid, header, scope);
  const crossBefore = validateBaseCross(before, header, scope);
  const changedRows = differing(marksOf(crossAfter), marksOf(crossBefore)).map((cell) =>
    Number(cell.split(':')[0]),
  );
  const checked = [...new Set([...rows, ...changedRows])].sort((a, b) => a - b);
  const all = (state: Grid, cross: Issue[]) =>
    marksOf(sortIssues([...validateBaseRows(state, header, checked, options), ...cross]));
  return { wanted: all(grid, crossAfter), old: all(before, crossBefore) };
}

/**
 * Columns of the edited row left out of the re-check unless their marks are seen to change:
 * those whose rule comparing rows was not run (their wanted marks would lack its issues), and
 * the workplaces not edited (their check needs the saved school list, read only when needed).
 */
function skippedColumns(header: HeaderMatch<BaseField>, area: Area, scope: CrossScope | null): number[] {
  const { number, mentor, mentees } = header.columns;
  const skipped: (number | undefined)[] = contextColumns(header).filter((c) => c !== area.column);
  if (scope?.rule !== 'numbering') skipped.push(number);
  if (scope?.rule !== 'pairs') skipped.push(mentor, mentees);
  return skipped.filter((c): c is number => c !== undefined);
}

export function planBaseMarks(input: BaseEditInput): MarkPlan {
  const { header, grid, area } = input;
  const options = input.options ?? {};
  const rows = editedDataRows(grid, header, area);
  const last = lastColumnOf(header, grid, rows);
  const before = gridBefore(grid, area, input.oldValue);
  const edit: EditStates = { grid, before, header, options };
  const scope = before ? crossScopeOf({ ...edit, before }, area) : null;
  const skipped = before ? skippedColumns(header, area, scope) : [];
  const touched = new Set<string>();
  for (const row of rows) {
    for (let c = 1; c <= last; c++) if (!skipped.includes(c)) touched.add(key(row, c));
  }
  const { wanted: wantedAll, old: oldAll } = markStates(edit, rows, scope);
  if (oldAll) {
    for (const cell of differing(wantedAll, oldAll)) touched.add(cell);
  } else {
    // Without the old state, every cell that may carry a cross-row mark is reconciled.
    const firstRow = createBaseContext(grid, header).firstDataRow;
    for (const column of crossColumns(header)) {
      for (let row = firstRow; row <= grid.values.length; row++) touched.add(key(row, column));
    }
  }

  // Empty required cells of the row being typed — the edit's last, as typing a block cell by cell
  // ends there — the edited ones lose any mark, the others keep theirs. The block's other rows she
  // has left: judged now.
  const lastRow = area.row + area.rows - 1;
  const typing = rowsBeingTyped(edit, rows).has(lastRow) ? lastRow : null;
  for (const cell of waitingCells(grid, header, typing === null ? [] : [typing], options)) {
    if (inArea(cell, area)) wantedAll.delete(cell);
    else touched.delete(cell);
  }

  const wanted = new Map<string, Mark>();
  let unchanged = oldAll !== null;
  for (const cell of touched) {
    const mark = wantedAll.get(cell);
    if (mark) wanted.set(cell, mark);
    if (oldAll && !sameMark(mark, oldAll.get(cell))) unchanged = false;
  }
  const context = contextColumns(header);
  const needsContext = [...touched].some((cell) => context.includes(Number(cell.split(':')[1])));
  return { touched, wanted, unchanged, needsContext, typing };
}

/**
 * The row a curator was typing and has left (she edited another row): its empty required cells
 * get the marks the full check gives them. Only those cells: the rest of the row was judged as
 * she typed it. `grid` holds that row as it is now.
 */
export function planLeftRow(
  header: HeaderMatch<BaseField>,
  grid: Grid,
  row: number,
  options: BaseOptions = {},
): MarkPlan {
  const touched = new Set(waitingCells(grid, header, [row], options));
  const marks = marksOf(validateBaseRows(grid, header, [row], options));
  const wanted = new Map([...marks].filter(([cell]) => touched.has(cell)));
  return { touched, wanted, unchanged: touched.size === 0, needsContext: false, typing: null };
}

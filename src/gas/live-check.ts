/**
 * The onEdit simple trigger: re-checks what an edit can have changed and updates the cell marks.
 * Service calls are counted, so the path is laid out call by call. A single-cell edit of
 * «База наставников» that changes no mark costs 6 calls:
 *   1 range.getA1Notation()            where the edit is (row, column and size in one call)
 *   2 range.getSheet()
 *   3 sheet.getSheetValues(1, 1, 16, -1) the title rows, the header and a possible row of column numbers
 *   4 CacheService.getUserCache()       the row this curator is typing (openTypedRow)
 *   5 cache.get(…)
 *   6 sheet.getSheetValues(r, 1, 1, -1)  the edited row, through the last column with data
 * (6 reads every row instead when the edit touches «№ п/п» or a ФИО column: numbering and
 * duplicate pairs need whole columns.) An edit of «Место работы» also reads the school list saved
 * by the last full check (2): 8 calls. A school tab is read whole after its top rows (4 getDataRange,
 * 5 getValues) — 5 calls for a value cell — and its number formats (1) only when the full check reads
 * them too: a tab with a fraction among its values (school-tab-kind.ts `readsFormats`). An edit of a tab's
 * school cell reads what the full check saved (2) and, when that has a roster, the sheet's name (1), which
 * binds the tab among the saved tabs: 8 calls (docs/decisions.md#access-and-onedit-third-round). Only when
 * some mark changes: a range over the cells to
 * mark (1), their notes and colours (2) — read, because a curator's own are never overwritten —
 * and the new notes and colours (2): 11 calls for a mark in the edited row; after a whole-column
 * re-check, also the sheet's merges (2, plus 1 per merge). When the row being typed changes, one
 * call keeps the new one; when the curator has left a row, judging it reads that row (1) and, if
 * a mark changes, writes its marks as above (5).
 * No UI, no lock: simple triggers may not use them and need neither. Which kind of sheet was
 * edited, and what each kind reads and re-checks, comes from the registry of sheet kinds. */
import type { Area, Grid } from '../core/sheet/grid';
import { reconcileMarks } from '../app/live/cell-marks';
import type { MarkPlan } from '../app/live/mark-plan';
import { SHEET_KINDS } from '../app/sheet-kinds/registry';
import type { AnySheetKind, LiveEditor } from '../app/sheet-kinds/sheet-kind';
import { BUILTIN_CATALOGUE } from '../core/catalogue/catalogue';
import { areaOfA1, mergesOf } from './a1-area';
import { loadLiveContext } from './live-context';
import { sheetDates } from './sheet-dates';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

/** Header search depth (15) plus the row of column numbers some forms put under the header. */
const TOP_ROWS = 16;

/** Issues name the sheet only in sheet-level messages, which marks never show: saves a call. */
const UNNAMED = '';

interface Read {
  readonly values: unknown[][];
  readonly numberFormats?: string[][];
  /** True when `values` holds every row of the sheet. */
  readonly full: boolean;
  /** A range already at hand over `values`, reused for the marks when it covers them. */
  readonly range: { readonly range: Range; readonly area: Area } | null;
}

export function liveCheck(event: GoogleAppsScript.Events.SheetsOnEdit): void {
  liveCheckRange(event.range, oldValueOf(event));
}

/**
 * The edited cell's value before the edit, or undefined when it is unknown. Google's event object
 * has `value` and `oldValue` only for a single cell a user typed into, and `oldValue` only when
 * the cell had a value (Apps Script «Event objects», Edit). A paste — even of one cell — carries
 * neither: its old state is unknown, not «empty», and the safe whole-block re-check runs.
 */
export function oldValueOf(event: { readonly value?: unknown; readonly oldValue?: unknown }): unknown {
  if (event.oldValue !== undefined) return event.oldValue;
  return event.value !== undefined ? '' : undefined;
}

/**
 * Re-checks after `range` changed. `oldValue` is the single cell's previous value ('' when it was
 * empty, undefined when unknown); it is ignored for a block, whose old state is unknown.
 */
export function liveCheckRange(range: Range, oldValue: unknown): void {
  const area = areaOfA1(range.getA1Notation());
  const sheet = range.getSheet();
  const dates = sheetDates(() => sheet.getParent().getSpreadsheetTimeZone());
  const read = (rows: unknown[][]) => dates.readRows(rows);
  const top = read(readTop(sheet));
  const topGrid: Grid = { name: UNNAMED, values: top };
  const before = area.rows === 1 && area.columns === 1 ? oldValue : undefined;
  for (const kind of SHEET_KINDS) {
    const editor = kind.startLive?.(topGrid) ?? null;
    if (editor === null) continue;
    if (area.row + area.rows - 1 > editor.headerRow)
      liveEdit({ sheet, area, top, oldValue: before, convert: read }, editor, kind);
    return;
  }
}

/** Every row through the last one with data, in one call. */
function readAll(sheet: Sheet): unknown[][] {
  return sheet.getSheetValues(1, 1, -1, -1);
}

function readTop(sheet: Sheet): unknown[][] {
  try {
    return sheet.getSheetValues(1, 1, TOP_ROWS, -1);
  } catch {
    // A sheet with fewer than TOP_ROWS rows: its data is all there is.
    return readAll(sheet);
  }
}

/** Rows 1..n, with `rows` placed at `firstRow` and empty arrays where nothing was read. */
function sparse(top: unknown[][], firstRow: number, rows: unknown[][]): unknown[][] {
  const values: unknown[][] = top.slice();
  while (values.length < firstRow - 1) values.push([]);
  rows.forEach((row, index) => {
    values[firstRow - 1 + index] = row;
  });
  return values;
}

/** What a read of the sheet gives, with its dates as the engine keeps them (sheet-dates.ts). */
type Convert = (rows: unknown[][]) => unknown[][];

/** One edit being checked: the sheet, the edited block and the sheet's top rows as read. */
interface Edit {
  readonly sheet: Sheet;
  readonly area: Area;
  readonly top: unknown[][];
  /** The single edited cell's value before the edit; undefined for a block or when unknown. */
  readonly oldValue: unknown;
  readonly convert: Convert;
}

function readRows({ sheet, area, top, convert }: Edit, full: boolean): Read {
  if (full) return { values: convert(readAll(sheet)), full: true, range: null };
  const last = area.row + area.rows - 1;
  if (last <= top.length) return { values: top, full: false, range: null };
  return {
    values: sparse(top, area.row, convert(sheet.getSheetValues(area.row, 1, area.rows, -1))),
    full: false,
    range: null,
  };
}

/**
 * The whole data range, for small sheets whose rules need every row, with its number formats when the kind
 * reads them for these values — as the full check and the sidebar do, so the three judge the same grid.
 */
function readWhole(sheet: Sheet, convert: Convert, kind: AnySheetKind): Read {
  const range = sheet.getDataRange();
  const values = convert(range.getValues());
  const area = { row: 1, column: 1, rows: values.length, columns: values[0]?.length ?? 1 };
  const formats = kind.readsFormats?.(BUILTIN_CATALOGUE, { name: UNNAMED, values }) === true;
  return {
    values,
    ...(formats ? { numberFormats: range.getNumberFormats() } : {}),
    full: true,
    range: { range, area },
  };
}

function liveEdit(edit: Edit, editor: LiveEditor, kind: AnySheetKind): void {
  const typed = editor.planLeftRow ? openTypedRow() : null;
  const read =
    editor.reads === 'whole'
      ? readWhole(edit.sheet, edit.convert, kind)
      : readRows(edit, editor.needsAllRows(edit.area, edit.oldValue));
  const plan = planEdit(edit, editor, read, kind.readsMerges === true);
  if (!plan.unchanged) writeMarks(edit.sheet, plan, read);
  if (typed && editor.planLeftRow)
    leaveRow(edit, { typed, read, now: plan.typing ?? null }, editor.planLeftRow);
}

/** The marks the edit changes: planned once, again with the school list or the merges only when they matter. */
function planEdit(edit: Edit, editor: LiveEditor, read: Read, readsMerges: boolean): MarkPlan {
  const { sheet, area, oldValue } = edit;
  const grid: Grid = {
    name: UNNAMED,
    values: read.values,
    ...(read.numberFormats ? { numberFormats: read.numberFormats } : {}),
  };
  const first = editor.plan(grid, area, oldValue, {});
  if (first.unchanged && !first.needsContext) return first;
  const context = first.needsContext ? loadLiveContext() : {};
  // Merges matter to the kinds whose rules read them, over whole columns, and only when some mark changes.
  const merges = !first.unchanged && read.full && readsMerges ? mergesOf(sheet.getDataRange()) : [];
  if (merges.length === 0 && Object.keys(context).length === 0) return first;
  // A tab's school cell is bound among the saved tabs by the sheet's name: one call, only then.
  const name = first.needsSheetName && context.roster !== undefined ? sheet.getName() : grid.name;
  return editor.plan({ ...grid, name, ...(merges.length > 0 ? { merges } : {}) }, area, oldValue, context);
}

/**
 * The row a curator is typing, kept in her own cache between edits (CacheService «getUserCache»:
 * «scoped to the current user and script», so two curators typing at once keep apart rows).
 * Two calls. Kept for the longest time a cache allows, six hours: a row left longer waits for the
 * full check.
 */
const TYPED_ROW_KEY = 'cmn.typed-row';
const TYPED_ROW_SECONDS = 21600;

interface TypedRow {
  readonly cache: GoogleAppsScript.Cache.Cache;
  readonly row: number | null;
}

function openTypedRow(): TypedRow | null {
  const cache = CacheService.getUserCache();
  if (!cache) return null;
  const row = Number(cache.get(TYPED_ROW_KEY));
  return { cache, row: Number.isInteger(row) && row > 0 ? row : null };
}

interface Leaving {
  readonly typed: TypedRow;
  readonly read: Read;
  /** The row being typed after this edit (null when none). */
  readonly now: number | null;
}

/**
 * When the edit is in another row than the one the curator was typing, that row is judged: its
 * empty required cells get their marks (one read of the row when it was not read, and the marks'
 * five calls only when one changes). Then the row being typed now is kept (one call when it changed).
 */
function leaveRow(
  edit: Edit,
  { typed, read, now }: Leaving,
  planLeftRow: (grid: Grid, row: number) => MarkPlan,
): void {
  const left = typed.row;
  const { area } = edit;
  const inEdit = left !== null && left >= area.row && left < area.row + area.rows;
  if (left !== null && left !== now && !inEdit) {
    const values = valuesWithRow(edit, read, left);
    const plan = values === null ? null : planLeftRow({ name: UNNAMED, values }, left);
    if (values !== null && plan && !plan.unchanged)
      writeMarks(edit.sheet, plan, { values, full: false, range: null });
  }
  if (now === left) return;
  if (now === null) typed.cache.remove(TYPED_ROW_KEY);
  else typed.cache.put(TYPED_ROW_KEY, String(now), TYPED_ROW_SECONDS);
}

/** The rows read, with `row` among them: read now when it was not; null when the sheet no longer has it. */
function valuesWithRow(edit: Edit, read: Read, row: number): unknown[][] | null {
  if (read.full || row <= edit.top.length) return read.values;
  try {
    return sparse(read.values, row, edit.convert(edit.sheet.getSheetValues(row, 1, 1, -1)));
  } catch {
    // Rows were deleted since: the row left is gone, and the full check judges what is there.
    return null;
  }
}

function boundingArea(cells: ReadonlySet<string>): Area | null {
  let top = Infinity;
  let left = Infinity;
  let bottom = 0;
  let right = 0;
  for (const cell of cells) {
    const [row, column] = cell.split(':').map(Number);
    top = Math.min(top, row);
    bottom = Math.max(bottom, row);
    left = Math.min(left, column);
    right = Math.max(right, column);
  }
  return bottom === 0 ? null : { row: top, column: left, rows: bottom - top + 1, columns: right - left + 1 };
}

function within(inner: Area, outer: Area): boolean {
  return (
    inner.row >= outer.row &&
    inner.column >= outer.column &&
    inner.row + inner.rows <= outer.row + outer.rows &&
    inner.column + inner.columns <= outer.column + outer.columns
  );
}

function writeMarks(sheet: Sheet, plan: MarkPlan, read: Read): void {
  const bounds = boundingArea(plan.touched);
  if (!bounds) return;
  const held = read.range && within(bounds, read.range.area) ? read.range : null;
  const area = held ? held.area : bounds;
  const range = held ? held.range : sheet.getRange(area.row, area.column, area.rows, area.columns);
  const result = reconcileMarks(
    area,
    { notes: range.getNotes(), backgrounds: range.getBackgrounds() },
    plan.wanted,
    plan.touched,
  );
  if (!result.changed) return;
  range.setNotes(result.notes);
  range.setBackgrounds(result.backgrounds);
}

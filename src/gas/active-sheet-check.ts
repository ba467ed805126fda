/**
 * The sidebar's «Текущий лист»: the active sheet's own issues from that sheet alone, read in at
 * most five calls whatever the size of the workbook (it runs every time the sheet changes):
 *   1 SpreadsheetApp.getActiveSheet()   2 sheet.getName()   3 sheet.getDataRange()
 *   4 range.getValues()                 5 range.getMergedRanges() or getNumberFormats(), when
 *                                         its kind's rules read them (the base's merged mentors)
 * The school list «Место работы» is checked against comes from the sidebar, which got it from
 * the last full check; comparisons with other sheets are left to «Вся таблица».
 */
import type { LiveContext } from '../app/live/live-context';
import { recogniseKind } from '../app/sheet-kinds/registry';
import type { SheetKind } from '../app/sheet-kinds/sheet-kind';
import { BUILTIN_CATALOGUE } from '../core/catalogue/catalogue';
import type { Grid } from '../core/sheet/grid';
import type { Issue } from '../core/issues/issue';
import { mergesOf } from './a1-area';
import { fingerprint } from './fingerprint';
import { sheetDates } from './sheet-dates';
import { usedRows } from './used-rows';

export interface ActiveSheetCheck {
  readonly name: string;
  readonly grid: Grid;
  readonly kind: SheetKind | null;
  readonly issues: readonly Issue[];
  /** The change stamp of the values read (see activeStamp). */
  readonly stamp: string;
}

/** Four calls: what the sidebar polls to notice an edit. */
export function activeStamp(): string {
  const sheet = SpreadsheetApp.getActiveSheet();
  return fingerprint(sheet.getName(), sheet.getDataRange().getValues());
}

export function checkActiveSheetAlone(context: LiveContext): ActiveSheetCheck {
  const sheet = SpreadsheetApp.getActiveSheet();
  const name = sheet.getName();
  const range = sheet.getDataRange();
  const raw = range.getValues();
  const stamp = fingerprint(name, raw);
  const values = sheetDates(() => sheet.getParent().getSpreadsheetTimeZone()).readRows(raw);
  let grid: Grid = { name, values: usedRows(values) };
  const kind = recogniseKind(grid);
  if (kind?.readsMerges) {
    const merges = mergesOf(range);
    if (merges.length > 0) grid = { ...grid, merges };
  } else if (kind?.readsFormats?.(BUILTIN_CATALOGUE, grid)) {
    grid = { ...grid, numberFormats: range.getNumberFormats() };
  }
  return { name, grid, kind, issues: kind?.checkAlone?.(grid, context) ?? [], stamp };
}

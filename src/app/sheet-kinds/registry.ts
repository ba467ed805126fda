/**
 * Every kind of sheet, one entry each, declared in its own file under kinds/. A new kind is its
 * file (recognition, analysis step and output, check alone, live check, template) and one line
 * of this list; with a template, also the one-line export of its menu handler in
 * src/gas/index.ts. The order is the menu's, and it settles a tie of recognition scores.
 */
import type { Grid } from '../../core/sheet/grid';
import { BASE_KIND } from './kinds/base-kind';
import { CATALOGUE_KIND } from './kinds/catalogue-kind';
import { PARAMETERS_KIND } from './kinds/parameters-kind';
import { PREVIOUS_KIND } from './kinds/previous-kind';
import { RECOMMENDATIONS_KIND } from './kinds/recommendations-kind';
import { ROSTER_KIND } from './kinds/roster-kind';
import { SCHOOL_TAB_KIND } from './kinds/school-tab-kind';
import { SUMMARY_KIND } from './kinds/summary-kind';
import { TEMPLATES_KIND } from './kinds/templates-kind';
import type { AnySheetKind, SheetKind, SheetKindId } from './sheet-kind';

export const SHEET_KINDS: readonly AnySheetKind[] = [
  SUMMARY_KIND,
  RECOMMENDATIONS_KIND,
  BASE_KIND,
  CATALOGUE_KIND,
  TEMPLATES_KIND,
  PARAMETERS_KIND,
  ROSTER_KIND,
  PREVIOUS_KIND,
  SCHOOL_TAB_KIND,
];

export function sheetKind<K extends SheetKindId>(id: K): SheetKind<K> {
  return SHEET_KINDS.find((kind) => kind.id === id) as unknown as SheetKind<K>;
}

/**
 * The kind whose header the sheet matches best (the highest score of `recognise`), the earlier in
 * the list on a tie; null when no kind's header is there. Generated kinds go by their marker only.
 * Each kind searches the same top rows, whose header keys find-header.ts makes once per grid.
 */
export function recogniseKind(grid: Grid): AnySheetKind | null {
  let best: AnySheetKind | null = null;
  let bestScore = 0;
  for (const kind of SHEET_KINDS) {
    const score = kind.recognise?.(grid) ?? 0;
    if (score > bestScore) {
      best = kind;
      bestScore = score;
    }
  }
  return best;
}

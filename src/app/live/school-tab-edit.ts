/**
 * What an edit of a school's monitoring tab changes in the cell marks. The tab is small, so it is
 * read whole; the marks reconciled are those of the value cells: the edited rows' values and any
 * value whose consistency with another one («не больше общей численности») changed. Marks that
 * need other sheets (the base, a custom «Показатели») are left to the full check.
 */
import { BUILTIN_CATALOGUE } from '../../core/catalogue/catalogue';
import type { Area, Grid } from '../../core/sheet/grid';
import type { HeaderMatch } from '../../core/header/find-header';
import type { Issue } from '../../core/issues/issue';
import { readsOneSheet } from '../../core/issues/rules';
import { checkConsistency } from '../../core/indicators/consistency';
import type { MonitoringField } from '../../core/monitoring/monitoring-header';
import { parseSchoolTab } from '../../core/monitoring/school-tab';
import { cellText } from '../../core/text/normalise';
import { marksOf, type Mark } from './cell-marks';
import { gridBefore, withBlockCleared, type MarkPlan } from './mark-plan';

/** Rules a value cell gets from the tab alone; those reading other sheets are left to the full check. */
function isLiveCode(issue: Issue): boolean {
  return readsOneSheet(issue.code);
}

function valueMarks(grid: Grid, valueColumn: number): Map<string, Mark> {
  const tab = parseSchoolTab(grid, BUILTIN_CATALOGUE);
  if (!tab) return new Map();
  const issues = [...tab.issues, ...checkConsistency(tab, BUILTIN_CATALOGUE).issues];
  return marksOf(issues.filter((issue) => issue.column === valueColumn && isLiveCode(issue)));
}

export function planTabMarks(
  grid: Grid,
  header: HeaderMatch<MonitoringField>,
  area: Area,
  oldValue: unknown,
): MarkPlan {
  const valueColumn = header.columns.value as number;
  const touched = new Set<string>();
  for (let row = Math.max(area.row, header.row + 1); row < area.row + area.rows; row++)
    touched.add(`${row}:${valueColumn}`);
  const wantedAll = valueMarks(grid, valueColumn);
  const before = gridBefore(grid, area, oldValue);
  const oldAll = before ? valueMarks(before, valueColumn) : null;
  if (oldAll) {
    for (const cell of new Set([...wantedAll.keys(), ...oldAll.keys()])) {
      if (wantedAll.get(cell)?.note !== oldAll.get(cell)?.note) touched.add(cell);
    }
  } else {
    // A paste: no old state. Every filled value cell is reconciled, and an empty one only when a
    // pasted value changes its marks: typing the same cells one by one leaves the others as they are.
    const cleared = valueMarks(withBlockCleared(grid, area), valueColumn);
    for (let row = header.row + 1; row <= grid.values.length; row++) {
      const cell = `${row}:${valueColumn}`;
      const filled = cellText(grid.values[row - 1]?.[valueColumn - 1] ?? '') !== '';
      if (filled || wantedAll.get(cell)?.note !== cleared.get(cell)?.note) touched.add(cell);
    }
  }
  const wanted = new Map<string, Mark>();
  let unchanged = oldAll !== null;
  for (const cell of touched) {
    const mark = wantedAll.get(cell);
    if (mark) wanted.set(cell, mark);
    if (oldAll && mark?.note !== oldAll.get(cell)?.note) unchanged = false;
  }
  return { touched, wanted, unchanged, needsContext: false };
}

/**
 * What an edit of a school's monitoring tab changes in the cell marks. The tab is small, so it is
 * read whole; the marks reconciled are those of the value cells: the edited rows' values and any
 * value whose consistency with another one («не больше общей численности») changed. Marks that
 * need other sheets (the base, a custom «Показатели») are left to the full check. The school cell is
 * marked at once when its name has Latin letters among Russian ones, with the school it fits in the saved
 * list (the roster's after a full check) as the fix; whether it fits another roster school or none is told
 * by the full check, which reads the roster (docs/decisions.md#school-names-as-people-write-them).
 */
import { BUILTIN_CATALOGUE } from '../../core/catalogue/catalogue';
import type { Area, Grid } from '../../core/sheet/grid';
import type { HeaderMatch } from '../../core/header/find-header';
import type { Issue } from '../../core/issues/issue';
import { readsOneSheet } from '../../core/issues/rules';
import { checkConsistency } from '../../core/indicators/consistency';
import type { MonitoringField } from '../../core/monitoring/monitoring-header';
import { parseSchoolTab, type SchoolTab } from '../../core/monitoring/school-tab';
import { hasLookAlikes, matchedName, schoolCellIssue, schoolNameMatcher } from '../../core/roster';
import { cellText, fixLookAlikes } from '../../core/text/normalise';
import { marksOf, type Mark } from './cell-marks';
import type { LiveContext } from './live-context';
import { gridBefore, withBlockCleared, type MarkPlan } from './mark-plan';

/** Rules a value cell gets from the tab alone; those reading other sheets are left to the full check. */
function isLiveCode(issue: Issue): boolean {
  return readsOneSheet(issue.code);
}

interface TabMarks {
  /** Marks of the value cells and of the school cell, keyed `row:column`. */
  readonly marks: Map<string, Mark>;
  /** The school cell (`row:column`), when the tab has one holding the name alone. */
  readonly nameCell: string | null;
}

/** The school cell's issue from the cell alone and the saved school list: Latin look-alikes only. */
function schoolCellIssues(tab: SchoolTab, context: LiveContext): Issue[] {
  if (tab.nameCell === undefined || !hasLookAlikes(tab.name)) return [];
  const known = context.knownOrganisations ?? [];
  const name = matchedName(schoolNameMatcher(known)(tab.name)) ?? fixLookAlikes(tab.name);
  const issue = schoolCellIssue(tab, { kind: 'counted', name }, null);
  return issue === null ? [] : [issue];
}

function tabMarks(grid: Grid, valueColumn: number, context: LiveContext): TabMarks {
  const tab = parseSchoolTab(grid, BUILTIN_CATALOGUE);
  if (!tab) return { marks: new Map(), nameCell: null };
  const issues = [...tab.issues, ...checkConsistency(tab, BUILTIN_CATALOGUE).issues];
  const values = issues.filter((issue) => issue.column === valueColumn && isLiveCode(issue));
  const nameCell = tab.nameCell === undefined ? null : `${tab.nameCell.row}:${tab.nameCell.column}`;
  return { marks: marksOf([...values, ...schoolCellIssues(tab, context)]), nameCell };
}

const within = (area: Area, cell: string): boolean => {
  const [row, column] = cell.split(':').map(Number);
  return (
    row >= area.row &&
    row < area.row + area.rows &&
    column >= area.column &&
    column < area.column + area.columns
  );
};

/** One edit of a tab: the tab after it, its header, the edited block and the single cell's old value. */
export interface TabEdit {
  readonly grid: Grid;
  readonly header: HeaderMatch<MonitoringField>;
  readonly area: Area;
  /** The single edited cell's value before the edit ('' when it was empty); undefined when unknown. */
  readonly oldValue: unknown;
  /** The school list saved by the last full check, when the plan asked for it (needsContext). */
  readonly context?: LiveContext;
}

export function planTabMarks({ grid, header, area, oldValue, context = {} }: TabEdit): MarkPlan {
  const valueColumn = header.columns.value as number;
  const touched = new Set<string>();
  for (let row = Math.max(area.row, header.row + 1); row < area.row + area.rows; row++)
    touched.add(`${row}:${valueColumn}`);
  const after = tabMarks(grid, valueColumn, context);
  const wantedAll = after.marks;
  const before = gridBefore(grid, area, oldValue);
  const oldAll = before ? tabMarks(before, valueColumn, context).marks : null;
  if (oldAll) {
    // The school cell is among these when its Latin letters came or went; a name the full check told
    // about otherwise keeps that mark until the next full check, which reads the roster.
    for (const cell of new Set([...wantedAll.keys(), ...oldAll.keys()])) {
      if (wantedAll.get(cell)?.note !== oldAll.get(cell)?.note) touched.add(cell);
    }
  } else {
    // A paste: no old state. Every filled value cell is reconciled, and an empty one only when a
    // pasted value changes its marks: typing the same cells one by one leaves the others as they are.
    const cleared = tabMarks(withBlockCleared(grid, area), valueColumn, context).marks;
    for (let row = header.row + 1; row <= grid.values.length; row++) {
      const cell = `${row}:${valueColumn}`;
      const filled = cellText(grid.values[row - 1]?.[valueColumn - 1] ?? '') !== '';
      if (filled || wantedAll.get(cell)?.note !== cleared.get(cell)?.note) touched.add(cell);
    }
    if (after.nameCell !== null && within(area, after.nameCell) && wantedAll.has(after.nameCell))
      touched.add(after.nameCell);
  }
  const wanted = new Map<string, Mark>();
  let unchanged = oldAll !== null;
  for (const cell of touched) {
    const mark = wantedAll.get(cell);
    if (mark) wanted.set(cell, mark);
    if (oldAll && mark?.note !== oldAll.get(cell)?.note) unchanged = false;
  }
  // The fix of a name with Latin letters is the school it fits in the saved list, read only then.
  const needsContext =
    after.nameCell !== null && touched.has(after.nameCell) && wantedAll.has(after.nameCell);
  return { touched, wanted, unchanged, needsContext };
}

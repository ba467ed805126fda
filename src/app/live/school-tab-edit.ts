/**
 * What an edit of a school's monitoring tab changes in the cell marks. The tab is small, so it is
 * read whole; the marks reconciled are those of the value cells: the edited rows' values and any
 * value whose consistency with another one («не больше общей численности») changed. Marks that
 * need other sheets (the base, a custom «Показатели») are left to the full check. The school cell is
 * judged at once as the full check judges it (docs/decisions.md#school-cell-and-percents-live): against the
 * roster the last full check saved, the tab bound among the other tabs as they were then — Latin letters, a
 * name of another roster school or of none, with the roster's name as the fix; without a roster only Latin
 * letters, the name in Russian letters as the fix.
 */
import { BUILTIN_CATALOGUE } from '../../core/catalogue/catalogue';
import type { Area, Grid } from '../../core/sheet/grid';
import type { HeaderMatch } from '../../core/header/find-header';
import type { Issue } from '../../core/issues/issue';
import { readsOneSheet } from '../../core/issues/rules';
import { checkConsistency } from '../../core/indicators/consistency';
import type { MonitoringField } from '../../core/monitoring/monitoring-header';
import { parseSchoolTab, type SchoolTab } from '../../core/monitoring/school-tab';
import { hasLookAlikes, rosterOutcome, schoolCellIssue } from '../../core/roster';
import { cellText, fixLookAlikes } from '../../core/text/normalise';
import { marksOf, type Mark } from './cell-marks';
import type { LiveContext } from './live-context';
import { gridBefore, inArea, withBlockCleared, type MarkPlan } from './mark-plan';

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

/** The school cell's issue as the full check tells it (school-tab-kind.ts, roster-match.ts). */
function schoolCellIssues(tab: SchoolTab, context: LiveContext): Issue[] {
  if (tab.nameCell === undefined) return [];
  const { roster } = context;
  let issue: Issue | null;
  if (roster === undefined || tab.sheet === '') {
    if (!hasLookAlikes(tab.name)) return [];
    issue = schoolCellIssue(tab, { kind: 'counted', name: fixLookAlikes(tab.name) }, null);
  } else {
    const own = { sheet: tab.sheet, name: tab.name };
    const known = roster.tabs.some((other) => other.sheet === tab.sheet);
    const tabs = known
      ? roster.tabs.map((other) => (other.sheet === tab.sheet ? own : other))
      : [...roster.tabs, own];
    issue = schoolCellIssue(tab, rosterOutcome(roster.schools, tabs, own), roster.sheet);
  }
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

/** One edit of a tab: the tab after it, its header, the edited block and the single cell's old value. */
export interface TabEdit {
  readonly grid: Grid;
  readonly header: HeaderMatch<MonitoringField>;
  readonly area: Area;
  /** The single edited cell's value before the edit ('' when it was empty); undefined when unknown. */
  readonly oldValue: unknown;
  /** What the last full check saved, when the plan asked for it (needsContext); the grid then has the sheet's name. */
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
  // The school cell where it was or is: an edit of it is judged with the saved roster (needsContext).
  const nameCell = after.nameCell ?? (before ? tabMarks(before, valueColumn, {}).nameCell : null);
  const nameEdited = nameCell !== null && inArea(nameCell, area);
  if (oldAll) {
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
    // A school cell pasted over is judged anew with the saved roster, whatever mark it had; without one,
    // a mark the full check gave it for the roster stays until the next full check.
    if (nameEdited && (context.roster !== undefined || wantedAll.has(nameCell))) touched.add(nameCell);
  }
  const wanted = new Map<string, Mark>();
  let unchanged = oldAll !== null;
  for (const cell of touched) {
    const mark = wantedAll.get(cell);
    if (mark) wanted.set(cell, mark);
    if (oldAll && mark?.note !== oldAll.get(cell)?.note) unchanged = false;
  }
  // Only an edit of the school cell reads the saved roster and the sheet's name: the others leave its mark.
  return { touched, wanted, unchanged, needsContext: nameEdited, needsSheetName: nameEdited };
}

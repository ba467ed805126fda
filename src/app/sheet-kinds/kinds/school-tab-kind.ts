/**
 * A school's monitoring tab «Код | Показатель | Значение» (the loosest header): each school's
 * inputs and figures, matched to the roster when there is one.
 */
import { BUILTIN_CATALOGUE, isInput } from '../../../core/catalogue/catalogue';
import { schoolFigures, type SchoolFigures } from '../../../core/indicators/school-figures';
import type { Issue } from '../../../core/issues/issue';
import { SKIP_REASONS } from '../../../core/monitoring/messages';
import { findMonitoringHeader } from '../../../core/monitoring/monitoring-header';
import { parseSchoolTab, type SchoolTab } from '../../../core/monitoring/school-tab';
import { mayHoldTypedPercent } from '../../../core/monitoring/typed-percent';
import {
  matchedName,
  matchRoster,
  requiredFill,
  rosterNames,
  schoolCellIssue,
  schoolNameMatcher,
  type RosterMatch,
} from '../../../core/roster';
import type { Grid } from '../../../core/sheet/grid';
import { schoolTemplate } from '../../../core/templates/school-template';
import { fixLookAlikes } from '../../../core/text/normalise';
import { schoolKey } from '../../../core/text/school-name';
import { planTabMarks } from '../../live/school-tab-edit';
import { headerScore } from '../header-score';
import type { AnalysisState, SheetKind } from '../sheet-kind';

export interface SchoolTabsOutput {
  /** The tabs used, each school once, in workbook order. */
  readonly tabs: readonly SchoolTab[];
  readonly figures: readonly SchoolFigures[];
  /** Tabs of roster schools with every required value empty: not submitted, left out of the figures. */
  readonly emptyTabs: ReadonlySet<string>;
  /** The roster's schools matched to the tabs; null without a roster or without tabs. */
  readonly rosterMatch: RosterMatch | null;
  /**
   * The name each tab's school is known by everywhere downstream, by tab: the roster's when the tab is
   * matched to a roster school, else the tab's own with Latin look-alikes written in Russian letters
   * (docs/decisions.md#school-names-as-people-write-them).
   */
  readonly names: ReadonlyMap<string, string>;
}

declare module '../sheet-kind' {
  interface KindOutputs {
    'school-tab': SchoolTabsOutput;
  }
}

export const SCHOOL_TAB_KIND: SheetKind<'school-tab'> = {
  id: 'school-tab',
  recognise: (grid) => headerScore(grid, findMonitoringHeader(grid)),
  // Indicators in percent need the formats (the built-in catalogue has none); otherwise only a tab with a
  // fraction among its values, which may be a percent typed into a count: one more read of that tab only.
  readsFormats: (catalogue, grid) =>
    catalogue.indicators.some((def) => isInput(def) && def.type === 'percent') || mayHoldTypedPercent(grid),
  phase: 2,
  none: { tabs: [], figures: [], emptyTabs: new Set(), rosterMatch: null, names: new Map() },
  analyse: analyseSchoolTabs,
  checkAlone: checkTabAlone,
  marked: true,
  startLive(top) {
    const header = findMonitoringHeader(top);
    if (header === null) return null;
    return {
      // The school cell stands above the header: an edit anywhere may change a mark.
      headerRow: 0,
      reads: 'whole',
      needsAllRows: () => true,
      plan: (grid, area, oldValue, context) => planTabMarks({ grid, header, area, oldValue, context }),
    };
  },
  template: {
    caption: 'Создать листы ОО по списку',
    functionName: 'menuCreateSchoolSheets',
    files: { municipal: 4, school: 1 },
    tab: schoolTemplate,
  },
};

/**
 * Every tab that matches the catalogue, each school once: a copied tab would count it twice. Of
 * two tabs of one school the one with fewer invalid inputs is used (a corrected copy beats the
 * stale original), then the more complete one, then the first; the reason names the choice.
 */
function analyseSchoolTabs(grids: readonly Grid[], state: AnalysisState): SchoolTabsOutput {
  const { catalogue, roster } = state.outputs;
  const parsed: SchoolTab[] = [];
  const bySchool = new Map<string, SchoolTab[]>();
  // Two tabs of one roster school are one school however each spells it.
  const rosterName = schoolNameMatcher(roster?.entries.map((entry) => entry.name) ?? []);
  for (const grid of grids) {
    const tab = parseSchoolTab(grid, catalogue);
    if (tab === null || tab.matchedRows === 0) {
      state.skipped.push({ sheet: grid.name, reason: SKIP_REASONS.noIndicators });
      continue;
    }
    parsed.push(tab);
    const key = schoolKey(matchedName(rosterName(tab.name)) ?? tab.name);
    bySchool.set(key, [...(bySchool.get(key) ?? []), tab]);
  }
  const chosen = new Set<SchoolTab>();
  for (const tabs of bySchool.values()) {
    const best = tabs.reduce((kept, tab) => (better(tab, kept) ? tab : kept));
    chosen.add(best);
    for (const tab of tabs) {
      if (tab === best) continue;
      const reason =
        invalidInputs(best) < invalidInputs(tab)
          ? SKIP_REASONS.staleSchoolTab(tab.name, best.sheet, invalidInputs(tab), invalidInputs(best))
          : SKIP_REASONS.secondSchoolTab(tab.name, best.sheet);
      state.skipped.push({ sheet: tab.sheet, reason });
    }
  }
  // In workbook order, as the tabs were read.
  const tabs = parsed.filter((each) => chosen.has(each));
  for (const tab of tabs) state.addIssues(tab.issues);
  state.used['school-tab'] = tabs.map((tab) => tab.sheet);
  // With a roster, a roster school's tab with every required value empty is «не представлены
  // данные» (docs/domain.md#roster-and-parameters), so it gives no figures at all instead of being excluded from each one.
  const emptyTabs = new Set<string>();
  let rosterMatch: RosterMatch | null = null;
  const names = new Map(tabs.map((tab) => [tab.sheet, fixLookAlikes(tab.name)]));
  if (roster !== null) {
    rosterMatch = matchRoster(roster.entries, tabs, roster.sheet);
    state.addIssues(rosterMatch.issues);
    for (const [sheet, name] of rosterNames(rosterMatch)) names.set(sheet, name);
    for (const tab of tabs) {
      if (rosterMatch.entryOfTab.has(tab.sheet) && requiredFill(tab, catalogue).filled === 0)
        emptyTabs.add(tab.sheet);
    }
  } else {
    // Without a roster the tabs are the reference: only Latin letters among Russian ones are told.
    for (const tab of tabs) {
      const issue = schoolCellIssue(tab, { kind: 'counted', name: names.get(tab.sheet) as string }, null);
      if (issue !== null) state.addIssues([issue]);
    }
  }
  const figures: SchoolFigures[] = [];
  for (const tab of tabs) {
    if (emptyTabs.has(tab.sheet)) continue;
    const school = schoolFigures({ ...tab, name: names.get(tab.sheet) as string }, catalogue);
    figures.push(school);
    state.addIssues(school.issues);
  }
  return { tabs, figures, emptyTabs, rosterMatch, names };
}

export function invalidInputs(tab: SchoolTab): number {
  return Object.values(tab.inputs).filter((input) => input.invalid).length;
}

export function filledInputs(tab: SchoolTab): number {
  return Object.values(tab.inputs).filter((input) => input.value !== null).length;
}

/** Fewer invalid inputs, then more filled ones; on a tie the earlier tab stays. */
export function better(tab: SchoolTab, than: SchoolTab): boolean {
  const invalid = invalidInputs(tab) - invalidInputs(than);
  return invalid < 0 || (invalid === 0 && filledInputs(tab) > filledInputs(than));
}

/** A tab's own issues against the built-in catalogue (a «Показатели» sheet is another sheet). */
function checkTabAlone(grid: Grid): readonly Issue[] {
  const tab = parseSchoolTab(grid, BUILTIN_CATALOGUE);
  return tab === null ? [] : [...tab.issues, ...schoolFigures(tab, BUILTIN_CATALOGUE).issues];
}

/**
 * The fill status of every school (docs/domain.md#roster-and-parameters) and the roster's schools that have
 * not submitted data, from what the analysis read: the roster and its match with the tabs, each tab's
 * required values, and the issues counted per sheet.
 */
import type { Catalogue } from '../core/catalogue/catalogue';
import { byName } from '../core/indicators/aggregate';
import type { SchoolTab } from '../core/monitoring/school-tab';
import { countedInputs, requiredFill, type Roster, type RosterMatch } from '../core/roster';
import type { SchoolFill } from '../core/findings/analysis-result';

export interface FillOutcome {
  readonly notSubmitted: readonly string[];
  readonly fill: readonly SchoolFill[];
}

/** What the analysis read that the fill status is made of. */
export interface FillInput {
  readonly roster: Roster | null;
  /** The roster's schools matched to the tabs; null exactly when there is no roster. */
  readonly rosterMatch: RosterMatch | null;
  readonly tabs: readonly SchoolTab[];
  readonly emptyTabs: ReadonlySet<string>;
  /** The name each tab's school is known by (the roster's when matched), by tab. */
  readonly names: ReadonlyMap<string, string>;
  readonly catalogue: Catalogue;
}

export function schoolFill(
  state: FillInput,
  counts: (sheet: string) => { error: number; warning: number },
): FillOutcome {
  const { roster, catalogue } = state;
  const nameOf = (tab: SchoolTab): string => state.names.get(tab.sheet) ?? tab.name;
  const tabFill = (tab: SchoolTab, name: string, onRoster: boolean | null): SchoolFill => {
    const { filled, total } = requiredFill(tab, catalogue);
    const issues = counts(tab.sheet);
    return {
      name,
      sheet: tab.sheet,
      requiredFilled: filled,
      requiredTotal: total,
      errors: issues.error,
      warnings: issues.warning,
      notSubmitted: state.emptyTabs.has(tab.sheet),
      onRoster,
    };
  };
  const match = state.rosterMatch;
  if (roster === null || match === null) {
    return {
      notSubmitted: [],
      fill: state.tabs.map((tab) => tabFill(tab, nameOf(tab), null)).sort(alphabetical),
    };
  }
  const tabOfEntry = new Map([...match.entryOfTab].map(([sheet, entry]) => [entry, sheet]));
  const tabs = new Map(state.tabs.map((tab) => [tab.sheet, tab]));
  const fill: SchoolFill[] = [];
  const notSubmitted: string[] = [];
  for (const entry of roster.entries) {
    const sheet = tabOfEntry.get(entry);
    const tab = sheet === undefined ? undefined : tabs.get(sheet);
    if (tab === undefined) {
      fill.push(missing(entry.name, catalogue));
      notSubmitted.push(entry.name);
      continue;
    }
    const status = tabFill(tab, entry.name, true);
    fill.push(status);
    if (status.notSubmitted) notSubmitted.push(entry.name);
  }
  for (const tab of state.tabs)
    if (!match.entryOfTab.has(tab.sheet)) fill.push(tabFill(tab, nameOf(tab), false));
  return { notSubmitted, fill: fill.sort(alphabetical) };
}

function missing(name: string, catalogue: Catalogue): SchoolFill {
  const total = countedInputs(catalogue).length;
  return {
    name,
    sheet: null,
    requiredFilled: 0,
    requiredTotal: total,
    errors: 0,
    warnings: 0,
    notSubmitted: true,
    onRoster: true,
  };
}

function alphabetical(a: SchoolFill, b: SchoolFill): number {
  return byName(a.name, b.name) || byName(a.sheet ?? '', b.sheet ?? '');
}

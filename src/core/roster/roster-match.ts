/**
 * Which school tab belongs to which school of «Список ОО» (docs/domain.md#roster-and-parameters,
 * docs/decisions.md#school-names-as-people-write-them). A tab belongs to a roster school when the roster's
 * «Лист» names it; else when its school name (or tab name) is the roster's name as written; else when it fits
 * exactly one roster school by the one matcher of school names (school-name-match.ts) — its data are counted
 * for that school, and the school cell is told to take the roster's name. A name that fits several roster
 * schools, or none, belongs to none. Each roster school has one tab at most.
 */
import type { SchoolTab } from '../monitoring/school-tab';
import type { Issue } from '../issues/issue';
import type { RosterEntry } from './roster-sheet';
import { schoolCellIssue, type SchoolCellOutcome } from './school-cell';
import { schoolNameMatcher, type SchoolNameMatch } from './school-name-match';

export interface RosterMatch {
  /** The roster school of each tab that has one, by tab name. */
  readonly entryOfTab: ReadonlyMap<string, RosterEntry>;
  /** Roster schools no tab belongs to, in roster order. */
  readonly withoutTab: readonly RosterEntry[];
  /** On the school cells of the tabs not written as on the roster: `org/not-in-roster`, `org/mixed-script`. */
  readonly issues: readonly Issue[];
}

const sheetKey = (name: string): string => name.trim().toLowerCase();

export function matchRoster(
  entries: readonly RosterEntry[],
  tabs: readonly SchoolTab[],
  rosterSheet: string,
): RosterMatch {
  const entryOfTab = new Map<string, RosterEntry>();
  const taken = new Set<RosterEntry>();
  const bySheet = new Map<string, RosterEntry>();
  const byName = new Map<string, RosterEntry>();
  for (const entry of entries) {
    if (entry.sheet !== undefined && !bySheet.has(sheetKey(entry.sheet)))
      bySheet.set(sheetKey(entry.sheet), entry);
    if (!byName.has(entry.name)) byName.set(entry.name, entry);
  }
  const matcher = schoolNameMatcher(entries.map((entry) => entry.name));
  const nameMatch = new Map(tabs.map((tab) => [tab, matcher(tab.name)]));
  const sheetMatch = new Map(tabs.map((tab) => [tab, matcher(tab.sheet)]));
  const take = (tab: SchoolTab, entry: RosterEntry | undefined): void => {
    if (entry === undefined || taken.has(entry) || entryOfTab.has(tab.sheet)) return;
    taken.add(entry);
    entryOfTab.set(tab.sheet, entry);
  };
  const named = (match: SchoolNameMatch | undefined, kind: 'same' | 'fits'): RosterEntry | undefined =>
    match?.kind === kind ? byName.get(match.name) : undefined;
  // The surest way first, over every tab, so that a loose match never takes a school another tab names.
  for (const tab of tabs) take(tab, bySheet.get(sheetKey(tab.sheet)));
  for (const tab of tabs) take(tab, named(nameMatch.get(tab), 'same'));
  for (const tab of tabs) take(tab, named(sheetMatch.get(tab), 'same'));
  for (const tab of tabs) take(tab, named(nameMatch.get(tab), 'fits') ?? named(sheetMatch.get(tab), 'fits'));

  const issues: Issue[] = [];
  for (const tab of tabs) {
    const entry = entryOfTab.get(tab.sheet);
    // A tab with no school cell goes by its tab name, which «Лист» or the roster's name already settles.
    if (entry !== undefined && tab.nameCell === undefined && tab.name === tab.sheet.trim()) {
      const bySheetName = sheetMatch.get(tab)?.kind === 'same' || bySheet.get(sheetKey(tab.sheet)) === entry;
      if (bySheetName) continue;
    }
    const match = nameMatch.get(tab);
    const outcome: SchoolCellOutcome =
      entry !== undefined
        ? { kind: 'counted', name: entry.name }
        : { kind: 'not-counted', names: match?.kind === 'several' ? match.names : [] };
    const issue = schoolCellIssue(tab, outcome, rosterSheet);
    if (issue !== null) issues.push(issue);
  }
  return { entryOfTab, withoutTab: entries.filter((entry) => !taken.has(entry)), issues };
}

/** The name each tab's school is known by downstream: the roster's when matched. */
export function rosterNames(match: RosterMatch): Map<string, string> {
  return new Map([...match.entryOfTab].map(([sheet, entry]) => [sheet, entry.name]));
}

/**
 * Which school tab belongs to which school of «Список ОО» (docs/domain.md#roster-and-parameters). A tab
 * belongs to a roster school when the roster's «Лист» names it, or its school name (or tab name) is the
 * roster's name up to quotes, «№» and case. A tab whose name only clearly means one roster school (the same
 * number and words once the legal form and «СОШ» are set aside, or one letter apart) is counted for that
 * school too — its data is there — with an `org/not-in-roster` warning to write the name as on the roster.
 * Any other tab gets the same warning without a suggestion.
 */
import { a1 } from '../sheet/a1';
import { createOrganisationMatcher } from '../base/organisations';
import { createIssue, type Issue } from '../issues/issue';
import type { SchoolTab } from '../monitoring/school-tab';
import { schoolKey } from '../text/school-name';
import { ROSTER_FIX_LABEL, ROSTER_MESSAGES as M } from './messages';
import type { RosterEntry } from './roster-sheet';

export interface RosterMatch {
  /** The roster school of each tab that has one, by tab name. */
  readonly entryOfTab: ReadonlyMap<string, RosterEntry>;
  /** Roster schools no tab belongs to, in roster order. */
  readonly withoutTab: readonly RosterEntry[];
  /** `org/not-in-roster` on tabs whose school is not on the roster under its name. */
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
    if (!byName.has(schoolKey(entry.name))) byName.set(schoolKey(entry.name), entry);
  }
  const take = (tab: SchoolTab, entry: RosterEntry | undefined): boolean => {
    if (entry === undefined || taken.has(entry)) return false;
    taken.add(entry);
    entryOfTab.set(tab.sheet, entry);
    return true;
  };
  const rest = tabs.filter(
    (tab) =>
      !take(tab, bySheet.get(sheetKey(tab.sheet))) &&
      !take(tab, byName.get(schoolKey(tab.name))) &&
      !take(tab, byName.get(schoolKey(tab.sheet))),
  );

  const issues: Issue[] = [];
  const free = entries.filter((entry) => !taken.has(entry));
  const matcher = createOrganisationMatcher(free.map((entry) => entry.name));
  for (const tab of rest) {
    const suggestion = matcher(tab.name).suggestion ?? matcher(tab.sheet).suggestion;
    const entry = free.find((candidate) => candidate.name === suggestion);
    const claimed = take(tab, entry);
    issues.push(notInRoster(tab, claimed ? (suggestion as string) : null, rosterSheet));
  }
  return { entryOfTab, withoutTab: entries.filter((entry) => !taken.has(entry)), issues };
}

function notInRoster(tab: SchoolTab, suggestion: string | null, rosterSheet: string): Issue {
  const place = tab.nameCell ?? { row: tab.header.row, column: 1 };
  const cell = a1(place.row, place.column);
  const text = M.notInRoster(cell, tab.name, suggestion, rosterSheet);
  const params = { value: tab.name, suggestion };
  const fix =
    suggestion !== null && tab.nameCell !== undefined
      ? { value: suggestion, label: ROSTER_FIX_LABEL(suggestion) }
      : undefined;
  return createIssue(
    'org/not-in-roster',
    { sheet: tab.sheet, ...place },
    text,
    fix ? { params, fix } : { params },
  );
}

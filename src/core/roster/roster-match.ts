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

/** A tab as the binding reads it: its sheet and the school name it gives. */
export type TabName = Pick<SchoolTab, 'sheet' | 'name'>;
/** A roster school as the binding reads it: its name and «Лист». */
export type RosterSchool = Pick<RosterEntry, 'name' | 'sheet'>;

/** A tab's match, asked of the matcher the first time it is needed. */
interface Matches {
  get(tab: TabName): SchoolNameMatch;
}

interface Binding<E extends RosterSchool> {
  readonly entryOfTab: ReadonlyMap<string, E>;
  readonly taken: ReadonlySet<E>;
  readonly nameMatch: Matches;
  readonly sheetMatch: Matches;
  readonly bySheet: ReadonlyMap<string, E>;
}

/**
 * Matches made only for the tabs that need one: a tab «Лист» already gave is not matched by name, so that
 * the live check of one school cell among 300 tabs bound by «Лист» matches one name, not 600.
 */
function lazyMatches(match: (text: string) => SchoolNameMatch, text: (tab: TabName) => string): Matches {
  const made = new Map<TabName, SchoolNameMatch>();
  return {
    get(tab) {
      let found = made.get(tab);
      if (found === undefined) {
        found = match(text(tab));
        made.set(tab, found);
      }
      return found;
    },
  };
}

/**
 * One matcher a roster: the live check binds a tab as it was before an edit and as it is after, against the
 * same saved roster, and a matcher of 300 names takes some tens of milliseconds to build.
 */
const matchers = new WeakMap<readonly RosterSchool[], (text: string) => SchoolNameMatch>();

function matcherOf(entries: readonly RosterSchool[]): (text: string) => SchoolNameMatch {
  let matcher = matchers.get(entries);
  if (matcher === undefined) {
    matcher = schoolNameMatcher(entries.map((entry) => entry.name));
    matchers.set(entries, matcher);
  }
  return matcher;
}

function bindTabs<E extends RosterSchool>(entries: readonly E[], tabs: readonly TabName[]): Binding<E> {
  const entryOfTab = new Map<string, E>();
  const taken = new Set<E>();
  const bySheet = new Map<string, E>();
  const byName = new Map<string, E>();
  for (const entry of entries) {
    if (entry.sheet !== undefined && !bySheet.has(sheetKey(entry.sheet)))
      bySheet.set(sheetKey(entry.sheet), entry);
    if (!byName.has(entry.name)) byName.set(entry.name, entry);
  }
  const matcher = matcherOf(entries);
  const nameMatch = lazyMatches(matcher, (tab) => tab.name);
  const sheetMatch = lazyMatches(matcher, (tab) => tab.sheet);
  const take = (tab: TabName, entry: E | undefined): void => {
    if (entry === undefined || taken.has(entry) || entryOfTab.has(tab.sheet)) return;
    taken.add(entry);
    entryOfTab.set(tab.sheet, entry);
  };
  const named = (match: SchoolNameMatch, kind: 'same' | 'fits'): E | undefined =>
    match.kind === kind ? byName.get(match.name) : undefined;
  const free = (tab: TabName): boolean => !entryOfTab.has(tab.sheet);
  // The surest way first, over every tab, so that a loose match never takes a school another tab names.
  for (const tab of tabs) take(tab, bySheet.get(sheetKey(tab.sheet)));
  for (const tab of tabs.filter(free)) take(tab, named(nameMatch.get(tab), 'same'));
  for (const tab of tabs.filter(free)) take(tab, named(sheetMatch.get(tab), 'same'));
  for (const tab of tabs.filter(free))
    take(tab, named(nameMatch.get(tab), 'fits') ?? named(sheetMatch.get(tab), 'fits'));
  return { entryOfTab, taken, nameMatch, sheetMatch, bySheet };
}

function outcomeOf(entry: RosterSchool | undefined, match: SchoolNameMatch | undefined): SchoolCellOutcome {
  return entry !== undefined
    ? { kind: 'counted', name: entry.name }
    : { kind: 'not-counted', names: match?.kind === 'several' ? match.names : [] };
}

export function matchRoster(
  entries: readonly RosterEntry[],
  tabs: readonly SchoolTab[],
  rosterSheet: string,
): RosterMatch {
  const { entryOfTab, taken, nameMatch, sheetMatch, bySheet } = bindTabs(entries, tabs);
  const issues: Issue[] = [];
  for (const tab of tabs) {
    const entry = entryOfTab.get(tab.sheet);
    // A tab with no school cell goes by its tab name, which «Лист» or the roster's name already settles.
    if (entry !== undefined && tab.nameCell === undefined && tab.name === tab.sheet.trim()) {
      const bySheetName = sheetMatch.get(tab)?.kind === 'same' || bySheet.get(sheetKey(tab.sheet)) === entry;
      if (bySheetName) continue;
    }
    const issue = schoolCellIssue(tab, outcomeOf(entry, nameMatch.get(tab)), rosterSheet);
    if (issue !== null) issues.push(issue);
  }
  return { entryOfTab, withoutTab: entries.filter((entry) => !taken.has(entry)), issues };
}

/**
 * Which school one tab's data are counted for, bound as matchRoster binds it among `tabs` (workbook order,
 * `tab` among them): the live check judges a retyped school cell so, the other tabs as the last full check
 * read them.
 */
export function rosterOutcome(
  entries: readonly RosterSchool[],
  tabs: readonly TabName[],
  tab: TabName,
): SchoolCellOutcome {
  const { entryOfTab, nameMatch } = bindTabs(entries, tabs);
  return outcomeOf(entryOfTab.get(tab.sheet), nameMatch.get(tab));
}

/** The name each tab's school is known by downstream: the roster's when matched. */
export function rosterNames(match: RosterMatch): Map<string, string> {
  return new Map([...match.entryOfTab].map(([sheet, entry]) => [sheet, entry.name]));
}

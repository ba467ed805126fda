/**
 * «Настроить доступ кураторов» without touching Google: which tab each school's curators may edit
 * (docs/domain.md#roster-and-parameters, the roster's «E-mail куратора»), which sheets only the coordinator
 * edits, which get a warning only, and what cannot be set and why. A school tab is protected only when the
 * roster gives its curators: protecting a tab nobody at the school may edit would stop the school from
 * submitting at all.
 *
 * A tab's school cell never decides who edits it: every curator may write in it. A tab goes to a roster
 * school by the roster's «Лист» (the roster is the coordinator's sheet), else by the binding stored when
 * the coordinator last set access (`bound`: the school named by the tab's protection, which only those who
 * may edit the tab can change). Only then is a tab left over matched by its name as the analysis matches
 * it, and only to a school no tab was given to: a name written into a cell cannot take a school away from
 * its tab.
 */
import { parseSchoolTab } from '../core/monitoring/school-tab';
import type { RosterEntry } from '../core/roster';
import { matchedName, schoolNameMatcher } from '../core/roster/school-name-match';
import type { Analysis } from './analyse';
import type { SheetKindId } from './sheet-kinds/sheet-kind';
import type { Workbook } from './workbook';

export interface SchoolAccess {
  readonly sheet: string;
  /** The school's name on the roster. */
  readonly school: string;
  readonly curators: readonly string[];
}

/** A tab whose school cell names another roster school than the one the tab is given to. */
export interface NamedOtherSchool {
  readonly sheet: string;
  /** The school the tab stays with. */
  readonly school: string;
  /** What its school cell says. */
  readonly typed: string;
}

export interface AccessPlan {
  /** School tabs to protect for their curators (and the person running the command). */
  readonly schools: readonly SchoolAccess[];
  /** Roster schools with a tab but no valid curator e-mail: their tabs stay open. */
  readonly withoutEmail: readonly { readonly school: string; readonly sheet: string }[];
  /** Roster schools with no tab. */
  readonly withoutTab: readonly string[];
  /** School tabs whose school is not on the roster: their tabs stay open. */
  readonly notOnRoster: readonly string[];
  /** Tabs bound to one school at once («Лист» does not decide): their protections are left as they are. */
  readonly disputed: readonly { readonly school: string; readonly sheets: readonly string[] }[];
  /** Tabs whose school cell names another school: reported, their access is not moved. */
  readonly namedOther: readonly NamedOtherSchool[];
  /** «Список ОО», «Параметры», «Показатели», «Шаблоны рекомендаций», «Прошлый период»: the coordinator's alone. */
  readonly coordinator: readonly string[];
  /** Generated sheets («Сводная», «Рекомендации»): a warning before an edit, nobody locked out. */
  readonly generated: readonly string[];
  /** «База наставников»: every editor of the spreadsheet adds their school's mentors. */
  readonly open: readonly string[];
  /**
   * Tabs given to a school by «Лист» or by the stored binding: their school cells feed only `namedOther`,
   * never who edits them. Every other tab of the plan may change hands when its school cell changes.
   */
  readonly bound: readonly string[];
  /**
   * Whether «Лист» gave every roster school its tab: no school is then left for the stored binding or a
   * school cell to give, and the protections' descriptions decide nothing but which protections are ours.
   */
  readonly allByList: boolean;
}

/** The kinds of sheet the coordinator fills and the schools only read. */
const COORDINATOR_KINDS: readonly SheetKindId[] = [
  'roster',
  'parameters',
  'catalogue',
  'templates',
  'previous',
];

const lower = (name: string): string => name.trim().toLowerCase();

/**
 * null when the workbook has no roster: there is nobody to give a tab to. `bound` gives, by tab, the
 * roster name of the school the tab was given to last time.
 */
export function planCuratorAccess(
  analysis: Analysis,
  workbook: Workbook,
  bound: ReadonlyMap<string, string>,
): AccessPlan | null {
  const { roster, rosterMatch } = analysis;
  if (roster === null || rosterMatch === null) return null;
  const sheets = workbook.listSheets();
  const coordinator = COORDINATOR_KINDS.flatMap((kind) => analysis.sheets[kind] ?? []);
  if (!coordinator.includes(roster.sheet)) coordinator.unshift(roster.sheet);
  const generated = sheets.filter((info) => info.generated !== null && !info.backup).map((info) => info.name);
  const open = analysis.sheets.base ?? [];
  const notSchool = new Set([...coordinator, ...generated, ...open].map(lower));
  const existing = new Map(
    sheets.filter((info) => !notSchool.has(lower(info.name))).map((info) => [lower(info.name), info.name]),
  );
  const assignment = assign(analysis, roster.entries, existing, bound);

  const schools: SchoolAccess[] = [];
  const withoutEmail: { school: string; sheet: string }[] = [];
  const notOnRoster: string[] = [];
  for (const sheet of assignment.tabs) {
    const entry = assignment.entryOfTab.get(sheet);
    if (entry === undefined) {
      if (!assignment.disputedTabs.has(sheet)) notOnRoster.push(sheet);
    } else if (entry.curatorEmails.length === 0) withoutEmail.push({ school: entry.name, sheet });
    else schools.push({ sheet, school: entry.name, curators: entry.curatorEmails });
  }
  return {
    schools,
    withoutEmail,
    withoutTab: roster.entries
      .filter((entry) => !assignment.taken.has(entry) && !assignment.disputedSchools.has(entry))
      .map((entry) => entry.name),
    notOnRoster,
    disputed: [...assignment.disputedSchools].map((entry) => ({
      school: entry.name,
      sheets: assignment.tabs.filter((sheet) => bound.get(sheet) === entry.name),
    })),
    namedOther: namedOther(analysis, workbook, roster.entries, assignment),
    coordinator,
    generated,
    open,
    bound: assignment.tabs.filter((sheet) => assignment.decided.has(sheet)),
    allByList: assignment.byList === roster.entries.length,
  };
}

interface Assignment {
  /** Every tab the plan speaks of, in workbook order. */
  readonly tabs: readonly string[];
  readonly entryOfTab: ReadonlyMap<string, RosterEntry>;
  readonly taken: ReadonlySet<RosterEntry>;
  /** Tabs given by «Лист» or by the stored binding, not by their name. */
  readonly decided: ReadonlyMap<string, RosterEntry>;
  /** How many roster schools «Лист» gave a tab. */
  readonly byList: number;
  readonly disputedSchools: ReadonlySet<RosterEntry>;
  readonly disputedTabs: ReadonlySet<string>;
}

/** «Лист» first, then the stored binding, then — for a tab bound to nothing — the analysis's match. */
function assign(
  analysis: Analysis,
  entries: readonly RosterEntry[],
  existing: ReadonlyMap<string, string>,
  bound: ReadonlyMap<string, string>,
): Assignment {
  const entryOfTab = new Map<string, RosterEntry>();
  const taken = new Set<RosterEntry>();
  const give = (sheet: string, entry: RosterEntry): void => {
    entryOfTab.set(sheet, entry);
    taken.add(entry);
  };
  for (const entry of entries) {
    const sheet = entry.sheet === undefined ? undefined : existing.get(lower(entry.sheet));
    if (sheet !== undefined && !entryOfTab.has(sheet)) give(sheet, entry);
  }
  const byList = taken.size;
  const boundTabs = [...bound.keys()].filter((sheet) => existing.has(lower(sheet)));
  const claims = new Map<RosterEntry, string[]>();
  for (const sheet of boundTabs) {
    const entry = entries.find((candidate) => candidate.name === bound.get(sheet));
    if (entry === undefined || entryOfTab.has(sheet) || taken.has(entry)) continue;
    claims.set(entry, [...(claims.get(entry) ?? []), sheet]);
  }
  const disputedSchools = new Set<RosterEntry>();
  const disputedTabs = new Set<string>();
  for (const [entry, sheets] of claims) {
    if (sheets.length === 1) give(sheets[0], entry);
    else {
      disputedSchools.add(entry);
      for (const sheet of sheets) disputedTabs.add(sheet);
    }
  }
  const decided = new Map(entryOfTab);
  const order = analysis.schoolSheets;
  const tabs = [
    ...new Set(
      [...order, ...decided.keys(), ...boundTabs].map((sheet) => existing.get(lower(sheet)) ?? sheet),
    ),
  ];
  const rank = new Map([...existing.values()].map((sheet, index) => [sheet, index]));
  tabs.sort((a, b) => (rank.get(a) ?? 0) - (rank.get(b) ?? 0));
  for (const sheet of tabs) {
    if (entryOfTab.has(sheet) || disputedTabs.has(sheet)) continue;
    const entry = analysis.rosterMatch?.entryOfTab.get(sheet);
    if (entry !== undefined && !taken.has(entry) && !disputedSchools.has(entry)) give(sheet, entry);
  }
  return { tabs, entryOfTab, taken, decided, byList, disputedSchools, disputedTabs };
}

/**
 * Tabs given by «Лист» or the stored binding whose school cell now names another roster school, in
 * workbook order. A tab
 * the analysis set aside (a second tab of the school its cell names) is read again for its cell.
 */
function namedOther(
  analysis: Analysis,
  workbook: Workbook,
  entries: readonly RosterEntry[],
  { tabs, decided }: Assignment,
): NamedOtherSchool[] {
  const read = new Map(analysis.outputs['school-tab'].tabs.map((tab) => [tab.sheet, tab.name]));
  const byName = new Map(entries.map((entry) => [entry.name, entry]));
  const match = schoolNameMatcher(entries.map((entry) => entry.name));
  const found: NamedOtherSchool[] = [];
  for (const sheet of tabs) {
    const entry = decided.get(sheet);
    if (entry === undefined) continue;
    const typed = read.get(sheet) ?? parseSchoolTab(workbook.readSheet(sheet), analysis.catalogue)?.name;
    if (typed === undefined) continue;
    // Written as people write it («СОШ 5» for «МБОУ «СОШ № 5»»), by the one matcher the analysis uses.
    const name = matchedName(match(typed));
    const named = name === null ? undefined : byName.get(name);
    if (named !== undefined && named !== entry) found.push({ sheet, school: entry.name, typed });
  }
  return found;
}

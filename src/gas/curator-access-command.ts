/**
 * «Настроить доступ кураторов» (docs/domain.md#roster-and-parameters): each school's tab is protected so that
 * only the person running the command and the school's curators (the roster's e-mails) edit it; the sheets
 * the coordinator fills («Список ОО», «Параметры», «Показатели», «Шаблоны рекомендаций», «Прошлый период»)
 * only the person running it and the owner; «База наставников» stays open; generated sheets warn before an
 * edit. Our protections carry our description: a second run updates them instead of adding more, and a
 * protection set by hand is left alone. A school tab's description names its school, and that binding — not
 * the tab's school cell, which its curators write — decides whose the tab is when the roster has no «Лист»
 * (docs/google-sheets.md). Each change is made only where the protection differs, so a second run over an
 * unchanged roster writes nothing; one sheet's failure is reported and the others are still set. Each sheet's
 * protection is read once and only differences are written (access-protections.ts); a run that would not end
 * within Apps Script's six minutes stops between two school tabs and the next run goes on from there
 * (docs/decisions.md#access-within-googles-limits). A rerun first compares the fingerprint the last full run
 * kept (access-unchanged.ts): when nothing it compares differs, it writes nothing and shows the last report
 * under what it compared (docs/decisions.md#access-on-an-unchanged-roster).
 * Sheet.protect() and the Protection methods need no scope beyond spreadsheets.currentonly; the runner's
 * address needs userinfo.email (docs/google-sheets.md).
 */
import { analyse, type Analysis } from '../app/analyse';
import type { Workbook } from '../app/workbook';
import { parseSchoolTab } from '../core/monitoring/school-tab';
import { planCuratorAccess, type AccessPlan, type SchoolAccess } from '../app/curator-access';
import { ACCESS_DESCRIPTION, ACCESS_MESSAGES as M, SCHOOL_MARK } from './access-messages';
import { isOwn, readSheetStates, settleEditors, type People, type SheetState } from './access-protections';
import { readAccessStore, writeAccessStore, type AccessStore } from './access-store';
import {
  editorCount,
  namesHash,
  protectionsHash,
  provesUnchanged,
  rosterHash,
  type AccessFingerprint,
  type ProtectionMark,
  type SchoolCell,
} from './access-unchanged';
import { warnBeforeEdits } from './generated-protection';
import { alert, toast } from './run-command';
import { spreadsheetWorkbook } from './spreadsheet-workbook';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const key = (email: string): string => email.trim().toLowerCase();

/**
 * Apps Script ends a run after six minutes («Script runtime: 6 min / execution»,
 * https://developers.google.com/apps-script/guides/services/quotas). No school tab is begun after five: the
 * coordinator's and generated sheets and the report take the rest.
 */
const SCHOOLS_UNTIL_MS = 5 * 60 * 1000;

/** What one run did, gathered for the report. */
interface Outcome {
  readonly protectedLines: string[];
  readonly changeLines: string[];
  readonly rejectedLines: string[];
  /** How many addresses Google refused, over all the lines. */
  rejectedCount: number;
  readonly failedLines: string[];
  readonly foreign: string[];
  /** Where the run stopped for time: the plan's index of the next school tab; null when it went through. */
  stoppedAt: number | null;
  /** The description and editor count of each protection the run set, by sheet; null where it removed one. */
  readonly marks: Map<string, ProtectionMark | null>;
}

export function configureCuratorAccess(): void {
  const started = Date.now();
  const user = Session.getEffectiveUser().getEmail();
  if (user === '') {
    alert(M.noUser);
    return;
  }
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  toast(M.working);
  const store = readAccessStore();
  const last = lastReport(store, user);
  if (last !== null && provesUnchanged(spreadsheet, store.check, store.roster)) {
    const compared = {
      cells: (store.check?.cells.length ?? 0) > 0,
      descriptions: store.check?.descriptions !== false,
    };
    alert([last[0], M.unchanged(store.roster as string, compared), ...last.slice(1)].join('\n\n'));
    return;
  }
  const workbook = spreadsheetWorkbook(spreadsheet);
  const analysis = analyse(workbook);
  if (analysis.roster === null) {
    alert(M.noRoster);
    return;
  }
  const rosterSheet = analysis.roster.sheet;
  const names = workbook.listSheets().map((info) => info.name);
  const states = readSheetStates(spreadsheet, names, (name) => workbook.sheetNamed(name));
  // Once set, the roster's protection says who the coordinator is: anyone else's run would give
  // themselves the tabs it protects.
  const roster = states.get(rosterSheet);
  if (roster?.protection && !roster.protection.canEdit()) {
    alert(M.notCoordinator(rosterSheet));
    return;
  }
  const plan = planCuratorAccess(analysis, workbook, boundSchools(states, analysis.roster.entries));
  if (plan === null) {
    alert(M.noRoster);
    return;
  }
  const from = resumeIndex(store, plan);
  const people = peopleOf(spreadsheet, user);
  const outcome = applyPlan(plan, states, people, { from, until: started + SCHOOLS_UNTIL_MS });
  const stopped = outcome.stoppedAt === null ? null : plan.schools[outcome.stoppedAt];
  // A run that went on from a stopped one reports only its own tabs: the next run checks in full again.
  const check =
    stopped || from > 0 || outcome.failedLines.length > 0
      ? null
      : fingerprint(spreadsheet, { analysis, workbook, plan, names }, states, outcome);
  // What still holds while nothing changes: the report without this run's changes.
  const kept = check ? JSON.stringify(report(plan, { ...outcome, changeLines: [] }, people)) : undefined;
  writeAccessStore(store, {
    coordinator: user,
    roster: rosterSheet,
    ...(stopped ? { resume: { index: outcome.stoppedAt as number, sheet: stopped.sheet } } : {}),
    ...(check ? { check, report: kept } : {}),
  });
  const lines = report(plan, outcome, people);
  if (from > 0) lines.splice(1, 0, M.resumed(plan.schools[from].sheet));
  if (stopped) lines.splice(0, 1, M.stopped(outcome.stoppedAt as number, plan.schools.length, stopped.sheet));
  alert(lines.join('\n\n'));
}

/**
 * What a rerun compares with (access-unchanged.ts). The descriptions and editor counts of the protections this
 * run set are known without reading them back; any other sheet protection (set by hand, left as it was) is
 * read. Only the school cells of tabs not given by «Лист» or by their protection are kept: a bound tab's cell
 * changes no one's access. null — the next run checks in full — when such a tab's school name is not a cell of
 * its own.
 */
function fingerprint(
  spreadsheet: Spreadsheet,
  found: {
    readonly analysis: Analysis;
    readonly workbook: Workbook;
    readonly plan: AccessPlan;
    readonly names: readonly string[];
  },
  states: ReadonlyMap<string, SheetState>,
  outcome: Outcome,
): AccessFingerprint | null {
  const { analysis, workbook, plan, names } = found;
  const byTab = new Map(analysis.outputs['school-tab'].tabs.map((tab) => [tab.sheet, tab]));
  const bound = new Set(plan.bound);
  const tabs = [
    ...plan.schools.map((school) => school.sheet),
    ...plan.withoutEmail.map((entry) => entry.sheet),
    ...plan.notOnRoster,
    ...plan.disputed.flatMap((entry) => entry.sheets),
  ].filter((sheet) => !bound.has(sheet));
  const cells: SchoolCell[] = [];
  const texts: string[] = [];
  for (const sheet of tabs) {
    // A tab the analysis set aside is read again from the grid it cached, as the plan reads it.
    const tab = byTab.get(sheet) ?? parseSchoolTab(workbook.readSheet(sheet), analysis.catalogue);
    if (tab?.nameCell === undefined) return null;
    cells.push([names.indexOf(sheet), tab.nameCell.row, tab.nameCell.column]);
    texts.push(tab.name);
  }
  const roster = analysis.roster === null ? null : rosterHash(spreadsheet, analysis.roster.sheet);
  if (roster === null) return null;
  const marks: ProtectionMark[] = [];
  for (const [sheet, state] of states) {
    const set = outcome.marks.get(sheet);
    if (set === undefined) {
      if (state.protection !== null) marks.push([state.description, editorCount(state.protection)]);
    } else if (set !== null) marks.push(set);
  }
  return {
    roster,
    sheets: names.length,
    cells,
    names: namesHash(texts),
    descriptions: !plan.allByList,
    protections: protectionsHash(marks, !plan.allByList),
    at: Date.now(),
  };
}

/** How many editors a protection set for `emails` has: each address once. */
const distinct = (emails: readonly string[]): number =>
  new Set(emails.filter((email) => email !== '').map(key)).size;

/** The lines of the last full run's report, when `user` made it and it is kept whole; else null. */
function lastReport(store: AccessStore, user: string): string[] | null {
  if (store.coordinator !== user || store.report === undefined) return null;
  try {
    const lines: unknown = JSON.parse(store.report);
    return Array.isArray(lines) && lines.length > 0 && lines.every((line) => typeof line === 'string')
      ? lines
      : null;
  } catch {
    return null;
  }
}

/** The school tab a stopped run is to go on from, when the plan still has it in the same place; else 0. */
function resumeIndex(store: AccessStore, plan: AccessPlan): number {
  const resume = store.resume;
  if (resume === undefined) return 0;
  return plan.schools[resume.index]?.sheet === resume.sheet ? resume.index : 0;
}

/** The runner, the owner and the spreadsheet's editors, the last two read only when needed, once. */
function peopleOf(spreadsheet: Spreadsheet, user: string): People {
  let shared: string[] | undefined;
  let domain: boolean | undefined;
  return {
    user,
    owner: spreadsheet.getOwner()?.getEmail() ?? '',
    sharedWith: () => (shared ??= spreadsheet.getEditors().map((editor) => editor.getEmail())),
    domainShared: (protection) => (domain ??= protection.canDomainEdit()),
  };
}

/**
 * The school each tab was given to when access was last set, read from our protections' descriptions:
 * the roster name whose description it is, else the description itself (a school no longer on the roster).
 */
function boundSchools(
  states: ReadonlyMap<string, SheetState>,
  entries: readonly { readonly name: string }[],
): Map<string, string> {
  const byDescription = new Map(entries.map((entry) => [ACCESS_DESCRIPTION.school(entry.name), entry.name]));
  const bound = new Map<string, string>();
  for (const [sheet, state] of states) {
    if (state.description.startsWith(SCHOOL_MARK))
      bound.set(sheet, byDescription.get(state.description) ?? state.description);
  }
  return bound;
}

/**
 * Sets what the plan says, one sheet at a time: a failure is noted and the next sheet is set. School tabs
 * are set from `from` on, and none is begun after `until` (Date.now()): the run then stops there.
 */
function applyPlan(
  plan: AccessPlan,
  states: ReadonlyMap<string, SheetState>,
  people: People,
  window: { readonly from: number; readonly until: number },
): Outcome {
  const outcome: Outcome = {
    protectedLines: [],
    changeLines: [],
    rejectedLines: [],
    rejectedCount: 0,
    failedLines: [],
    foreign: [],
    stoppedAt: null,
    marks: new Map(),
  };
  const guarded = (sheet: string, set: () => void): void => {
    try {
      set();
    } catch (error) {
      outcome.failedLines.push(M.failedLine(sheet, error instanceof Error ? error.message : String(error)));
    }
  };
  /** The sheet's state when the add-on may set its protection; null, and the sheet listed, when set by hand. */
  const own = (sheet: string): SheetState | null => {
    const state = states.get(sheet);
    if (state === undefined) return null;
    if (isOwn(state)) return state;
    outcome.foreign.push(sheet);
    return null;
  };
  for (let index = window.from; index < plan.schools.length; index++) {
    if (Date.now() >= window.until) {
      outcome.stoppedAt = index;
      return outcome;
    }
    const school = plan.schools[index];
    guarded(school.sheet, () => {
      const state = own(school.sheet);
      if (state !== null) setSchool(school, state, people, outcome);
    });
  }
  for (const sheet of plan.coordinator) {
    guarded(sheet, () => {
      const state = own(sheet);
      if (state === null) return;
      settleEditors(state, ACCESS_DESCRIPTION.coordinator, [people.user], people);
      outcome.marks.set(sheet, [ACCESS_DESCRIPTION.coordinator, distinct([people.owner, people.user])]);
    });
  }
  // A tab that lost its curators, or a base protected by an earlier version, is opened again.
  const open = [...plan.withoutEmail.map((entry) => entry.sheet), ...plan.notOnRoster, ...plan.open];
  for (const sheet of open) {
    guarded(sheet, () => {
      const state = states.get(sheet);
      if (state?.protection && isOwn(state)) {
        state.protection.remove();
        outcome.marks.set(sheet, null);
      }
    });
  }
  for (const name of plan.generated) {
    guarded(name, () => {
      const state = states.get(name);
      if (state === undefined) return;
      if (warnBeforeEdits(state.sheet, state)) outcome.marks.set(name, [ACCESS_DESCRIPTION.generated, 0]);
      else outcome.foreign.push(name);
    });
  }
  return outcome;
}

function setSchool(school: SchoolAccess, state: SheetState, people: People, outcome: Outcome): void {
  const description = ACCESS_DESCRIPTION.school(school.school);
  const { before, rejected } = settleEditors(state, description, [people.user, ...school.curators], people);
  if (rejected.length > 0) outcome.rejectedLines.push(M.rejectedLine(school.sheet, rejected));
  outcome.rejectedCount += rejected.length;
  const given = school.curators.filter((email) => !rejected.includes(email));
  outcome.marks.set(school.sheet, [description, distinct([people.owner, people.user, ...given])]);
  outcome.protectedLines.push(M.schoolLine(school.sheet, given));
  // Curators before: the editors of our protection of the tab but the owner and the runner.
  if (before === null || !state.description.startsWith(SCHOOL_MARK)) return;
  const curators = before.filter((email) => ![people.owner, people.user].map(key).includes(key(email)));
  const added = given.filter((email) => !curators.map(key).includes(key(email)));
  const removed = curators.filter((email) => !given.map(key).includes(key(email)));
  if (added.length + removed.length > 0) outcome.changeLines.push(M.changeLine(school.sheet, added, removed));
}

function report(plan: AccessPlan, outcome: Outcome, { user, owner }: People): string[] {
  const coordinator = plan.coordinator.filter((sheet) => !outcome.foreign.includes(sheet));
  const generated = plan.generated.filter((sheet) => !outcome.foreign.includes(sheet));
  const whole = outcome.stoppedAt === null;
  return [
    M.done(user),
    ...(outcome.protectedLines.length > 0 ? [M.protectedSchools(outcome.protectedLines)] : []),
    ...(outcome.changeLines.length > 0 ? [M.changes(outcome.changeLines)] : []),
    ...(whole && coordinator.length > 0 ? [M.coordinatorSheets(coordinator, key(owner) !== key(user))] : []),
    ...(whole && generated.length > 0 ? [M.generated(generated)] : []),
    ...(whole && plan.open.length > 0 ? [M.open(plan.open)] : []),
    ...plan.namedOther.map((tab) => M.namedOther(tab.sheet, tab.typed, tab.school)),
    ...plan.disputed.map((entry) => M.disputed(entry.school, entry.sheets)),
    ...(outcome.rejectedLines.length > 0 ? [M.rejected(outcome.rejectedLines, outcome.rejectedCount)] : []),
    ...(outcome.failedLines.length > 0 ? [M.failed(outcome.failedLines)] : []),
    ...(plan.withoutEmail.length > 0 ? [M.withoutEmail(plan.withoutEmail.map((entry) => entry.school))] : []),
    ...(plan.withoutTab.length > 0 ? [M.withoutTab(plan.withoutTab)] : []),
    ...(plan.notOnRoster.length > 0 ? [M.notOnRoster(plan.notOnRoster)] : []),
    ...(outcome.foreign.length > 0 ? [M.foreign(outcome.foreign)] : []),
    M.sharing,
  ];
}

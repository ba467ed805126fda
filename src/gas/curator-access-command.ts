/**
 * «Настроить доступ кураторов» (docs/domain.md#roster-and-parameters): each school's tab is protected so that
 * only the person running the command and the school's curators (the roster's e-mails) edit it; the sheets
 * the coordinator fills («Список ОО», «Параметры», «Показатели», «Шаблоны рекомендаций», «Прошлый период»)
 * only the person running it and the owner; «База наставников» stays open; generated sheets warn before an
 * edit. Our protections carry our description: a second run updates them instead of adding more, and a
 * protection set by hand is left alone. A school tab's description names its school, and that binding — not
 * the tab's school cell, which its curators write — decides whose the tab is when the roster has no «Лист»
 * (docs/google-sheets.md). Each change is made only where the protection differs, so a second run over an
 * unchanged roster writes nothing; one sheet's failure is reported and the others are still set.
 * Sheet.protect() and the Protection methods need no scope beyond spreadsheets.currentonly; the runner's
 * address needs userinfo.email (docs/google-sheets.md).
 */
import { analyse } from '../app/analyse';
import { planCuratorAccess, type AccessPlan } from '../app/curator-access';
import { ACCESS_DESCRIPTION, ACCESS_MARK, ACCESS_MESSAGES as M, SCHOOL_MARK } from './access-messages';
import { warnBeforeEdits } from './generated-protection';
import { alert, toast } from './run-command';
import { spreadsheetWorkbook } from './spreadsheet-workbook';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Protection = GoogleAppsScript.Spreadsheet.Protection;

const key = (email: string): string => email.trim().toLowerCase();

/** The person running the command and the spreadsheet's owner: Google keeps both editors of every protection. */
interface People {
  readonly user: string;
  readonly owner: string;
}

/** What one run did, gathered for the report. */
interface Outcome {
  readonly protectedLines: string[];
  readonly changeLines: string[];
  readonly rejectedLines: string[];
  /** How many addresses Google refused, over all the lines. */
  rejectedCount: number;
  readonly failedLines: string[];
  readonly foreign: string[];
}

export function configureCuratorAccess(): void {
  const user = Session.getEffectiveUser().getEmail();
  if (user === '') {
    alert(M.noUser);
    return;
  }
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  toast(M.working);
  const workbook = spreadsheetWorkbook(spreadsheet);
  const analysis = analyse(workbook);
  const plan =
    analysis.roster === null
      ? null
      : planCuratorAccess(analysis, workbook, boundSchools(spreadsheet, analysis.roster.entries));
  if (plan === null) {
    alert(M.noRoster);
    return;
  }
  // Once set, the roster's protection says who the coordinator is: anyone else's run would give
  // themselves the tabs it protects.
  const rosterSheet = analysis.roster?.sheet ?? '';
  const [rosterProtection] =
    spreadsheet.getSheetByName(rosterSheet)?.getProtections(SpreadsheetApp.ProtectionType.SHEET) ?? [];
  if (rosterProtection !== undefined && !rosterProtection.canEdit()) {
    alert(M.notCoordinator(rosterSheet));
    return;
  }
  const owner = spreadsheet.getOwner()?.getEmail() ?? '';
  alert(report(plan, applyPlan(spreadsheet, plan, { user, owner }), { user, owner }).join('\n\n'));
}

/**
 * The school each tab was given to when access was last set, read from our protections' descriptions:
 * the roster name whose description it is, else the description itself (a school no longer on the roster).
 */
function boundSchools(
  spreadsheet: Spreadsheet,
  entries: readonly { readonly name: string }[],
): Map<string, string> {
  const byDescription = new Map(entries.map((entry) => [ACCESS_DESCRIPTION.school(entry.name), entry.name]));
  const bound = new Map<string, string>();
  for (const protection of spreadsheet.getProtections(SpreadsheetApp.ProtectionType.SHEET)) {
    const description = protection.getDescription();
    if (!description.startsWith(SCHOOL_MARK)) continue;
    bound.set(protection.getRange().getSheet().getName(), byDescription.get(description) ?? description);
  }
  return bound;
}

/** Sets what the plan says, one sheet at a time: a failure is noted and the next sheet is set. */
function applyPlan(spreadsheet: Spreadsheet, plan: AccessPlan, { user, owner }: People): Outcome {
  const outcome: Outcome = {
    protectedLines: [],
    changeLines: [],
    rejectedLines: [],
    rejectedCount: 0,
    failedLines: [],
    foreign: [],
  };
  const guarded = (sheet: string, set: () => void): void => {
    try {
      set();
    } catch (error) {
      outcome.failedLines.push(M.failedLine(sheet, error instanceof Error ? error.message : String(error)));
    }
  };
  for (const school of plan.schools) {
    guarded(school.sheet, () => {
      const found = ownProtection(spreadsheet, school.sheet, outcome.foreign);
      if (found === null) return;
      const description = ACCESS_DESCRIPTION.school(school.school);
      // Curators before: the editors of our protection of the tab but the owner and the runner.
      const before =
        found.existed && found.protection.getDescription().startsWith(SCHOOL_MARK)
          ? editorEmails(found.protection).filter((email) => ![owner, user].map(key).includes(key(email)))
          : null;
      const rejected = settingUp(found, () =>
        setEditors(found.protection, description, [user, ...school.curators], owner),
      );
      if (rejected.length > 0) outcome.rejectedLines.push(M.rejectedLine(school.sheet, rejected));
      outcome.rejectedCount += rejected.length;
      const given = school.curators.filter((email) => !rejected.includes(email));
      outcome.protectedLines.push(M.schoolLine(school.sheet, given));
      if (before !== null) {
        const added = given.filter((email) => !before.map(key).includes(key(email)));
        const removed = before.filter((email) => !given.map(key).includes(key(email)));
        if (added.length + removed.length > 0)
          outcome.changeLines.push(M.changeLine(school.sheet, added, removed));
      }
    });
  }
  for (const sheet of plan.coordinator) {
    guarded(sheet, () => {
      const found = ownProtection(spreadsheet, sheet, outcome.foreign);
      if (found !== null)
        settingUp(found, () => setEditors(found.protection, ACCESS_DESCRIPTION.coordinator, [user], owner));
    });
  }
  // A tab that lost its curators, or a base protected by an earlier version, is opened again.
  const open = [...plan.withoutEmail.map((entry) => entry.sheet), ...plan.notOnRoster, ...plan.open];
  for (const sheet of open) guarded(sheet, () => removeOwnProtection(spreadsheet, sheet));
  for (const name of plan.generated) {
    guarded(name, () => {
      const sheet = spreadsheet.getSheetByName(name);
      if (sheet !== null && !warnBeforeEdits(sheet)) outcome.foreign.push(name);
    });
  }
  return outcome;
}

function report(plan: AccessPlan, outcome: Outcome, { user, owner }: People): string[] {
  const coordinator = plan.coordinator.filter((sheet) => !outcome.foreign.includes(sheet));
  const generated = plan.generated.filter((sheet) => !outcome.foreign.includes(sheet));
  return [
    M.done(user),
    ...(outcome.protectedLines.length > 0 ? [M.protectedSchools(outcome.protectedLines)] : []),
    ...(outcome.changeLines.length > 0 ? [M.changes(outcome.changeLines)] : []),
    ...(coordinator.length > 0 ? [M.coordinatorSheets(coordinator, key(owner) !== key(user))] : []),
    ...(generated.length > 0 ? [M.generated(generated)] : []),
    ...(plan.open.length > 0 ? [M.open(plan.open)] : []),
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

/**
 * The sheet's protection if it is ours or there is none yet (Sheet.protect() returns the existing
 * one); null, and the sheet listed, when someone protected it by hand.
 */
function ownProtection(
  spreadsheet: Spreadsheet,
  name: string,
  foreign: string[],
): { protection: Protection; existed: boolean } | null {
  const sheet = spreadsheet.getSheetByName(name);
  if (sheet === null) return null;
  const [existing] = sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET);
  if (existing !== undefined && !existing.getDescription().startsWith(ACCESS_MARK)) {
    foreign.push(name);
    return null;
  }
  return existing === undefined
    ? { protection: sheet.protect(), existed: false }
    : { protection: existing, existed: true };
}

/**
 * Runs `set` on the protection; a protection this run created is removed again when `set` fails, so
 * it is never left without our description, which would make it pass for one set by hand.
 */
function settingUp<T>(found: { protection: Protection; existed: boolean }, set: () => T): T {
  try {
    return set();
  } catch (error) {
    if (!found.existed) found.protection.remove();
    throw error;
  }
}

function removeOwnProtection(spreadsheet: Spreadsheet, name: string): void {
  const sheet = spreadsheet.getSheetByName(name);
  const [existing] = sheet?.getProtections(SpreadsheetApp.ProtectionType.SHEET) ?? [];
  if (existing !== undefined && existing.getDescription().startsWith(ACCESS_MARK)) existing.remove();
}

function editorEmails(protection: Protection): string[] {
  return protection.isWarningOnly() ? [] : protection.getEditors().map((editor) => editor.getEmail());
}

/**
 * Makes `wanted` (and the owner, whom Google never removes) the only editors, changing only what
 * differs. The wanted are added first, one by one, then everyone else is taken off: Google's own sample
 * adds the current user before removing the others, so an edit right that came from a group is not
 * lost, and an address Google refuses («Invalid email») costs only that address. Returns the refused.
 */
function setEditors(
  protection: Protection,
  description: string,
  wanted: readonly string[],
  owner: string,
): string[] {
  if (protection.getDescription() !== description) protection.setDescription(description);
  if (protection.isWarningOnly()) protection.setWarningOnly(false);
  const current = new Set(editorEmails(protection).map(key));
  const rejected: string[] = [];
  for (const email of wanted) {
    if (current.has(key(email))) continue;
    try {
      protection.addEditor(email);
    } catch (error) {
      if (!/invalid/i.test(error instanceof Error ? error.message : String(error))) throw error;
      rejected.push(email);
    }
  }
  const keep = new Set([...wanted, owner].map(key));
  const others = [...current].filter((email) => !keep.has(email));
  if (others.length > 0) protection.removeEditors(others);
  if (protection.canDomainEdit()) protection.setDomainEdit(false);
  return rejected;
}

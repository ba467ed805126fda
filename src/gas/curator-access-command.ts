/**
 * «Настроить доступ кураторов» (docs/domain.md#roster-and-parameters): each school's tab is protected so that
 * only the person running the command and the school's curators (the roster's e-mails) edit it; «База
 * наставников» stays open; generated sheets warn before an edit. Our protections carry our description: a
 * second run updates them instead of adding more, and a protection set by hand is left alone. Sheet.protect()
 * and the Protection methods need no scope beyond spreadsheets.currentonly; the runner's address needs
 * userinfo.email (docs/google-sheets.md).
 */
import { analyse } from '../app/analyse';
import { planCuratorAccess, type AccessPlan, type SchoolAccess } from '../app/curator-access';
import { ACCESS_DESCRIPTION, ACCESS_MARK, ACCESS_MESSAGES as M } from './access-messages';
import { alert, toast } from './run-command';
import { spreadsheetWorkbook } from './spreadsheet-workbook';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Protection = GoogleAppsScript.Spreadsheet.Protection;

const key = (email: string): string => email.trim().toLowerCase();

export function configureCuratorAccess(): void {
  const user = Session.getEffectiveUser().getEmail();
  if (user === '') {
    alert(M.noUser);
    return;
  }
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  toast(M.working);
  const workbook = spreadsheetWorkbook(spreadsheet);
  const plan = planCuratorAccess(analyse(workbook), workbook.listSheets());
  if (plan === null) {
    alert(M.noRoster);
    return;
  }
  alert(applyPlan(spreadsheet, plan, user).join('\n\n'));
}

/** Sets what the plan says and returns the report's paragraphs. */
function applyPlan(spreadsheet: Spreadsheet, plan: AccessPlan, user: string): string[] {
  const owner = spreadsheet.getOwner()?.getEmail() ?? '';
  const foreign: string[] = [];
  const lines: string[] = [];
  for (const school of plan.schools) {
    const protection = ownProtection(spreadsheet, school.sheet, foreign);
    if (protection === null) continue;
    protectForCurators(protection, school, user, owner);
    lines.push(M.schoolLine(school.sheet, school.curators));
  }
  // A tab that lost its curators, or a base protected by an earlier version, is opened again.
  const open = [...plan.withoutEmail.map((entry) => entry.sheet), ...plan.notOnRoster, ...plan.open];
  for (const name of open) removeOwnProtection(spreadsheet, name);
  const generated = plan.generated.filter((name) => {
    const protection = ownProtection(spreadsheet, name, foreign);
    if (protection === null) return false;
    protection.setDescription(ACCESS_DESCRIPTION.generated);
    if (!protection.isWarningOnly()) protection.setWarningOnly(true);
    return true;
  });
  return [
    M.done(user),
    ...(lines.length > 0 ? [M.protectedSchools(lines)] : []),
    ...(generated.length > 0 ? [M.generated(generated)] : []),
    ...(plan.open.length > 0 ? [M.open(plan.open)] : []),
    ...(plan.withoutEmail.length > 0 ? [M.withoutEmail(plan.withoutEmail.map((entry) => entry.school))] : []),
    ...(plan.withoutTab.length > 0 ? [M.withoutTab(plan.withoutTab)] : []),
    ...(plan.notOnRoster.length > 0 ? [M.notOnRoster(plan.notOnRoster)] : []),
    ...(foreign.length > 0 ? [M.foreign(foreign)] : []),
    M.sharing,
  ];
}

/**
 * The sheet's protection if it is ours or there is none yet (Sheet.protect() returns the existing
 * one); null, and the sheet listed, when someone protected it by hand.
 */
function ownProtection(spreadsheet: Spreadsheet, name: string, foreign: string[]): Protection | null {
  const sheet = spreadsheet.getSheetByName(name);
  if (sheet === null) return null;
  const [existing] = sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET);
  if (existing !== undefined && !existing.getDescription().startsWith(ACCESS_MARK)) {
    foreign.push(name);
    return null;
  }
  return existing ?? sheet.protect();
}

function removeOwnProtection(spreadsheet: Spreadsheet, name: string): void {
  const sheet = spreadsheet.getSheetByName(name);
  const [existing] = sheet?.getProtections(SpreadsheetApp.ProtectionType.SHEET) ?? [];
  if (existing !== undefined && existing.getDescription().startsWith(ACCESS_MARK)) existing.remove();
}

/**
 * The runner and the curators first, then everyone else off: Google's own sample adds the
 * current user before removing the others, so an edit right that came from a group is not lost.
 */
function protectForCurators(protection: Protection, school: SchoolAccess, user: string, owner: string): void {
  protection.setDescription(ACCESS_DESCRIPTION.school(school.school));
  if (protection.isWarningOnly()) protection.setWarningOnly(false);
  const wanted = [user, ...school.curators];
  protection.addEditors(wanted);
  const keep = new Set([...wanted, owner].map(key));
  const others = protection
    .getEditors()
    .map((editor) => editor.getEmail())
    .filter((email) => !keep.has(key(email)));
  if (others.length > 0) protection.removeEditors(others);
  if (protection.canDomainEdit()) protection.setDomainEdit(false);
}

/**
 * The Apps Script entry: every export becomes a top-level function of dist/Code.js (menu
 * handlers, triggers, functions the sidebar calls). Logic lives in the modules it imports.
 */
import { ACCESS_HELP } from './access-messages';
import { checkActiveSheet, checkWorkbook } from './check-command';
import { coordinatorOnly } from './coordinator-guard';
import { createDocuments } from './documents-command';
import { configureCuratorAccess } from './curator-access-command';
import { generateRecommendationsSheet, generateSummarySheet } from './generate-command';
import { liveCheck } from './live-check';
import { buildMenu } from './menu';
import { APP_TITLE, MESSAGES } from './messages';
import { openSidebar } from './open-sidebar';
import { runCommand } from './run-command';
import { SIDEBAR_API } from './sidebar-api';
import { templateMenuItem } from './template-command';

/** Adds the menu and nothing else: in AuthMode.NONE reading the document is not allowed. */
export function onOpen(_event?: GoogleAppsScript.Events.SheetsOnOpen): void {
  buildMenu(SpreadsheetApp.getUi());
}

export function onInstall(event?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(event as unknown as GoogleAppsScript.Events.SheetsOnOpen);
}

/** Simple trigger: marks problems in the edited rows. A failure must never disturb the user's typing. */
export function onEdit(event: GoogleAppsScript.Events.SheetsOnEdit): void {
  try {
    liveCheck(event);
  } catch (error) {
    console.error(error);
  }
}

export function menuCheckActiveSheet(): void {
  runCommand(checkActiveSheet);
}

export function menuCheckWorkbook(): void {
  runCommand(checkWorkbook);
}

export function menuOpenSidebar(): void {
  runCommand(openSidebar);
}

export function menuGenerateSummary(): void {
  runCommand(coordinatorOnly(generateSummarySheet));
}

export function menuGenerateRecommendations(): void {
  runCommand(coordinatorOnly(generateRecommendationsSheet));
}

export function menuCreateDocuments(): void {
  runCommand(coordinatorOnly(createDocuments));
}

// One line per kind of sheet with a template: the name is its template's `functionName` (registry.ts).
export const menuCreateBaseSheet = templateMenuItem('base');
export const menuCreateCatalogueSheet = templateMenuItem('catalogue');
export const menuCreateTemplatesSheet = templateMenuItem('templates');
export const menuCreateParametersSheet = templateMenuItem('parameters');
export const menuCreateRosterSheet = templateMenuItem('roster');
// Creates every school's tab and fills «Лист» on the roster: the coordinator's.
export const menuCreateSchoolSheets = coordinatorOnly(templateMenuItem('school-tab'));

export function menuConfigureCuratorAccess(): void {
  runCommand(coordinatorOnly(configureCuratorAccess));
}

export function menuHelp(): void {
  const ui = SpreadsheetApp.getUi();
  ui.alert(APP_TITLE, `${MESSAGES.help}\n\n${ACCESS_HELP}`, ui.ButtonSet.OK);
}

export const sidebarIssues = SIDEBAR_API.sidebarIssues;
export const sidebarChangeStamp = SIDEBAR_API.sidebarChangeStamp;
export const selectCell = SIDEBAR_API.selectCell;
export const applyFix = SIDEBAR_API.applyFix;
export const applyFixesOfCode = SIDEBAR_API.applyFixesOfCode;
export const sidebarCatchUpMarks = SIDEBAR_API.sidebarCatchUpMarks;

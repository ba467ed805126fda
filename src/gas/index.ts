/**
 * The Apps Script entry: every export becomes a top-level function of dist/Code.js
 * (menu handlers, triggers, functions the sidebar calls). Logic lives in the modules it imports.
 */
import { buildMenu } from './menu';

const NOT_YET = 'Эта команда ещё не реализована.';

export function onOpen(_event?: GoogleAppsScript.Events.SheetsOnOpen): void {
  buildMenu(SpreadsheetApp.getUi());
}

export function onInstall(event?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(event as unknown as GoogleAppsScript.Events.SheetsOnOpen);
}

function notYet(): void {
  SpreadsheetApp.getUi().alert(NOT_YET);
}

export const menuCheckActiveSheet = notYet;
export const menuCheckWorkbook = notYet;
export const menuOpenSidebar = notYet;
export const menuGenerateSummary = notYet;
export const menuGenerateRecommendations = notYet;
export const menuCreateBaseSheet = notYet;
export const menuCreateCatalogueSheet = notYet;
export const menuCreateSchoolSheets = notYet;
export const menuHelp = notYet;

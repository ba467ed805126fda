/**
 * Every menu command runs through here: a failure becomes a Russian alert instead of Apps
 * Script's red «Error» bar, and is still logged for the developers.
 */
import { APP_TITLE, MESSAGES } from './messages';

export function alert(message: string): void {
  const ui = SpreadsheetApp.getUi();
  ui.alert(APP_TITLE, message, ui.ButtonSet.OK);
}

/** Progress of a long run; it fades by itself, the result comes in an alert. */
export function toast(message: string): void {
  SpreadsheetApp.getActiveSpreadsheet().toast(message, APP_TITLE, 20);
}

export function runCommand(command: () => void): void {
  try {
    command();
  } catch (error) {
    console.error(error);
    alert(MESSAGES.failed(error instanceof Error ? error.message : String(error)));
  }
}

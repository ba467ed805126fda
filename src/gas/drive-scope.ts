/**
 * The permission «Создать справку и письма» needs, asked for when the coordinator refused it.
 * Google's consent screen for Apps Script is granular: a person may untick any permission the
 * manifest lists, and the script still runs ("Granular OAuth permissions allow users to authorize
 * specific scopes", https://developers.google.com/apps-script/concepts/scopes). The command checks
 * its scope with ScriptApp.getAuthorizationInfo(FULL, [scope]) first; refused, it says in Russian
 * which permission and how to give it, then ScriptApp.requireScopes ends the run with Google's
 * consent window for that scope, instead of a raw «You do not have permission» at the first Drive
 * call. Cited in test/gas/documents-scope.test.ts.
 */
import { DOCUMENT_MESSAGES } from './document-messages';
import { alert } from './run-command';

/** Only the files the add-on itself makes: not a sensitive scope, unlike `documents` or `drive`. */
export const DRIVE_FILE_SCOPE = 'https://www.googleapis.com/auth/drive.file';

/** True when the person has granted the Drive permission; otherwise asks for it and ends the run. */
export function driveGranted(): boolean {
  // The typings know getAuthorizationInfo(authMode) alone; Google's reference has the scopes too.
  const scriptApp = ScriptApp as unknown as {
    getAuthorizationInfo(
      mode: GoogleAppsScript.Script.AuthMode,
      scopes: string[],
    ): GoogleAppsScript.Script.AuthorizationInfo;
  };
  const info = scriptApp.getAuthorizationInfo(ScriptApp.AuthMode.FULL, [DRIVE_FILE_SCOPE]);
  if (info.getAuthorizationStatus() !== ScriptApp.AuthorizationStatus.REQUIRED) return true;
  alert(DOCUMENT_MESSAGES.driveRefused);
  ScriptApp.requireScopes(ScriptApp.AuthMode.FULL, [DRIVE_FILE_SCOPE]);
  return false;
}

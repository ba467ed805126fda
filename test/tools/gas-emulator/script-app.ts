/**
 * ScriptApp (AuthMode, the person's authorization) and the legacy Browser message box.
 *
 * Google's consent screen for Apps Script is granular: a person may untick permissions the
 * manifest lists, and the script runs with the rest (https://developers.google.com/apps-script/concepts/scopes,
 * "Granular OAuth permissions allow users to authorize specific scopes"). The emulator's option
 * `grantedScopes` is what the person left ticked; then, as Google documents them
 * (https://developers.google.com/apps-script/reference/script/script-app,
 * https://developers.google.com/apps-script/reference/script/authorization-info):
 *
 * - getAuthorizationInfo(authMode, oAuthScopes?) checks the scopes given (all the manifest's
 *   without them): getAuthorizationStatus() is REQUIRED while any is not granted,
 *   getAuthorizationUrl() is null when none is needed, getAuthorizedScopes() lists the granted
 *   ones among those asked about;
 * - requireScopes(authMode, oAuthScopes) returns when all are granted, and otherwise "ends the
 *   current execution and renders a consent prompt" for the missing ones: the emulator records
 *   the prompt (Emulator.consentRequests) and ends the call the loader made (loader.ts): a catch
 *   in the script may see it, but any service call it makes afterwards ends the execution again,
 *   so nothing more happens.
 */
import { hasScope, service, type Env } from './env';
import type { Ui } from './ui';

export const AuthMode = {
  NONE: 'NONE',
  LIMITED: 'LIMITED',
  FULL: 'FULL',
  CUSTOM_FUNCTION: 'CUSTOM_FUNCTION',
} as const;

export const AuthorizationStatus = {
  REQUIRED: 'REQUIRED',
  NOT_REQUIRED: 'NOT_REQUIRED',
} as const;

/** Thrown by requireScopes to end the execution; the loader's call() ends quietly on it. */
export class ExecutionEnded {
  constructor(readonly scopes: readonly string[]) {}
}

export function createScriptApp(env: Env) {
  const asked = (scopes: unknown): string[] =>
    Array.isArray(scopes) ? scopes.map(String) : [...(env.oauthScopes ?? [])];
  return service(env, 'ScriptApp', {
    AuthMode,
    AuthorizationStatus,
    TriggerSource: {
      SPREADSHEETS: 'SPREADSHEETS',
      CLOCK: 'CLOCK',
      FORMS: 'FORMS',
      DOCUMENTS: 'DOCUMENTS',
      CALENDAR: 'CALENDAR',
    },
    getScriptId: (): string => 'emulated-script-id',
    getProjectTriggers: (): unknown[] => [],
    getAuthorizationInfo: (_authMode: unknown, scopes?: unknown) => {
      const list = asked(scopes);
      const granted = list.filter((scope) => hasScope(env, scope));
      const required = granted.length < list.length;
      return service(env, 'AuthorizationInfo', {
        getAuthorizationStatus: (): string =>
          required ? AuthorizationStatus.REQUIRED : AuthorizationStatus.NOT_REQUIRED,
        getAuthorizationUrl: (): string | null =>
          required ? 'https://script.google.com/macros/d/emulated-script-id/authorize' : null,
        getAuthorizedScopes: (): string[] => granted,
      });
    },
    requireScopes: (_authMode: unknown, scopes: unknown): void => {
      const missing = asked(scopes).filter((scope) => !hasScope(env, scope));
      if (missing.length === 0) return;
      env.consentRequests.push(missing);
      env.executionEnded = true;
      throw new ExecutionEnded(missing);
    },
  });
}

export function createBrowser(env: Env, ui: Ui) {
  return service(env, 'Browser', {
    Buttons: ui.ButtonSet,
    msgBox: (a: unknown, b?: unknown, c?: unknown): string => ui.alert(a, b, c).toLowerCase(),
  });
}

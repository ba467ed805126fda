/** ScriptApp (AuthMode and friends) and the legacy Browser message box. */
import { service, type Env } from './env';
import type { Ui } from './ui';

export const AuthMode = {
  NONE: 'NONE',
  LIMITED: 'LIMITED',
  FULL: 'FULL',
  CUSTOM_FUNCTION: 'CUSTOM_FUNCTION',
} as const;

export function createScriptApp(env: Env) {
  return service(env, 'ScriptApp', {
    AuthMode,
    TriggerSource: {
      SPREADSHEETS: 'SPREADSHEETS',
      CLOCK: 'CLOCK',
      FORMS: 'FORMS',
      DOCUMENTS: 'DOCUMENTS',
      CALENDAR: 'CALENDAR',
    },
    getScriptId: (): string => 'emulated-script-id',
    getProjectTriggers: (): unknown[] => [],
  });
}

export function createBrowser(env: Env, ui: Ui) {
  return service(env, 'Browser', {
    Buttons: ui.ButtonSet,
    msgBox: (a: unknown, b?: unknown, c?: unknown): string => ui.alert(a, b, c).toLowerCase(),
  });
}

/**
 * What every emulated service shares within one emulator: the call counter, the script's and the
 * spreadsheet's time zones, the locale, the clock, the user, and the realm errors are created in.
 */
import { CallCounter, counted } from './call-counter';

export interface Env {
  readonly counter: CallCounter;
  /** The script's time zone: the manifest's `timeZone`, Session.getScriptTimeZone(). */
  readonly scriptTimeZone: string;
  /** The spreadsheet's time zone when the emulator starts (Spreadsheet.setSpreadsheetTimeZone changes it later). */
  readonly spreadsheetTimeZone: string;
  /** Spreadsheet locale, e.g. 'ru_RU' (decides the decimal separator of display values). */
  readonly locale: string;
  /** The person running the script (actAs changes it: another editor opens the spreadsheet). */
  userEmail: string;
  /** Who shares the spreadsheet: its owner (default: the user) and its other editors. */
  readonly sharing?: Sharing;
  /** The manifest's `oauthScopes`, when the script declares them: a call needing another scope is refused. */
  readonly oauthScopes?: readonly string[];
  /**
   * The scopes the person ticked on Google's granular consent screen (default: every one the
   * manifest declares). A call needing a declared scope the person refused is refused as one
   * needing an undeclared scope is.
   */
  readonly grantedScopes?: readonly string[];
  /** The scopes ScriptApp.requireScopes asked the person for, one list a consent window shown. */
  readonly consentRequests: string[][];
  /** Set by ScriptApp.requireScopes: the execution is over, and any further service call ends it too. */
  executionEnded: boolean;
  readonly now: () => Date;
  /**
   * Error constructor of the realm the script runs in. The loader points it at the vm context's
   * Error so that `e instanceof Error` holds inside the bundle, as it does in Apps Script.
   */
  errorConstructor: ErrorConstructor;
}

export interface Sharing {
  readonly owner?: string;
  readonly editors?: readonly string[];
  /** Everyone in the owner's Google Workspace domain may edit (Protection.canDomainEdit mirrors it). */
  readonly domainEdit?: boolean;
}

/**
 * Refuses a call whose scope the manifest does not declare, with Google's message
 * («You do not have permission to call X. Required permissions: scope»).
 */
export function requireScope(env: Env, call: string, scope: string): void {
  requireAnyScope(env, call, [scope]);
}

/** True when the manifest declares the scope and the person did not untick it on the consent screen. */
export function hasScope(env: Env, scope: string): boolean {
  return (
    (env.oauthScopes === undefined || env.oauthScopes.includes(scope)) &&
    (env.grantedScopes === undefined || env.grantedScopes.includes(scope))
  );
}

/** Refuses a call that none of `scopes` allows (an API method lists the scopes any of which will do). */
export function requireAnyScope(env: Env, call: string, scopes: readonly string[]): void {
  if (!scopes.some((scope) => hasScope(env, scope)))
    fail(env, `You do not have permission to call ${call}. Required permissions: ${scopes.join(' || ')}`);
}

export function createEnv(options: {
  scriptTimeZone: string;
  spreadsheetTimeZone: string;
  locale: string;
  userEmail: string;
  sharing?: Sharing;
  oauthScopes?: readonly string[];
  grantedScopes?: readonly string[];
  now: () => Date;
}): Env {
  return {
    counter: new CallCounter(),
    errorConstructor: Error,
    consentRequests: [],
    executionEnded: false,
    ...options,
  };
}

/** Throws what Apps Script throws: an Error named 'Exception' with Google's message. */
export function fail(env: Env, message: string, name = 'Exception'): never {
  const error = new env.errorConstructor(message);
  error.name = name;
  throw error;
}

/** Wraps a service object for call counting (see call-counter.ts); `sheetOf` files a range's calls under its sheet too. */
export function service<T extends object>(env: Env, className: string, target: T, sheetOf?: () => string): T {
  return counted(className, target, env.counter, sheetOf);
}

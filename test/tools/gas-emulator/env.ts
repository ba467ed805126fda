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
  if (env.oauthScopes !== undefined && !env.oauthScopes.includes(scope))
    fail(env, `You do not have permission to call ${call}. Required permissions: ${scope}`);
}

export function createEnv(options: {
  scriptTimeZone: string;
  spreadsheetTimeZone: string;
  locale: string;
  userEmail: string;
  sharing?: Sharing;
  oauthScopes?: readonly string[];
  now: () => Date;
}): Env {
  return { counter: new CallCounter(), errorConstructor: Error, ...options };
}

/** Throws what Apps Script throws: an Error named 'Exception' with Google's message. */
export function fail(env: Env, message: string): never {
  const error = new env.errorConstructor(message);
  error.name = 'Exception';
  throw error;
}

/** Wraps a service object for call counting (see call-counter.ts); `sheetOf` files a range's calls under its sheet too. */
export function service<T extends object>(env: Env, className: string, target: T, sheetOf?: () => string): T {
  return counted(className, target, env.counter, sheetOf);
}

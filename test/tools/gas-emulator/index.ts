/**
 * An in-memory Apps Script environment with Google's semantics for the add-on's end-to-end tests
 * and the benchmark: createEmulator() gives the globals a bundle sees (SpreadsheetApp, HtmlService,
 * LockService, …), the active spreadsheet, what the Ui recorded, service call counts, and test
 * helpers that never count as service calls. See loader.ts to run dist/Code.js against it.
 */
import { createCacheService } from './cache';
import { createCharts } from './chart';
import type { CallCounts } from './call-counter';
import { editBurst, type BurstTiming, type EditBurst, type UserAction } from './edit-queue';
import { createDocumentApp, newDocumentStore, type Document } from './document-app';
import { CONSUMER_QUOTA, createDrive, type DriveQuota } from './drive';
import { createEnv, type Sharing } from './env';
import { FailureInjector, type FailureSelector, type PlannedFailure } from './failure-injection';
import { createHtmlService } from './html';
import { registerInternals } from './internals';
import { VirtualClock, type LatencyOptions } from './latency';
import { createLockService, newLockState, type LockKind } from './lock';
import { createConsole, createLogger, type LogRecord } from './logger';
import { createPropertiesService } from './properties';
import type { Range } from './range';
import { AuthMode, createBrowser, createScriptApp, ExecutionEnded } from './script-app';
import { createSession, newUser, type User } from './session';
import type { Sheet } from './sheet';
import { newSpreadsheet, type Spreadsheet } from './spreadsheet';
import { createSpreadsheetApp } from './spreadsheet-app';
import {
  newUi,
  newUiRecord,
  type AlertRecord,
  type HtmlRecord,
  type MenuRecord,
  type ToastRecord,
} from './ui';
import { pastedEdit, typedEdit, type EditContext, type EditEvent } from './user-edit';
import { createUtilities } from './utilities';

export { loadBundle, type LoadedBundle } from './loader';
export { deleteForever, moveToTrash, type DriveQuota } from './drive';
export type { Document } from './document-app';
export type {
  Sheet,
  Spreadsheet,
  Range,
  MenuRecord,
  HtmlRecord,
  AlertRecord,
  ToastRecord,
  LogRecord,
  LockKind,
  EditEvent,
};
export type { FailureSelector, PlannedFailure, LatencyOptions, UserAction, BurstTiming, EditBurst };

/** Calls since creation or the last resetCalls(): reads, writes, and the virtual time they took. */
export interface CallSummary extends CallCounts {
  /** Virtual milliseconds charged for these calls (see latency.ts). */
  elapsedMs: number;
}
export type { MenuEntry } from './ui';

export interface EmulatorOptions {
  spreadsheetName?: string;
  /**
   * The script's time zone (appsscript.json "timeZone"; Session.getScriptTimeZone(); the zone of
   * Date's local-time methods such as getDate() inside a loaded bundle); default 'Europe/Moscow'.
   */
  timeZone?: string;
  /**
   * The spreadsheet's time zone (File → Settings; Spreadsheet.getSpreadsheetTimeZone()), in which
   * typed dates are read and dates are displayed; default the script's time zone.
   */
  spreadsheetTimeZone?: string;
  /** Spreadsheet locale; default 'ru_RU' (display values use ',' as the decimal separator). */
  locale?: string;
  /** Project HTML files by name, for HtmlService.createHtmlOutputFromFile('sidebar'). */
  htmlFiles?: Record<string, string>;
  userEmail?: string;
  /** The owner (default: the user) and the other editors of the spreadsheet. */
  sharing?: Sharing;
  /** The manifest's `oauthScopes`; when given, calls that need a scope not listed are refused as in Google. */
  oauthScopes?: readonly string[];
  /**
   * The scopes the person left ticked on Google's granular consent screen (default: all the
   * manifest's). A refused scope is refused as an undeclared one; see script-app.ts.
   */
  grantedScopes?: readonly string[];
  /** Google's daily quotas of documents created and files converted, and how much is used (drive.ts). */
  driveQuota?: Partial<DriveQuota>;
  /** Clock for CacheService expiry; default the real clock. */
  now?: () => Date;
  /**
   * False runs the script outside a containing document (a standalone script or web app), where
   * LockService.getDocumentLock() returns null; default true (a script bound to the spreadsheet).
   */
  documentContext?: boolean;
  /** Virtual milliseconds each service call costs (default 30 a read, 50 a write); see latency.ts. */
  latency?: LatencyOptions;
}

export interface EmulatorUi {
  readonly menus: MenuRecord[];
  readonly sidebars: HtmlRecord[];
  readonly dialogs: HtmlRecord[];
  /** Alerts and prompts in the order shown, with the answer each got. */
  readonly alerts: AlertRecord[];
  readonly toasts: ToastRecord[];
  /** The answer ('OK', 'CANCEL', 'YES', 'NO', 'CLOSE') of the next alert. */
  queueAlertResponse(button: string): void;
  queuePromptResponse(response: { button: string; text: string }): void;
}

export interface OpenEvent {
  source: Spreadsheet;
  authMode: string;
  user: User;
  triggerUid: string;
}

export interface SeedOptions {
  numberFormats?: string[][];
  notes?: string[][];
  backgrounds?: string[][];
  /** A1 ranges to merge, e.g. ['A1:F1']. */
  merges?: string[];
}

export interface Emulator {
  /** Exactly the Apps Script global names: SpreadsheetApp, HtmlService, LockService, PropertiesService, CacheService, Session, Utilities, Logger, console, ScriptApp, Charts, Browser, DocumentApp, and Drive (the advanced service, v3). */
  readonly globals: Record<string, unknown>;
  /** The same object SpreadsheetApp.getActive() returns: calls on it count (wrap assertions in uncounted() when counts matter). */
  readonly spreadsheet: Spreadsheet;
  /** Google Docs the script created (DocumentApp.create, Drive's conversion), in order (inspect with `_` helpers or uncounted()). */
  readonly documents: readonly Document[];
  /** The scopes each consent window ScriptApp.requireScopes opened asked for, in order. */
  readonly consentRequests: readonly (readonly string[])[];
  /** Today's Drive quotas and their use (drive.ts): a test may spend them or look at them. */
  readonly driveQuota: DriveQuota;
  readonly ui: EmulatorUi;
  /** Logger.log and console.* output, in order. */
  readonly logs: LogRecord[];
  /** Service calls by 'Class.method' since creation or the last resetCalls(). */
  calls(): Record<string, number>;
  /** reads = calls of get*, is*, has*, find* methods; writes = every other call; elapsedMs = their virtual time. */
  callSummary(): CallSummary;
  /** Virtual milliseconds the counted calls took since creation or the last resetCalls(); nothing really waits. */
  elapsedMs(): number;
  /** Runs `fn` (e.g. a bundle call) and returns how many write calls it made, counting as callSummary() does. */
  countWrites(fn: () => unknown): number;
  /**
   * Makes a future service call throw as Google's do ("Service Spreadsheets failed while accessing
   * document with id …"): `{ method: 'Range.setValues', nth: 3 }` the 3rd such call from now,
   * `{ write: n }` the n-th write call from now. See failure-injection.ts.
   */
  failAt(selector: FailureSelector): PlannedFailure;
  /** Forgets the planned failures that have not fired. */
  clearFailures(): void;
  /** The Range calls among calls(), by the name of the sheet the range belongs to. */
  callsBySheet(): Record<string, Record<string, number>>;
  resetCalls(): void;
  /** Runs `fn` (which may call services) without counting its calls, charging time or failing them. */
  uncounted<T>(fn: () => T): T;
  /**
   * Types `value` into a cell as a user would and returns the onEdit event: `value` and
   * `oldValue` as Google gives them for one typed cell (see EditEvent). Over a multi-cell range
   * the value goes into every cell and the event has neither. A 2-D array is a paste: the same
   * as userPaste(sheetName, a1, value).
   */
  userEdit(sheetName: string, a1: string, value: unknown): EditEvent;
  /**
   * Pastes the block `values` with its top-left cell at the top-left of `a1` and returns the
   * onEdit event Google gives for a paste (also a fill-down or a multi-cell delete): `range` is
   * the pasted block, and there is no `value` and no `oldValue`, even for a single cell.
   */
  userPaste(sheetName: string, a1: string, values: unknown[][]): EditEvent;
  /**
   * Performs user actions made faster than onEdit runs and returns the events Google would
   * deliver (the first, then at most two queued while a run goes on) and those it drops; every
   * action changes the cells. See edit-queue.ts for the rule and `timing`.
   */
  editBurst(actions: readonly UserAction[], timing?: BurstTiming): EditBurst;
  /** The event object of a simple onOpen trigger (authMode LIMITED unless given, e.g. 'NONE' before the add-on is authorised). */
  openEvent(authMode?: string): OpenEvent;
  /** What getValues() returns for the formula in that cell. */
  setFormulaResult(sheetName: string, a1: string, value: unknown): void;
  /** Another execution holds the lock until the returned function is called. */
  holdLock(kind: LockKind): () => void;
  /** Inside (true) or outside (false) a containing document: outside, LockService.getDocumentLock() returns null. */
  setDocumentContext(inside: boolean): void;
  /** Creates (or clears and refills) a sheet with values typed as a user would; a string '=…' becomes a formula. */
  seedSheet(name: string, values: unknown[][], options?: SeedOptions): Sheet;
  /** From now on scripts run as another person the spreadsheet is shared with (a curator opening it). */
  actAs(email: string): void;
}

function rectangle(values: unknown[][], fill: unknown): unknown[][] {
  const width = Math.max(1, ...values.map((row) => row.length));
  return values.map((row) => [...row, ...new Array<unknown>(width - row.length).fill(fill)]);
}

export function createEmulator(options: EmulatorOptions = {}): Emulator {
  const scriptTimeZone = options.timeZone ?? 'Europe/Moscow';
  const userEmail = options.userEmail ?? 'koordinator@edu.example.ru';
  const env = createEnv({
    scriptTimeZone,
    spreadsheetTimeZone: options.spreadsheetTimeZone ?? scriptTimeZone,
    locale: options.locale ?? 'ru_RU',
    userEmail,
    // The owner stays who it was when another person opens the spreadsheet (actAs).
    sharing: { ...options.sharing, owner: options.sharing?.owner ?? userEmail },
    ...(options.oauthScopes ? { oauthScopes: options.oauthScopes } : {}),
    ...(options.grantedScopes ? { grantedScopes: options.grantedScopes } : {}),
    now: options.now ?? (() => new Date()),
  });
  const { counter } = env;
  const clock = new VirtualClock(options.latency);
  counter.observe(clock.observe);
  const record = newUiRecord();
  const ui = newUi(env, record);
  const spreadsheet = newSpreadsheet(env, options.spreadsheetName ?? 'Мониторинг наставничества', record);
  counter.silently(() =>
    spreadsheet._addSheet(env.locale.toLowerCase().startsWith('ru') ? 'Лист1' : 'Sheet1'),
  );
  // After ScriptApp.requireScopes ended the execution nothing more runs (script-app.ts).
  counter.observe(() => {
    if (env.executionEnded) throw new ExecutionEnded([]);
  });
  const failures = new FailureInjector(env, () => spreadsheet.getId());
  counter.observe(failures.observe);
  const locks = newLockState(options.documentContext ?? true);
  const logs: LogRecord[] = [];
  const documentStore = newDocumentStore();
  const driveQuota: DriveQuota = { ...CONSUMER_QUOTA, ...options.driveQuota };

  const globals: Record<string, unknown> = {
    SpreadsheetApp: createSpreadsheetApp(env, spreadsheet, ui),
    HtmlService: createHtmlService(env, options.htmlFiles ?? {}),
    LockService: createLockService(env, locks),
    PropertiesService: createPropertiesService(env),
    CacheService: createCacheService(env),
    Session: createSession(env),
    Utilities: createUtilities(env),
    Logger: createLogger(env, logs),
    console: createConsole(env, logs),
    ScriptApp: createScriptApp(env),
    Charts: createCharts(env),
    Browser: createBrowser(env, ui),
    DocumentApp: createDocumentApp(env, documentStore, driveQuota),
    Drive: createDrive(env, documentStore, driveQuota),
  };

  const sheetNamed = (name: string): Sheet => {
    const sheet = spreadsheet._find(name);
    if (!sheet)
      throw new Error(
        `No sheet named "${name}" (sheets: ${spreadsheet
          .getSheets()
          .map((s) => s.getName())
          .join(', ')})`,
      );
    return sheet;
  };

  const editContext: EditContext = { env, spreadsheet, sheetNamed };

  const emulator: Emulator = {
    globals,
    spreadsheet,
    logs,
    documents: documentStore.documents,
    consentRequests: env.consentRequests,
    driveQuota,
    ui: {
      menus: record.menus,
      sidebars: record.sidebars,
      dialogs: record.dialogs,
      alerts: record.alerts,
      toasts: record.toasts,
      queueAlertResponse: (button) => void record.alertResponses.push(String(button)),
      queuePromptResponse: (response) =>
        void record.promptResponses.push({ button: String(response.button), text: String(response.text) }),
    },
    calls: () => counter.snapshot(),
    callSummary: () => ({ ...counter.summary(), elapsedMs: clock.elapsedMs() }),
    callsBySheet: () => counter.sheetSnapshot(),
    resetCalls: () => {
      counter.reset();
      clock.reset();
    },
    elapsedMs: () => clock.elapsedMs(),
    countWrites: (fn) => {
      const before = counter.summary().writes;
      fn();
      return counter.summary().writes - before;
    },
    failAt: (selector) => failures.plan(selector),
    clearFailures: () => failures.clear(),
    uncounted: (fn) => counter.silently(fn),
    actAs: (email) => {
      env.userEmail = email;
    },

    userEdit: (sheetName, a1, value) =>
      counter.silently(() =>
        Array.isArray(value)
          ? pastedEdit(editContext, sheetName, a1, value as unknown[][])
          : typedEdit(editContext, sheetName, a1, value),
      ),
    userPaste: (sheetName, a1, values) =>
      counter.silently(() => pastedEdit(editContext, sheetName, a1, values)),
    editBurst: (actions, timing) =>
      counter.silently(() =>
        editBurst(
          actions,
          (action) =>
            'paste' in action
              ? pastedEdit(editContext, action.sheet, action.a1, action.paste)
              : emulator.userEdit(action.sheet, action.a1, action.value),
          timing,
        ),
      ),

    openEvent: (authMode = AuthMode.LIMITED) => ({
      source: spreadsheet,
      authMode,
      user: newUser(env, env.userEmail),
      triggerUid: '',
    }),

    setFormulaResult: (sheetName, a1, value) =>
      counter.silently(() => {
        const range = sheetNamed(sheetName).getRange(a1);
        const cell = range.getSheet()._cells.get(range.getRow(), range.getColumn());
        if (!cell || cell.formula === undefined) throw new Error(`${sheetName}!${a1} holds no formula`);
        cell.formulaResult = value;
      }),

    holdLock: (kind) => {
      locks.holders[kind] = 'other';
      return () => {
        if (locks.holders[kind] === 'other') locks.holders[kind] = null;
      };
    },

    setDocumentContext: (inside) => {
      locks.documentContext = inside;
    },

    seedSheet: (name, values, seedOptions = {}) =>
      counter.silently(() => {
        const sheet = spreadsheet._find(name) ?? spreadsheet._addSheet(name);
        sheet.clear();
        sheet.clearNotes();
        sheet._merges = [];
        const grid = rectangle(values, '');
        sheet._maxRows = Math.max(sheet._maxRows, grid.length);
        sheet._maxColumns = Math.max(sheet._maxColumns, grid[0]?.length ?? 0);
        if (grid.length > 0) {
          const block = sheet.getRange(1, 1, grid.length, grid[0].length);
          if (seedOptions.numberFormats)
            block.setNumberFormats(rectangle(seedOptions.numberFormats, '0.###############'));
          block.setValues(grid);
          if (seedOptions.notes) block.setNotes(rectangle(seedOptions.notes, ''));
          if (seedOptions.backgrounds) block.setBackgrounds(rectangle(seedOptions.backgrounds, '#ffffff'));
        }
        for (const merge of seedOptions.merges ?? []) sheet.getRange(merge).merge();
        return sheet;
      }),
  };
  registerInternals(emulator, { env, locks, virtualMs: () => clock.totalMs() });
  return emulator;
}

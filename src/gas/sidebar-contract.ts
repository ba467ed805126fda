/**
 * What crosses google.script.run between the sidebar and the server: the names of the server
 * functions (each is a top-level function of dist/Code.js) and the plain-JSON shapes they take
 * and return. The client imports only this file; it holds no server code.
 */
import type { IssueCode, Severity } from '../core/issues/issue';
import type { SeverityCounts } from '../core/issues/issue-report';

export const SIDEBAR_FUNCTIONS = [
  'sidebarIssues',
  'sidebarChangeStamp',
  'selectCell',
  'applyFix',
  'applyFixesOfCode',
  'sidebarCatchUpMarks',
] as const;

export type SidebarFunction = (typeof SIDEBAR_FUNCTIONS)[number];

/** The active sheet only, or every tab of the workbook. */
export type SidebarScope = 'sheet' | 'workbook';

/**
 * The school names the last full check saved (what «Место работы» is checked against). The
 * sidebar gets them when it opens and from every whole-workbook check, and sends them back with
 * each check of the active sheet, which then reads nothing but that sheet.
 */
export interface SidebarContext {
  readonly organisations: readonly string[];
}

/** One issue as the sidebar shows it; strings only where Sheets could hold a Date. */
export interface IssueView {
  readonly code: IssueCode;
  readonly severity: Severity;
  readonly sheet: string;
  readonly cell: string;
  readonly message: string;
  readonly hint: string | null;
  /** The cell's text when checked: «Исправить» is refused if the cell no longer holds it. */
  readonly current: string;
  /** The cell's value as the reader sees it: «12,5», «35 %» for 0.35 in a percent cell, «01.09.2025». */
  readonly shown: string;
  readonly fix: { readonly value: string | number | boolean; readonly label: string } | null;
  /** Other issues with the same code and a fix on the same sheet, this one included. */
  readonly sameCodeFixable: number;
}

/** One sheet's line in «Вся таблица»: its name and how many issues it has, listed or not. */
export interface SheetView {
  readonly sheet: string;
  readonly counts: SeverityCounts;
}

/** How far one school has come (docs/domain.md#roster-and-parameters), as «Вся таблица» lists it. */
export interface FillView {
  readonly school: string;
  /** Its tab; null when it has none. */
  readonly sheet: string | null;
  readonly filled: number;
  readonly total: number;
  readonly errors: number;
  readonly warnings: number;
  /** «Не представлены данные»: a roster school with no tab or an empty one. */
  readonly notSubmitted: boolean;
}

export interface IssuesPayload {
  readonly scope: SidebarScope;
  readonly activeSheet: string;
  /** Issues in display order (errors first), at most `limit`. */
  readonly issues: readonly IssueView[];
  /** Counts over all issues of the scope, listed or not. */
  readonly counts: SeverityCounts;
  /** The sheets with issues, in workbook order, each with its counts. */
  readonly sheets: readonly SheetView[];
  /** How many issues were left out because of the limit. */
  readonly omitted: number;
  /**
   * True for the active sheet alone: its own rules, without the comparison with other sheets
   * (mentor counts against the base, a «Показатели» sheet's own indicators) — «Вся таблица» has it.
   */
  readonly partial: boolean;
  /** False when the active sheet is of no kind the add-on checks. */
  readonly recognised: boolean;
  /** Fill status per school after a whole-workbook check (alphabetical); null after a check of the active sheet. */
  readonly fill: readonly FillView[] | null;
  /** Fresh school names after a whole-workbook check; null after a check of the active sheet. */
  readonly context: SidebarContext | null;
  /** The change stamp at check time (see sidebarChangeStamp). */
  readonly stamp: string;
}

export interface ActionResult {
  readonly ok: boolean;
  readonly message: string;
  /** Google's own text of the error behind a failure, shown under «Подробности»; absent otherwise. */
  readonly detail?: string;
}

/** What a function returns instead of its result when the sidebar sent arguments it cannot take. */
export interface Refusal extends ActionResult {
  readonly ok: false;
}

/** Server functions by name: the client's callServer is typed from this. */
export interface SidebarApi {
  sidebarIssues(scope: SidebarScope, context?: SidebarContext | null): IssuesPayload | Refusal;
  /** Cheap fingerprint of what the user is doing; when it changes, the sidebar re-checks. */
  sidebarChangeStamp(): string | Refusal;
  selectCell(sheet: string, cell: string): ActionResult;
  applyFix(sheet: string, cell: string, expected: string, value: string | number | boolean): ActionResult;
  applyFixesOfCode(sheet: string, code: IssueCode): ActionResult;
  /**
   * Brings the active sheet's cell marks in line with its contents: Google queues at most two
   * onEdit runs, so a burst of edits can leave marks behind; the sidebar calls this after it saw
   * the sheet change.
   */
  sidebarCatchUpMarks(): ActionResult;
}

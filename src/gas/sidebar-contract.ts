/**
 * What crosses google.script.run between the sidebar and the server: the names of the server
 * functions (each is a top-level function of dist/Code.js) and the plain-JSON shapes they take
 * and return. The client imports only this file; it holds no server code.
 */
import type { IssueCode, Severity } from '../core/issue';
import type { SeverityCounts } from '../core/report';

export const SIDEBAR_FUNCTIONS = [
  'sidebarIssues',
  'sidebarChangeStamp',
  'selectCell',
  'applyFix',
  'applyFixesOfCode',
] as const;

export type SidebarFunction = (typeof SIDEBAR_FUNCTIONS)[number];

/** The active sheet only, or every tab of the workbook. */
export type SidebarScope = 'sheet' | 'workbook';

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
  readonly fix: { readonly value: string | number | boolean; readonly label: string } | null;
  /** Other issues with the same code and a fix on the same sheet, this one included. */
  readonly sameCodeFixable: number;
}

export interface IssuesPayload {
  readonly scope: SidebarScope;
  readonly activeSheet: string;
  /** Issues in display order (errors first), at most `limit`. */
  readonly issues: readonly IssueView[];
  /** Counts over all issues of the scope, listed or not. */
  readonly counts: SeverityCounts;
  /** How many issues were left out because of the limit. */
  readonly omitted: number;
  /** «14:05», in the spreadsheet's time zone. */
  readonly checkedAt: string;
  /** The change stamp at check time (see sidebarChangeStamp). */
  readonly stamp: string;
}

export interface ActionResult {
  readonly ok: boolean;
  readonly message: string;
}

/** What a function returns instead of its result when the sidebar sent arguments it cannot take. */
export interface Refusal extends ActionResult {
  readonly ok: false;
}

/** Server functions by name: the client's callServer is typed from this. */
export interface SidebarApi {
  sidebarIssues(scope: SidebarScope): IssuesPayload | Refusal;
  /** Cheap fingerprint of what the user is doing; when it changes, the sidebar re-checks. */
  sidebarChangeStamp(): string | Refusal;
  selectCell(sheet: string, cell: string): ActionResult;
  applyFix(sheet: string, cell: string, expected: string, value: string | number | boolean): ActionResult;
  applyFixesOfCode(sheet: string, code: IssueCode): ActionResult;
}

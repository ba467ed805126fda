/**
 * The one place issues are counted, ordered, capped and grouped, for every output: the command
 * line's report, the sidebar, cell notes, «Сводная»'s data-quality block. A cap is always stated
 * (never a silent «valid»), and counts are always over every issue, listed or not. The Russian
 * words for severities live here too, so every output names them alike.
 */
import type { Issue, IssueCode, Severity } from './issue';
import { countOf } from '../text/plural';

export type SeverityCounts = Readonly<Record<Severity, number>>;

/** Errors first: the order people should fix things in. */
export const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/** Forms for «1 ошибка / 2 ошибки / 5 ошибок». */
export const SEVERITY_FORMS: Readonly<Record<Severity, readonly [string, string, string]>> = {
  error: ['ошибка', 'ошибки', 'ошибок'],
  warning: ['предупреждение', 'предупреждения', 'предупреждений'],
  info: ['замечание по оформлению', 'замечания по оформлению', 'замечаний по оформлению'],
};

/** One issue's severity in a list line. */
export const SEVERITY_LABELS: Readonly<Record<Severity, string>> = {
  error: 'ошибка',
  warning: 'предупреждение',
  info: 'оформление',
};

/** Titles of the groups a list is split into. */
export const SEVERITY_GROUPS: Readonly<Record<Severity, string>> = {
  error: 'Ошибки',
  warning: 'Предупреждения',
  info: 'Оформление',
};

export const NOTHING_FOUND = 'Ошибок и предупреждений не найдено.';

export function severityCounts(issues: readonly Issue[]): SeverityCounts {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const issue of issues) counts[issue.severity]++;
  return counts;
}

export function totalOf(counts: SeverityCounts): number {
  return counts.error + counts.warning + counts.info;
}

/** «3 ошибки, 5 предупреждений» — severities with none are left out; '' when there is nothing. */
export function countsPhrase(counts: SeverityCounts): string {
  return (['error', 'warning', 'info'] as const)
    .filter((severity) => counts[severity] > 0)
    .map((severity) => countOf(counts[severity], SEVERITY_FORMS[severity]))
    .join(', ');
}

/** By row, then column; issues of one cell keep the order they were found in. */
export function sortIssues(issues: readonly Issue[]): Issue[] {
  return issues
    .map((issue, index) => ({ issue, index }))
    .sort((a, b) => a.issue.row - b.issue.row || a.issue.column - b.issue.column || a.index - b.index)
    .map((entry) => entry.issue);
}

/** Sheets in `order` (then any other in order of appearance), by row and column within a sheet. */
export function sortBySheet(issues: readonly Issue[], order: readonly string[] = []): Issue[] {
  const rank = sheetRank(issues, order);
  // Array sort is stable (ES2019): issues of one sheet keep their row and column order.
  return sortIssues(issues).sort((a, b) => (rank.get(a.sheet) as number) - (rank.get(b.sheet) as number));
}

function sheetRank(issues: readonly Issue[], order: readonly string[]): Map<string, number> {
  const rank = new Map<string, number>();
  for (const sheet of order) if (!rank.has(sheet)) rank.set(sheet, rank.size);
  for (const issue of issues) if (!rank.has(issue.sheet)) rank.set(issue.sheet, rank.size);
  return rank;
}

export interface SheetGroup {
  readonly sheet: string;
  readonly counts: SeverityCounts;
  /** Every issue of the sheet, listed or not. */
  readonly total: number;
  /** The issues listed, in report order. */
  readonly listed: readonly Issue[];
  /** Issues with a fix, per code, over the whole sheet (what «Исправить всё однотипное» would change). */
  readonly fixable: ReadonlyMap<IssueCode, number>;
}

export interface IssueReport {
  readonly counts: SeverityCounts;
  /** Issues per code, most frequent first, then by code. */
  readonly byCode: readonly { readonly code: IssueCode; readonly count: number }[];
  /** Sheets with issues, in sheet order. */
  readonly groups: readonly SheetGroup[];
  /** Every listed issue, in report order. */
  readonly listed: readonly Issue[];
  /** How many issues the caps left out. */
  readonly omitted: number;
  /** Sheets whose list the per-sheet cap cut. */
  readonly cappedSheets: readonly string[];
  /** True when the overall cap stopped the list. */
  readonly cutByTotal: boolean;
}

export interface ReportOptions {
  /** Workbook order of the sheets; sheets not in it follow in order of appearance. */
  readonly sheetOrder?: readonly string[];
  /** List at most this many issues of one sheet. */
  readonly perSheet?: number;
  /** List at most this many issues in all. */
  readonly total?: number;
  /** Errors first over the whole list (the sidebar), instead of sheet by sheet. */
  readonly severityFirst?: boolean;
}

export function buildReport(issues: readonly Issue[], options: ReportOptions = {}): IssueReport {
  const perSheet = options.perSheet ?? Infinity;
  const total = options.total ?? Infinity;
  const ordered = sortBySheet(issues, options.sheetOrder);
  const reading = options.severityFirst
    ? [...ordered].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity])
    : ordered;
  const bySheet = new Map<string, Issue[]>();
  for (const issue of ordered) {
    const list = bySheet.get(issue.sheet);
    if (list) list.push(issue);
    else bySheet.set(issue.sheet, [issue]);
  }
  const listedPerSheet = new Map<string, Issue[]>();
  const listed: Issue[] = [];
  let cutByTotal = false;
  for (const issue of reading) {
    const own = listedPerSheet.get(issue.sheet) ?? [];
    if (own.length >= perSheet) continue;
    if (listed.length >= total) {
      cutByTotal = true;
      continue;
    }
    own.push(issue);
    listedPerSheet.set(issue.sheet, own);
    listed.push(issue);
  }
  // `ordered` is in sheet order already, and so are the sheets of `bySheet`.
  const groups = [...bySheet.entries()].map(([sheet, own]): SheetGroup => ({
    sheet,
    counts: severityCounts(own),
    total: own.length,
    listed: listedPerSheet.get(sheet) ?? [],
    fixable: fixableByCode(own),
  }));
  return {
    counts: severityCounts(issues),
    byCode: codeCounts(issues),
    groups,
    listed,
    omitted: issues.length - listed.length,
    cappedSheets: groups
      .filter((group) => group.listed.length >= perSheet && group.total > perSheet)
      .map((group) => group.sheet),
    cutByTotal,
  };
}

function codeCounts(issues: readonly Issue[]): { code: IssueCode; count: number }[] {
  const counts = new Map<IssueCode, number>();
  for (const issue of issues) counts.set(issue.code, (counts.get(issue.code) ?? 0) + 1);
  return [...counts]
    .map(([code, count]) => ({ code, count }))
    .sort((a, b) => b.count - a.count || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

function fixableByCode(issues: readonly Issue[]): Map<IssueCode, number> {
  const counts = new Map<IssueCode, number>();
  for (const issue of issues) if (issue.fix) counts.set(issue.code, (counts.get(issue.code) ?? 0) + 1);
  return counts;
}

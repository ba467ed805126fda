/**
 * The human-readable check report, like a linter's: totals, what was read, the figures that could not be
 * computed and why, counts per kind of issue, then the issues errors first (then warnings), grouped by
 * school, each with its cell and hint, cut after sorting so an error is never hidden behind a page of
 * formatting notes; formatting notes are one line per sheet unless asked for (--verbose), and a line per
 * sheet ends the report. Counting, ordering and capping are the report module's
 * (src/core/issues/issue-report.ts); this file only lays the lines out for a terminal. Internal issue codes
 * are never printed here (they stay in --json): a kind of issue is named by its rule's title.
 */
import type { NotComputed } from '../../core/findings/analysis-result';
import type { Issue, Severity } from '../../core/issues/issue';
import {
  buildReport,
  countsPhrase,
  SEVERITY_GROUPS,
  totalOf,
  type IssueReport,
  type SeverityCounts,
} from '../../core/issues/issue-report';
import { RULE_DOCS } from '../../core/issues/rule-docs';
import { CHECK_TEXTS as C, REPORT_TEXTS as T } from '../messages';

export const CAP_TOTAL = 200;

export function countsLine(counts: SeverityCounts): string {
  return totalOf(counts) === 0 ? T.noIssues : countsPhrase(counts);
}

/** «Количество не целое   2» lines, most frequent first. */
export function byCodeLines(report: IssueReport): string[] {
  const titles = report.byCode.map(({ code }) => RULE_DOCS[code].title);
  const width = Math.max(0, ...titles.map((title) => title.length));
  return report.byCode.map(({ count }, index) => `  ${titles[index].padEnd(width)}  ${count}`);
}

/** What `check` read: the school tabs and their rows, and what it could not. */
export interface CheckReading {
  /** School tabs read, in workbook order, with the school each names. */
  readonly tabs: readonly {
    readonly sheet: string;
    readonly name: string;
    readonly matchedRows: number;
    readonly unreadRows: number;
  }[];
  /** Roster schools that have not submitted data. */
  readonly notSubmitted: readonly string[];
  /** Municipal figures that are not computed because no tab has a row for an input, with that input. */
  readonly notComputed: readonly { readonly title: string; readonly why: NotComputed }[];
}

/** The opening lines: what was read, who has not submitted, which figures are not computed and why. */
export function readingLines(reading: CheckReading): string[] {
  const sum = (pick: (tab: CheckReading['tabs'][number]) => number) =>
    reading.tabs.reduce((total, tab) => total + pick(tab), 0);
  const lines = [
    C.read(
      reading.tabs.length,
      sum((tab) => tab.matchedRows),
      sum((tab) => tab.unreadRows),
    ),
  ];
  if (reading.notSubmitted.length > 0)
    lines.push(
      T.notSubmitted(reading.notSubmitted.length),
      ...reading.notSubmitted.map(T.notSubmittedSchool),
    );
  if (reading.notComputed.length > 0) {
    lines.push(
      '',
      C.notComputed,
      ...reading.notComputed.map(({ title, why }) =>
        C.notComputedFigure(title, why.inputTitle, why.nearestRows),
      ),
    );
  }
  return lines;
}

export interface IssueReportOptions {
  /** List every formatting note instead of one line per sheet. */
  readonly verbose?: boolean;
  /** The school each sheet is the tab of, to head its issues with. */
  readonly schools?: ReadonlyMap<string, string>;
}

/** `issues` in workbook order (as the analysis gives them): sheets keep that order within a severity. */
export function issueReportLines(issues: readonly Issue[], options: IssueReportOptions = {}): string[] {
  if (issues.length === 0) return [];
  const verbose = options.verbose ?? false;
  const listable = verbose ? issues : issues.filter((issue) => issue.severity !== 'info');
  const report = buildReport(issues, { severityFirst: true });
  const listed = buildReport(listable, { severityFirst: true, total: CAP_TOTAL });
  const lines: string[] = ['', T.byCode, ...byCodeLines(report)];
  const width = Math.max(0, ...listed.listed.map((issue) => issue.cell.length));
  let severity: Severity | null = null;
  let sheet: string | null = null;
  for (const issue of listed.listed) {
    if (issue.severity !== severity) {
      severity = issue.severity;
      sheet = null;
      lines.push('', `${SEVERITY_GROUPS[severity]}:`);
    }
    if (issue.sheet !== sheet) {
      sheet = issue.sheet;
      const school = options.schools?.get(sheet);
      lines.push(school === undefined ? C.sheet(sheet) : C.school(school, sheet));
    }
    lines.push(`    ${issue.cell.padEnd(width)}  ${issue.message}`);
    if (issue.hint) lines.push(`    ${' '.repeat(width)}  ${T.hint(issue.hint)}`);
  }
  if (listed.omitted > 0) lines.push('', T.totalCapped(listed.listed.length, listable.length));
  if (!verbose && report.counts.info > 0) {
    lines.push('', `${SEVERITY_GROUPS.info}:`);
    for (const group of report.groups)
      if (group.counts.info > 0) lines.push(C.infoCount(group.sheet, group.counts.info));
    lines.push(C.infoHidden);
  }
  lines.push(
    '',
    T.bySheet,
    ...report.groups.map((group) => T.sheet(group.sheet, countsPhrase(group.counts))),
  );
  return lines;
}

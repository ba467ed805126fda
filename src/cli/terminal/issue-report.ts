/**
 * The human-readable check report, like a linter's: totals, counts per issue code, then the issues
 * errors first (then warnings, then formatting), each with its sheet, cell and hint, cut after
 * sorting so an error is never hidden behind a page of formatting notes, and a line per sheet at
 * the end. Counting, ordering and capping are the report module's (src/core/issues/issue-report.ts); this file
 * only lays the lines out for a terminal.
 */
import type { Issue, Severity } from '../../core/issues/issue';
import {
  buildReport,
  countsPhrase,
  SEVERITY_GROUPS,
  totalOf,
  type IssueReport,
  type SeverityCounts,
} from '../../core/issues/issue-report';
import { REPORT_TEXTS as T } from '../messages';

export const CAP_TOTAL = 200;

export function countsLine(counts: SeverityCounts): string {
  return totalOf(counts) === 0 ? T.noIssues : countsPhrase(counts);
}

/** «value/not-integer   2» lines, most frequent first. */
export function byCodeLines(report: IssueReport): string[] {
  const width = Math.max(0, ...report.byCode.map(({ code }) => code.length));
  return report.byCode.map(({ code, count }) => `  ${code.padEnd(width)}  ${count}`);
}

/** `issues` in workbook order (as the analysis gives them): sheets keep that order within a severity. */
export function issueReportLines(issues: readonly Issue[]): string[] {
  if (issues.length === 0) return [];
  const report = buildReport(issues, { severityFirst: true, total: CAP_TOTAL });
  const lines: string[] = ['', T.byCode, ...byCodeLines(report)];
  const places = report.listed.map((issue) => T.place(issue.sheet, issue.cell));
  const width = Math.max(...places.map((place) => place.length));
  let severity: Severity | null = null;
  report.listed.forEach((issue, index) => {
    if (issue.severity !== severity) {
      severity = issue.severity;
      lines.push('', `${SEVERITY_GROUPS[severity]}:`);
    }
    lines.push(`  ${places[index].padEnd(width)}  ${issue.message}`);
    if (issue.hint) lines.push(`  ${' '.repeat(width)}  ${T.hint(issue.hint)}`);
  });
  if (report.omitted > 0) lines.push('', T.totalCapped(report.listed.length, issues.length));
  lines.push(
    '',
    T.bySheet,
    ...report.groups.map((group) => T.sheet(group.sheet, countsPhrase(group.counts))),
  );
  return lines;
}

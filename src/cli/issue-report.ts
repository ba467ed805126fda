/**
 * The human-readable check report, like a linter's: totals, counts per issue code, then the issues
 * sheet by sheet with their hints. Counting, ordering and capping are the report module's
 * (src/core/report.ts); this file only lays the lines out for a terminal.
 */
import type { Issue } from '../core/issue';
import { buildReport, countsPhrase, SEVERITY_LABELS, totalOf, type IssueReport, type SeverityCounts } from '../core/report';
import { REPORT_TEXTS as T } from './messages';

export const CAP_PER_SHEET = 20;
export const CAP_TOTAL = 200;

export function countsLine(counts: SeverityCounts): string {
  return totalOf(counts) === 0 ? T.noIssues : countsPhrase(counts);
}

/** «value/not-integer   2» lines, most frequent first. */
export function byCodeLines(report: IssueReport): string[] {
  const width = Math.max(0, ...report.byCode.map(({ code }) => code.length));
  return report.byCode.map(({ code, count }) => `  ${code.padEnd(width)}  ${count}`);
}

export function issueReportLines(issues: readonly Issue[]): string[] {
  if (issues.length === 0) return [];
  const report = buildReport(issues, { perSheet: CAP_PER_SHEET, total: CAP_TOTAL });
  const lines: string[] = ['', T.byCode, ...byCodeLines(report)];
  for (const group of report.groups) {
    if (group.listed.length === 0) break;
    lines.push('', T.sheet(group.sheet, countsPhrase(group.counts)));
    const cellWidth = Math.max(...group.listed.map((issue) => issue.cell.length));
    const labelWidth = Math.max(...group.listed.map((issue) => SEVERITY_LABELS[issue.severity].length));
    const indent = ' '.repeat(2 + cellWidth + 2 + labelWidth + 2);
    for (const issue of group.listed) {
      const label = SEVERITY_LABELS[issue.severity].padEnd(labelWidth);
      lines.push(`  ${issue.cell.padEnd(cellWidth)}  ${label}  ${issue.message}`);
      if (issue.hint) lines.push(`${indent}${T.hint(issue.hint)}`);
    }
    if (group.listed.length < group.total) lines.push(T.capped(group.listed.length, group.total));
  }
  if (report.cutByTotal) lines.push('', T.totalCapped(report.listed.length, issues.length, report.groups.length));
  return lines;
}

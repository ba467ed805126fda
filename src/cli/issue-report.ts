/**
 * The human-readable check report, like a linter's: totals, counts per issue code, then the issues
 * sheet by sheet with their hints. Long lists are cut, and the cut is always stated.
 */
import type { Issue, Severity } from '../core/issue';
import { countOf } from '../core/text/plural';
import { REPORT_TEXTS as T, SEVERITY_FORMS, SEVERITY_LABELS } from './messages';

export const CAP_PER_SHEET = 20;
export const CAP_TOTAL = 200;

export function severityCounts(issues: readonly Issue[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const issue of issues) counts[issue.severity] += 1;
  return counts;
}

export function countsLine(counts: Readonly<Record<Severity, number>>): string {
  if (counts.error + counts.warning + counts.info === 0) return T.noIssues;
  return (['error', 'warning', 'info'] as const).map((s) => countOf(counts[s], SEVERITY_FORMS[s])).join(', ');
}

/** «value/not-integer   2» lines, most frequent first. */
export function byCodeLines(issues: readonly Issue[]): string[] {
  const byCode = new Map<string, number>();
  for (const issue of issues) byCode.set(issue.code, (byCode.get(issue.code) ?? 0) + 1);
  const entries = [...byCode].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const width = Math.max(0, ...entries.map(([code]) => code.length));
  return entries.map(([code, n]) => `  ${code.padEnd(width)}  ${n}`);
}

function sheetCounts(issues: readonly Issue[]): string {
  const counts = severityCounts(issues);
  return (['error', 'warning', 'info'] as const)
    .filter((s) => counts[s] > 0)
    .map((s) => countOf(counts[s], SEVERITY_FORMS[s]))
    .join(', ');
}

export function issueReportLines(issues: readonly Issue[]): string[] {
  if (issues.length === 0) return [];
  const lines: string[] = ['', T.byCode, ...byCodeLines(issues)];
  const bySheet = new Map<string, Issue[]>();
  for (const issue of issues) {
    const list = bySheet.get(issue.sheet);
    if (list) list.push(issue);
    else bySheet.set(issue.sheet, [issue]);
  }
  let listed = 0;
  let cutByTotal = false;
  for (const [sheet, list] of bySheet) {
    if (listed >= CAP_TOTAL) {
      cutByTotal = true;
      break;
    }
    lines.push('', T.sheet(sheet, sheetCounts(list)));
    const room = CAP_TOTAL - listed;
    const shown = list.slice(0, Math.min(CAP_PER_SHEET, room));
    if (room < Math.min(CAP_PER_SHEET, list.length)) cutByTotal = true;
    const cellWidth = Math.max(...shown.map((issue) => issue.cell.length));
    const labelWidth = Math.max(...shown.map((issue) => SEVERITY_LABELS[issue.severity].length));
    const indent = ' '.repeat(2 + cellWidth + 2 + labelWidth + 2);
    for (const issue of shown) {
      lines.push(
        `  ${issue.cell.padEnd(cellWidth)}  ${SEVERITY_LABELS[issue.severity].padEnd(labelWidth)}  ${issue.message}`,
      );
      if (issue.hint) lines.push(`${indent}${T.hint(issue.hint)}`);
    }
    listed += shown.length;
    if (shown.length < list.length) lines.push(T.capped(shown.length, list.length));
  }
  if (cutByTotal) lines.push('', T.totalCapped(listed, issues.length, bySheet.size));
  return lines;
}

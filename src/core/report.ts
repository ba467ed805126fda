/**
 * A linter-style report over issues: counts per severity and per code, and the list capped per
 * sheet — with the cap always stated, never a silent «valid».
 */
import type { Issue, Severity } from './issue';
import { countOf } from './text/plural';

export interface Report {
  /** Every issue counted, listed or not. */
  readonly counts: Record<Severity, number>;
  /** Issues per code, keys in code order. */
  readonly byCode: Record<string, number>;
  /** Issues listed: sheets in the order they first appear, then by row and column; at most `cap` per sheet. */
  readonly listed: Issue[];
  readonly capped: boolean;
  readonly cap: number;
  /** How many issues the cap left out. */
  readonly omitted: number;
  /** Sheets whose issues were cut by the cap, with their total. */
  readonly cappedSheets: readonly { readonly sheet: string; readonly total: number }[];
}

export const DEFAULT_CAP_PER_SHEET = 200;

// The report's Russian phrases sit here: the report is shared by every room.
const FORMS: Readonly<Record<Severity, readonly [string, string, string]>> = {
  error: ['ошибка', 'ошибки', 'ошибок'],
  warning: ['предупреждение', 'предупреждения', 'предупреждений'],
  info: ['замечание', 'замечания', 'замечаний'],
};
const NOTHING_FOUND = 'Ошибок, предупреждений и замечаний не найдено.';

export function buildReport(issues: readonly Issue[], options: { capPerSheet?: number } = {}): Report {
  const cap = Math.max(0, Math.floor(options.capPerSheet ?? DEFAULT_CAP_PER_SHEET));
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  const codes = new Map<string, number>();
  const bySheet = new Map<string, { issue: Issue; index: number }[]>();
  issues.forEach((issue, index) => {
    counts[issue.severity] += 1;
    codes.set(issue.code, (codes.get(issue.code) ?? 0) + 1);
    const list = bySheet.get(issue.sheet);
    if (list) list.push({ issue, index });
    else bySheet.set(issue.sheet, [{ issue, index }]);
  });
  const byCode: Record<string, number> = {};
  for (const code of [...codes.keys()].sort()) byCode[code] = codes.get(code) as number;
  const listed: Issue[] = [];
  const cappedSheets: { sheet: string; total: number }[] = [];
  for (const [sheet, list] of bySheet) {
    list.sort((a, b) => a.issue.row - b.issue.row || a.issue.column - b.issue.column || a.index - b.index);
    for (const entry of list.slice(0, cap)) listed.push(entry.issue);
    if (list.length > cap) cappedSheets.push({ sheet, total: list.length });
  }
  return { counts, byCode, listed, capped: cappedSheets.length > 0, cap, omitted: issues.length - listed.length, cappedSheets };
}

/** «Найдено: 3 ошибки, 5 предупреждений, 2 замечания. Показаны первые 200 из 523 по листу «База наставников».» */
export function reportSummaryLine(report: Report): string {
  const { counts } = report;
  const found =
    counts.error + counts.warning + counts.info === 0
      ? NOTHING_FOUND
      : `Найдено: ${countOf(counts.error, FORMS.error)}, ${countOf(counts.warning, FORMS.warning)}, ${countOf(counts.info, FORMS.info)}.`;
  const capped = report.cappedSheets.map(({ sheet, total }) => `Показаны первые ${report.cap} из ${total} по листу «${sheet}».`);
  return [found, ...capped].join(' ');
}

/**
 * «Проверить всю таблицу»: every issue of the workbook and the counts per severity. Capping the
 * listed issues is the report's job (src/core/report.ts), so counts here are always exact.
 */
import type { Issue, Severity } from '../core/issue';
import { analyse } from './analyse';
import type { Workbook } from './workbook';

export interface CheckResult {
  readonly issues: readonly Issue[];
  readonly counts: Readonly<Record<Severity, number>>;
}

export function check(workbook: Workbook): CheckResult {
  const issues = analyse(workbook).result.issues;
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const issue of issues) counts[issue.severity] += 1;
  return { issues, counts };
}

import { a1 } from '../a1';
import type { Issue, IssueCode, Severity } from '../issue';

/** An issue about one cell (1-based row and column). */
export function cellIssue(
  sheet: string,
  row: number,
  column: number,
  code: IssueCode,
  severity: Severity,
  message: string,
  hint?: string,
): Issue {
  const issue: Issue = { code, severity, sheet, cell: a1(row, column), row, column, message };
  return hint === undefined ? issue : { ...issue, hint };
}

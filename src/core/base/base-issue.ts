/** Building and ordering the validator's issues. */
import { a1 } from '../a1';
import type { Fix, Issue, IssueCode, Severity } from '../issue';
import type { Text } from './messages';

export function makeIssue(
  sheet: string,
  code: IssueCode,
  severity: Severity,
  row: number,
  column: number,
  text: Text,
  fix?: Fix,
): Issue {
  const issue: Issue = { code, severity, sheet, cell: a1(row, column), row, column, message: text.message };
  return {
    ...issue,
    ...(text.hint === undefined ? {} : { hint: text.hint }),
    ...(fix === undefined ? {} : { fix }),
  };
}

/** By row, then column; issues of one cell keep the order they were found in. */
export function sortIssues(issues: readonly Issue[]): Issue[] {
  return issues
    .map((issue, index) => ({ issue, index }))
    .sort((a, b) => a.issue.row - b.issue.row || a.issue.column - b.issue.column || a.index - b.index)
    .map((entry) => entry.issue);
}

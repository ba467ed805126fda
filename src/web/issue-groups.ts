/**
 * The issues of a run as the page lists them: by sheet in workbook order (a school tab titled with the
 * school's name), each issue with its cell, what is wrong and what to do; at most a few hundred per sheet,
 * so a page of a 300-school book stays quick to read and to draw.
 */
import type { SummaryResult } from '../core/findings/analysis-result';
import type { Issue } from '../core/issues/issue';
import { buildReport, SEVERITY_LABELS, countsPhrase } from '../core/issues/issue-report';
import { WORKER_TEXTS as T } from './messages';
import type { IssueGroup, IssueLine } from './web-contract';

const PER_SHEET = 200;
const TOTAL = 3000;

function line(issue: Issue): IssueLine {
  return {
    cell: issue.cell,
    severity: issue.severity,
    label: SEVERITY_LABELS[issue.severity],
    message: issue.message,
    hint: issue.hint === undefined ? '' : T.hint(issue.hint),
  };
}

export function issueGroups(
  issues: readonly Issue[],
  sheetOrder: readonly string[],
  schools: SummaryResult['organizations'] = [],
): IssueGroup[] {
  const report = buildReport(issues, { sheetOrder, perSheet: PER_SHEET, total: TOTAL });
  const schoolOf = new Map(schools.map((school) => [school.sheet, school.name]));
  return report.groups.map((group) => {
    const school = schoolOf.get(group.sheet);
    const omitted = group.total - group.listed.length;
    return {
      title: school === undefined ? T.sheetGroup(group.sheet) : T.schoolGroup(school, group.sheet),
      counts: countsPhrase(group.counts),
      issues: group.listed.map(line),
      omitted: omitted > 0 ? T.omitted(omitted) : '',
    };
  });
}

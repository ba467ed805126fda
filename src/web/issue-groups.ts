/**
 * The issues of a run as the page lists them, each with its cell, what is wrong and what to do: the errors of
 * each school (its tab's and those of its rows of «База наставников», as its letter counts them), and every
 * issue by sheet in workbook order (a school tab titled with the school's name). At most a few hundred per
 * sheet, so a page of a 300-school book stays quick to read and to draw.
 */
import type { OrganizationSummary } from '../core/findings/analysis-result';
import type { Issue } from '../core/issues/issue';
import { buildReport, countsPhrase, SEVERITY_LABELS, severityCounts } from '../core/issues/issue-report';
import { WORKER_TEXTS as T } from './messages';
import type { IssueGroup, IssueLine } from './web-contract';

const PER_SHEET = 200;
const TOTAL = 3000;

/** The cell as the sheet it is on shows it; «База наставников»!B31 when the group is another sheet's. */
function line(issue: Issue, sheet: string): IssueLine {
  return {
    cell: issue.sheet === sheet ? issue.cell : T.place(issue.sheet, issue.cell),
    severity: issue.severity,
    label: SEVERITY_LABELS[issue.severity],
    message: issue.message,
    hint: issue.hint === undefined ? '' : T.hint(issue.hint),
  };
}

/** Each school with errors: its errors wherever they are, in the order its letter lists them. */
export function schoolGroups(schools: readonly OrganizationSummary[]): IssueGroup[] {
  return schools
    .filter((school) => (school.dataErrors ?? []).length > 0)
    .map((school) => {
      const errors = school.dataErrors ?? [];
      return {
        title: T.schoolGroup(school.name, school.sheet),
        counts: countsPhrase(severityCounts(errors)),
        issues: errors.map((issue) => line(issue, school.sheet)),
        omitted: '',
      };
    });
}

export function sheetGroups(
  issues: readonly Issue[],
  sheetOrder: readonly string[],
  schools: readonly OrganizationSummary[] = [],
): IssueGroup[] {
  const report = buildReport(issues, { sheetOrder, perSheet: PER_SHEET, total: TOTAL });
  const schoolOf = new Map(schools.map((school) => [school.sheet, school.name]));
  return report.groups.map((group) => {
    const school = schoolOf.get(group.sheet);
    const omitted = group.total - group.listed.length;
    return {
      title: school === undefined ? T.sheetGroup(group.sheet) : T.schoolGroup(school, group.sheet),
      counts: countsPhrase(group.counts),
      issues: group.listed.map((issue) => line(issue, group.sheet)),
      omitted: omitted > 0 ? T.omitted(omitted) : '',
    };
  });
}

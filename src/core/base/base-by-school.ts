/**
 * «База наставников» seen per school: each row belongs to the school of its «Место работы» (a
 * misspelt name to the one school it clearly means), so the school is told about the errors of
 * its own rows — schools do not run the check — and they count in its data-quality figures; and
 * what the school has in the base (distinct mentors, rows without a recognised form) is compared
 * with what it declares (docs/domain.md#indicators: indicator 1.2).
 */
import type { Grid } from '../sheet/grid';
import type { Issue } from '../issues/issue';
import { withMergesFilled } from '../sheet/merges';
import { schoolOfName, type SchoolRef } from '../roster/school-of-name';
import { cellText } from '../text/normalise';
import type { BaseEntry } from './validate-base';

export interface SchoolInBase {
  /** Issues of the rows whose «Место работы» is this school. */
  readonly issues: readonly Issue[];
  /** Distinct mentors of the school in the base. */
  readonly mentors: number;
  /** Rows of the school whose form of mentoring is missing or not recognised. */
  readonly withoutForm: number;
}

export type { SchoolRef };

/** The validated base: its grid, its header row and «Место работы» column, its issues and entries. */
export interface ValidatedBase {
  readonly grid: Grid;
  readonly headerRow: number;
  readonly organisationColumn: number;
  readonly issues: readonly Issue[];
  readonly entries: readonly BaseEntry[];
}

/** By school tab (sheet name); every school of `schools` has an entry, empty when it has no rows. */
export function baseBySchool(base: ValidatedBase, schools: readonly SchoolRef[]): Map<string, SchoolInBase> {
  const { grid, headerRow, organisationColumn, issues, entries } = base;
  const schoolOf = schoolOfName(schools);
  const filled = withMergesFilled(grid);
  const schoolAt = (row: number): SchoolRef | undefined =>
    schoolOf(cellText(filled.values[row - 1]?.[organisationColumn - 1]));

  const own = new Map(
    schools.map((school) => [
      school.sheet,
      { issues: [] as Issue[], mentors: new Set<string>(), withoutForm: 0 },
    ]),
  );
  for (const issue of issues) {
    // The header's issues concern the sheet, not a school.
    const school = issue.row > headerRow ? schoolAt(issue.row) : undefined;
    if (school !== undefined) own.get(school.sheet)?.issues.push(issue);
  }
  for (const entry of entries) {
    const school = schoolAt(entry.row);
    const facts = school === undefined ? undefined : own.get(school.sheet);
    if (facts === undefined) continue;
    facts.mentors.add(entry.mentorKey);
    if (entry.form === null) facts.withoutForm++;
  }
  return new Map(
    [...own].map(([sheet, facts]) => [
      sheet,
      { issues: facts.issues, mentors: facts.mentors.size, withoutForm: facts.withoutForm },
    ]),
  );
}

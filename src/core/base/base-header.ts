/** Recognising the header of «База наставников». */
import type { Grid } from '../sheet/grid';
import { findHeader, type HeaderMatch } from '../header/find-header';
import { BASE_FIELDS, type BaseField } from './fields';

/** How many of its columns a header must show to be taken for the base. */
const MIN_FIELDS = 3;

/**
 * The base's header row, or null. At least three of its columns, one of them a ФИО column.
 * Some forms title both workplaces just «Место работы»: the second one, after the mentees'
 * column, is then the mentee's workplace rather than a duplicate.
 */
export function findBaseHeader(grid: Grid): HeaderMatch<BaseField> | null {
  const match = findHeader(grid, BASE_FIELDS, { minFields: MIN_FIELDS });
  if (!match || (match.columns.mentor === undefined && match.columns.mentees === undefined)) return null;
  const { mentees, menteeOrg } = match.columns;
  const second = match.duplicates.find(
    (d) => d.field === 'mentorOrg' && mentees !== undefined && d.column > mentees,
  );
  if (menteeOrg !== undefined || !second) return match;
  return {
    ...match,
    columns: { ...match.columns, menteeOrg: second.column },
    missing: match.missing.filter((field) => field !== 'menteeOrg'),
    duplicates: match.duplicates.filter((d) => d !== second),
  };
}

/** Whether the sheet is a «База наставников» (recognised by its header, not by its name). */
export function isBaseSheet(grid: Grid): boolean {
  return findBaseHeader(grid) !== null;
}

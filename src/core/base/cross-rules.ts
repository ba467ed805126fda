/**
 * Rules of «База наставников» that compare rows with each other. Each takes only the columns
 * it needs, so live validation can run it on the columns it has read.
 */
import { a1 } from '../sheet/a1';
import { createIssue, type Issue } from '../issues/issue';
import { sortIssues } from '../issues/issue-report';
import { cellText } from '../text/normalise';
import type { RowKind } from './base-context';
import * as text from './messages';
import { createPeopleReader, type PeopleReader } from './people-reader';
import { parseSequenceNumber } from './sequence-number';

/** Cells of one column from `firstRow` down (1-based); with merges filled where the rule needs it. */
export interface ColumnSlice {
  readonly column: number;
  readonly firstRow: number;
  readonly values: readonly unknown[];
}

/**
 * «№ п/п»: a number used again (seq/duplicate, at the later row) and numbers missing between
 * the smallest and the largest, starting from 1 (seq/gap, at the first row of the number after
 * the gap). Rows out of order are not a problem. Pass the column without merges filled: a
 * number merged over several rows is one number.
 */
export function checkNumbering(sheet: string, numbers: ColumnSlice): Issue[] {
  const issues: Issue[] = [];
  const firstRowOf = new Map<number, number>();
  numbers.values.forEach((value, index) => {
    const number = parseSequenceNumber(value);
    if (typeof number !== 'number') return;
    const row = numbers.firstRow + index;
    const earlier = firstRowOf.get(number);
    if (earlier === undefined) {
      firstRowOf.set(number, row);
      return;
    }
    const message = text.seqDuplicate(a1(row, numbers.column), cellText(value), number, earlier);
    const params = { value: cellText(value), first: a1(earlier, numbers.column) };
    issues.push(createIssue('seq/duplicate', { sheet, row, column: numbers.column }, message, { params }));
  });
  const sorted = [...firstRowOf.keys()].sort((a, b) => a - b);
  let previous = 0;
  for (const number of sorted) {
    if (number > previous + 1) {
      const row = firstRowOf.get(number) as number;
      const message = text.seqGap(
        a1(row, numbers.column),
        cellText(numbers.values[row - numbers.firstRow]),
        previous + 1,
        number - 1,
      );
      const params = { value: number, expected: previous + 1 };
      issues.push(createIssue('seq/gap', { sheet, row, column: numbers.column }, message, { params }));
    }
    previous = number;
  }
  return sortIssues(issues);
}

export interface DuplicatePairsOptions {
  /** The validation's reader of names, so that names already read are not parsed again. */
  readonly people?: PeopleReader;
  /** Keys of the only mentors whose pairs are checked. */
  readonly onlyMentors?: ReadonlySet<string>;
}

/**
 * The same mentor–mentee pair written twice (row/duplicate, warning, at the later mentee cell,
 * naming the earlier row), only for the mentors keyed in `onlyMentors` when given (the live check
 * of an edited row). Pass both columns with merges filled: a mentor merged over the rows
 * of their mentees mentors every one of them.
 */
export function checkDuplicatePairs(
  sheet: string,
  mentors: ColumnSlice,
  mentees: ColumnSlice,
  { people = createPeopleReader(), onlyMentors }: DuplicatePairsOptions = {},
): Issue[] {
  const issues: Issue[] = [];
  const firstRowOf = new Map<string, number>();
  mentees.values.forEach((value, index) => {
    const row = mentees.firstRow + index;
    const mentor = people.names(mentors.values[row - mentors.firstRow]);
    if (mentor.length !== 1) return;
    const mentorKey = people.key(mentor[0]);
    // Pairs of other mentors can never match these mentors' pairs: their mentees are not read.
    if (onlyMentors && !onlyMentors.has(mentorKey)) return;
    for (const mentee of people.names(value)) {
      const key = `${mentorKey}\u0000${people.key(mentee)}`;
      const earlier = firstRowOf.get(key);
      if (earlier === undefined) {
        firstRowOf.set(key, row);
        continue;
      }
      const message = text.pairDuplicate(a1(row, mentees.column), String(value), {
        mentor: mentor[0],
        mentee,
        earlierRow: earlier,
        row,
      });
      const params = { value: String(value), mentor: mentor[0], mentee, first: a1(earlier, mentees.column) };
      issues.push(createIssue('row/duplicate', { sheet, row, column: mentees.column }, message, { params }));
    }
  });
  return issues;
}

/**
 * Blank rows with data rows below them (row/blank, info, one issue per run of blank rows, at
 * its first row). `kinds[i]` is the kind of row `firstRow + i`; unused template rows are not blank.
 */
export function checkBlankRows(sheet: string, firstRow: number, kinds: readonly RowKind[]): Issue[] {
  const issues: Issue[] = [];
  let dataBelow = false;
  let runEnd = -1;
  for (let i = kinds.length - 1; i >= -1; i--) {
    const kind = i >= 0 ? kinds[i] : 'data';
    if (kind === 'blank') {
      if (runEnd < 0) runEnd = i;
      continue;
    }
    if (runEnd >= 0 && dataBelow) {
      const first = firstRow + i + 1;
      const last = firstRow + runEnd;
      issues.push(
        createIssue('row/blank', { sheet, row: first, column: 1 }, text.blankRows(first, last), {
          params: { last },
        }),
      );
    }
    runEnd = -1;
    if (kind === 'data') dataBelow = true;
  }
  return issues.reverse();
}

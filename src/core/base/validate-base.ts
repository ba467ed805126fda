/**
 * Validation of a whole «База наставников» sheet (docs/domain.md#mentor-base) and the entries it yields for
 * cross-checks.
 */
import { a1, columnLetter } from '../sheet/a1';
import type { Grid } from '../sheet/grid';
import type { HeaderMatch } from '../header/find-header';
import { createIssue, type Issue } from '../issues/issue';
import { originColumn, withOrigins } from './base-origin';
import { sortIssues } from '../issues/issue-report';
import { cellText } from '../text/normalise';
import {
  cellAt,
  createBaseContext,
  rowKind,
  type BaseContext,
  type BaseOptions,
  type RowKind,
} from './base-context';
import { findBaseHeader } from './base-header';
import type { PeopleReader } from './people-reader';
import { checkBlankRows, checkDuplicatePairs, checkNumbering, type ColumnSlice } from './cross-rules';
import { BASE_HEADERS, type BaseField } from './fields';
import { isFormulaError } from './formula-error';
import * as text from './messages';
import { checkDataRow, formulaErrors } from './row-rules';

export interface BaseEntry {
  /** 1-based row. */
  readonly row: number;
  /** The mentor as typed, spaces collapsed. */
  readonly mentor: string;
  /** Matching key of the mentor (see `personKey`). */
  readonly mentorKey: string;
  /** «Место работы» as typed, spaces collapsed. */
  readonly organisation: string;
  readonly mentees: readonly string[];
  /** Canonical form(s) of mentoring, or null when not recognised. */
  readonly form: string | null;
}

export interface BaseValidation {
  readonly issues: Issue[];
  readonly header: HeaderMatch<BaseField> | null;
  readonly entries: BaseEntry[];
}

export function validateBase(grid: Grid, options: BaseOptions = {}): BaseValidation {
  const header = findBaseHeader(grid);
  if (!header) {
    return {
      issues: [
        createIssue(
          'header/not-found',
          { sheet: grid.name, row: 1, column: 1 },
          text.headerNotFound(grid.name),
        ),
      ],
      header: null,
      entries: [],
    };
  }
  const context = createBaseContext(grid, header, options);
  // The column `collect` adds is ours, not an extra column of the school's form.
  const origin = originColumn(header);
  const issues: Issue[] = headerIssues(context, {
    ...header,
    extra: header.extra.filter((extra) => extra.column !== origin),
  });
  for (let row = 1; row < context.firstDataRow; row++) formulaErrors(context, row, issues);
  const kinds: RowKind[] = [];
  const entries: BaseEntry[] = [];
  for (let row = context.firstDataRow; row <= context.values.length; row++) {
    formulaErrors(context, row, issues);
    const kind = rowKind(context, row);
    kinds.push(kind);
    if (kind === 'total') issues.push(totalRow(context, row));
    if (kind !== 'data') continue;
    checkDataRow(context, row, issues);
    const entry = entryOf(context, row);
    if (entry) entries.push(entry);
  }
  issues.push(...crossRowIssues(grid, context, kinds));
  return { issues: sortIssues(withOrigins(issues, context.values, header)), header, entries };
}

/** One rule comparing rows, and for duplicate pairs the mentors (by `personKey`) to look at. */
export type CrossScope =
  | { readonly rule: 'numbering' }
  | { readonly rule: 'pairs'; readonly mentors: ReadonlySet<string>; readonly people: PeopleReader };

/**
 * One rule that compares rows, over the whole sheet: what an edit of a «№ п/п» or ФИО cell can
 * change in other rows. The live check pairs it with validateBaseRows of the rows concerned
 * instead of validating every row. Blank rows are not re-checked: they are only ever an «info».
 */
export function validateBaseCross(grid: Grid, header: HeaderMatch<BaseField>, scope: CrossScope): Issue[] {
  const { columns } = header;
  const context = createBaseContext(grid, header);
  if (scope.rule === 'numbering') {
    const numbers = slice(context, grid.values, columns.number);
    return numbers ? checkNumbering(grid.name, numbers) : [];
  }
  const mentors = slice(context, context.values, columns.mentor);
  const mentees = slice(context, context.values, columns.mentees);
  return mentors && mentees
    ? checkDuplicatePairs(grid.name, mentors, mentees, { people: scope.people, onlyMentors: scope.mentors })
    : [];
}

/** A total row is skipped, and said so once, at its first filled cell. */
function totalRow(context: BaseContext, row: number): Issue {
  const cells = context.values[row - 1] ?? [];
  const index = cells.findIndex((value) => typeof value === 'string' && value.trim() !== '');
  const column = index + 1;
  const value = cellText(cells[index]);
  return createIssue(
    'row/total',
    { sheet: context.sheet, row, column },
    text.totalRow(a1(row, column), value),
    {
      params: { value },
    },
  );
}

function headerIssues(context: BaseContext, header: HeaderMatch<BaseField>): Issue[] {
  const { sheet } = context;
  const issues: Issue[] = header.missing.map((field) =>
    createIssue(
      'header/missing-column',
      { sheet, row: header.row, column: 1 },
      text.missingColumn(field, header.row),
      {
        params: { expected: BASE_HEADERS[field] },
      },
    ),
  );
  for (const duplicate of header.duplicates) {
    const first = header.columns[duplicate.field] as number;
    const message = text.duplicateColumn(
      a1(header.row, duplicate.column),
      cellText(cellAt(context, header.row, duplicate.column)),
      duplicate.field,
      columnLetter(first),
    );
    const params = {
      value: cellText(cellAt(context, header.row, duplicate.column)),
      first: a1(header.row, first),
    };
    issues.push(
      createIssue('header/duplicate-column', { sheet, row: header.row, column: duplicate.column }, message, {
        params,
      }),
    );
  }
  if (header.extra.length > 0) {
    const message = text.extraColumns(
      header.extra.map((extra) => ({ letter: columnLetter(extra.column), text: extra.text })),
    );
    const params = { value: header.extra.map((extra) => extra.text).join('; ') };
    issues.push(
      createIssue(
        'header/extra-column',
        { sheet, row: header.row, column: header.extra[0].column },
        message,
        { params },
      ),
    );
  }
  return issues;
}

function slice(
  context: BaseContext,
  values: readonly (readonly unknown[])[],
  column: number | undefined,
): ColumnSlice | null {
  if (column === undefined) return null;
  const cells: unknown[] = [];
  for (let row = context.firstDataRow; row <= values.length; row++)
    cells.push(values[row - 1]?.[column - 1] ?? '');
  return { column, firstRow: context.firstDataRow, values: cells };
}

function crossRowIssues(grid: Grid, context: BaseContext, kinds: readonly RowKind[]): Issue[] {
  const { columns } = context.header;
  const issues = checkBlankRows(grid.name, context.firstDataRow, kinds);
  const numbers = slice(context, grid.values, columns.number);
  if (numbers) issues.push(...checkNumbering(grid.name, numbers));
  const mentors = slice(context, context.values, columns.mentor);
  const mentees = slice(context, context.values, columns.mentees);
  if (mentors && mentees)
    issues.push(...checkDuplicatePairs(grid.name, mentors, mentees, { people: context.people }));
  return issues;
}

function textIn(context: BaseContext, row: number, column: number | undefined): string {
  if (column === undefined) return '';
  const value = cellAt(context, row, column);
  return isFormulaError(value) ? '' : cellText(value);
}

function entryOf(context: BaseContext, row: number): BaseEntry | null {
  const { columns } = context.header;
  const mentor = textIn(context, row, columns.mentor);
  if (
    mentor === '' ||
    columns.mentor === undefined ||
    typeof cellAt(context, row, columns.mentor) !== 'string'
  )
    return null;
  const form =
    columns.form === undefined ? null : context.forms.match(cellAt(context, row, columns.form)).canonical;
  return {
    row,
    mentor,
    mentorKey: context.people.key(mentor),
    organisation: textIn(context, row, columns.mentorOrg),
    mentees:
      columns.mentees === undefined ? [] : [...context.people.names(cellAt(context, row, columns.mentees))],
    form,
  };
}

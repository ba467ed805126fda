/**
 * Rules of «База наставников» that look at one row at a time (SPEC §2.1); live validation on
 * edit runs them for the edited rows only.
 */
import { a1 } from '../a1';
import { isDate, isEmptyCell, isErrorValue } from '../cell-value';
import type { Grid } from '../grid';
import type { HeaderMatch } from '../header/find-header';
import type { Fix, Issue, IssueCode, Severity } from '../issue';
import { cellText, tidyCellText } from '../text/normalise';
import { cellAt, createBaseContext, isMergeTail, rowKind, type BaseContext, type BaseOptions } from './base-context';
import { makeIssue, sortIssues } from './base-issue';
import { checkFio, personKey, type FioFormatReason } from './fio';
import { BASE_FIELD_ORDER, BASE_FIELDS, type BaseField } from './fields';
import * as text from './messages';
import { parsePeopleCell } from './people-cell';
import { parseSequenceNumber } from './sequence-number';

const REQUIRED = new Set(BASE_FIELDS.filter((spec) => spec.required).map((spec) => spec.field));
const PEOPLE_FIELDS = new Set<BaseField>(['mentor', 'mentees']);
const SPACES = /[\s\u00a0\u2007\u202f\u200b\ufeff]+/g;

/** Per-row rules for the given 1-based rows (formula errors in any cell of them, and every rule of a data row). */
export function validateBaseRows(grid: Grid, header: HeaderMatch<BaseField>, rows: readonly number[], options: BaseOptions = {}): Issue[] {
  const context = createBaseContext(grid, header, options);
  const issues: Issue[] = [];
  for (const row of rows) {
    issues.push(...formulaErrors(context, row));
    if (row >= context.firstDataRow && rowKind(context, row) === 'data') issues.push(...checkDataRow(context, row));
  }
  return sortIssues(issues);
}

/** `#REF!` and friends anywhere in the row. */
export function formulaErrors(context: BaseContext, row: number): Issue[] {
  const cells = context.values[row - 1] ?? [];
  const issues: Issue[] = [];
  for (let c = 1; c <= cells.length; c++) {
    const value = cells[c - 1];
    if (isErrorValue(value) && !isMergeTail(context, row, c)) {
      issues.push(makeIssue(context.sheet, 'cell/formula-error', 'error', row, c, text.formulaError(a1(row, c), value.trim())));
    }
  }
  return issues;
}

function isBlank(value: unknown): boolean {
  return isEmptyCell(value) || (typeof value === 'string' && value.trim() === '');
}

/** Every per-row rule of a data row. */
export function checkDataRow(context: BaseContext, row: number): Issue[] {
  const { columns } = context.header;
  const issues: Issue[] = [];
  const numberColumn = columns.number;
  if (numberColumn !== undefined && !isMergeTail(context, row, numberColumn)) {
    const value = cellAt(context, row, numberColumn);
    if (!isErrorValue(value) && parseSequenceNumber(value) === 'invalid') {
      issues.push(makeIssue(context.sheet, 'cell/type', 'warning', row, numberColumn, text.badNumber(a1(row, numberColumn), cellText(value))));
    }
  }
  for (const field of BASE_FIELD_ORDER) {
    const column = columns[field];
    if (field === 'number' || column === undefined) continue;
    issues.push(...checkCell(context, row, column, field));
  }
  issues.push(...selfMentoring(context, row));
  return issues;
}

function checkCell(context: BaseContext, row: number, column: number, field: BaseField): Issue[] {
  const value = cellAt(context, row, column);
  const cell = a1(row, column);
  const issue = (code: IssueCode, severity: Severity, message: text.Text, fix?: Fix): Issue =>
    makeIssue(context.sheet, code, severity, row, column, message, fix);
  if (isErrorValue(value)) return [];
  if (isBlank(value)) {
    if (REQUIRED.has(field)) return [issue('cell/required', 'error', text.required(cell, field))];
    return field === 'achievements' ? [issue('cell/required', 'warning', text.achievementsEmpty(cell))] : [];
  }
  if (isMergeTail(context, row, column)) return [];
  if (typeof value !== 'string') {
    const kind: text.ValueKind = isDate(value) ? 'date' : typeof value === 'boolean' ? 'boolean' : 'number';
    const severity: Severity = PEOPLE_FIELDS.has(field) || field === 'form' ? 'error' : 'warning';
    return [issue('cell/type', severity, text.wrongType(cell, cellText(value), field, kind))];
  }
  const found = PEOPLE_FIELDS.has(field)
    ? checkPeople(value, cell, field === 'mentees' ? 'mentees' : 'mentor', issue)
    : field === 'form'
      ? checkForm(context, value, cell, issue)
      : field === 'mentorOrg'
        ? checkOrganisation(context, value, cell, issue)
        : { issues: [], tidy: tidyCellText(value) };
  const typed = value.replace(/\r\n?/g, '\n');
  if (found.tidy !== typed && !found.issues.some((each) => each.fix !== undefined)) {
    found.issues.push(issue('cell/whitespace', 'info', text.whitespace(cell, value), { value: found.tidy, label: text.FIX_LABELS.whitespace }));
  }
  return found.issues;
}

type IssueOf = (code: IssueCode, severity: Severity, message: text.Text, fix?: Fix) => Issue;

interface CellFindings {
  readonly issues: Issue[];
  /** The value with only spacing tidied, to tell whether spacing alone is wrong. */
  readonly tidy: string;
}

function tidyName(name: string): string {
  return name.replace(SPACES, ' ').replace(/\s*-\s*/g, '-').trim();
}

/** ФИО checks of every person in the cell, one issue per kind of problem, naming the people when the cell lists several. */
function checkPeople(value: string, cell: string, role: text.Who['role'], issue: IssueOf): CellFindings {
  const parsed = parsePeopleCell(value);
  const tidy = parsed.rebuild(parsed.names.map(tidyName));
  if (parsed.names.length === 0) return { issues: [], tidy };
  if (role === 'mentor' && parsed.names.length > 1) return { issues: [issue('fio/format', 'error', text.severalMentors(cell, value))], tidy };
  const checks = parsed.names.map((name) => checkFio(name));
  const cleaned = parsed.rebuild(checks.map((check) => check.cleaned));
  const fix = (label: string): Fix => ({ value: cleaned, label });
  const named = (list: string[]): text.Who => ({ role, names: parsed.names.length > 1 ? list : null });
  const mixed: string[] = [];
  let mixedFixable = true;
  const letters = new Set<string>();
  const formats = new Map<FioFormatReason, string[]>();
  const initials: string[] = [];
  const cased: string[] = [];
  checks.forEach((check, i) => {
    const name = parsed.names[i];
    for (const problem of check.problems) {
      if (problem.kind === 'mixed-script') {
        mixed.push(name);
        if (problem.fixed === null) mixedFixable = false;
        for (const ch of name.match(/[A-Za-z]/g) ?? []) letters.add(ch);
      } else if (problem.kind === 'format') {
        formats.set(problem.reason, [...(formats.get(problem.reason) ?? []), name]);
      } else if (problem.kind === 'initials') {
        initials.push(name);
      } else {
        cased.push(name);
      }
    }
  });
  const issues: Issue[] = [];
  if (mixed.length > 0) {
    const message = text.fioMixedScript(cell, value, [...letters], named(mixed));
    issues.push(issue('fio/mixed-script', 'error', message, mixedFixable ? fix(text.FIX_LABELS.replace(cleaned)) : undefined));
  }
  for (const [reason, list] of formats) issues.push(issue('fio/format', 'error', text.fioFormat(cell, value, reason, named(list))));
  if (initials.length > 0) issues.push(issue('fio/initials', 'warning', text.fioInitials(cell, value, named(initials))));
  if (cased.length > 0) issues.push(issue('fio/case', 'info', text.fioCase(cell, value, named(cased)), fix(text.FIX_LABELS.replace(cleaned))));
  return { issues, tidy };
}

function checkForm(context: BaseContext, value: string, cell: string, issue: IssueOf): CellFindings {
  const tidy = tidyCellText(value);
  const match = context.forms.match(value);
  if (match.status === 'unknown') {
    return { issues: [issue('form/unknown', 'error', text.formUnknown(cell, value, match.unknownPart, context.forms.forms, context.forms.kinds))], tidy };
  }
  if (match.status === 'nonstandard' && match.fix !== null) {
    const message = text.formNonstandard(cell, value, match.fix, match.typo);
    return { issues: [issue('form/nonstandard', match.typo ? 'warning' : 'info', message, { value: match.fix, label: text.FIX_LABELS.replace(match.fix) })], tidy };
  }
  return { issues: [], tidy };
}

function checkOrganisation(context: BaseContext, value: string, cell: string, issue: IssueOf): CellFindings {
  const tidy = tidyCellText(value);
  if (!context.organisations) return { issues: [], tidy };
  const match = context.organisations(cellText(value));
  if (match.known) return { issues: [], tidy };
  const fix = match.suggestion === null ? undefined : { value: match.suggestion, label: text.FIX_LABELS.replace(match.suggestion) };
  return { issues: [issue('org/unknown', 'warning', text.orgUnknown(cell, value, match.suggestion), fix)], tidy };
}

/** The names in a people cell, or [] when the cell holds no text. */
export function peopleIn(value: unknown): readonly string[] {
  return typeof value === 'string' && !isErrorValue(value) ? parsePeopleCell(value).names : [];
}

function selfMentoring(context: BaseContext, row: number): Issue[] {
  const { mentor: mentorColumn, mentees: menteesColumn } = context.header.columns;
  if (mentorColumn === undefined || menteesColumn === undefined) return [];
  const mentors = peopleIn(cellAt(context, row, mentorColumn));
  if (mentors.length !== 1) return [];
  const key = personKey(mentors[0]);
  const value = cellAt(context, row, menteesColumn);
  if (!peopleIn(value).some((mentee) => personKey(mentee) === key)) return [];
  const message = text.pairSelf(a1(row, menteesColumn), String(value), mentors[0]);
  return [makeIssue(context.sheet, 'pair/self', 'error', row, menteesColumn, message)];
}

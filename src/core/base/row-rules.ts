/**
 * Rules of «База наставников» that look at one row at a time (docs/domain.md#mentor-base); live validation on
 * edit runs them for the edited rows only.
 */
import { a1 } from '../sheet/a1';
import { isDate } from '../sheet/cell-value';
import type { Grid } from '../sheet/grid';
import type { HeaderMatch } from '../header/find-header';
import {
  createIssue,
  type Fix,
  type Issue,
  type IssueCode,
  type IssuePlace,
  type IssueParams,
  type Severity,
} from '../issues/issue';
import { sortIssues } from '../issues/issue-report';
import { shownValue } from '../monitoring/shown-value';
import { cellText, tidyCellText } from '../text/normalise';
import {
  cellAt,
  createBaseContext,
  isBlank,
  isMergeTail,
  rowKind,
  type BaseContext,
  type BaseOptions,
} from './base-context';
import type { FioFormatReason } from './fio';
import { isFormulaError } from './formula-error';
import { BASE_FIELD_ORDER, BASE_FIELDS, type BaseField } from './fields';
import * as text from './messages';
import { parseSequenceNumber } from './sequence-number';
import { digitLookalike } from '../monitoring/digit-lookalike';

const REQUIRED = new Set(BASE_FIELDS.filter((spec) => spec.required).map((spec) => spec.field));
const PEOPLE_FIELDS = new Set<BaseField>(['mentor', 'mentees']);

/** Per-row rules for the given 1-based rows (formula errors in any cell of them, and every rule of a data row). */
export function validateBaseRows(
  grid: Grid,
  header: HeaderMatch<BaseField>,
  rows: readonly number[],
  options: BaseOptions = {},
): Issue[] {
  const context = createBaseContext(grid, header, options);
  const issues: Issue[] = [];
  for (const row of rows) {
    formulaErrors(context, row, issues);
    if (row >= context.firstDataRow && rowKind(context, row) === 'data') checkDataRow(context, row, issues);
  }
  return sortIssues(issues);
}

/** `#REF!` and friends anywhere in the row, added to `issues`. */
export function formulaErrors(context: BaseContext, row: number, issues: Issue[]): void {
  const cells = context.values[row - 1] ?? [];
  for (let c = 1; c <= cells.length; c++) {
    const value = cells[c - 1];
    if (isFormulaError(value) && !isMergeTail(context, row, c)) {
      const place = { sheet: context.sheet, row, column: c };
      issues.push(
        createIssue('cell/formula-error', place, text.formulaError(a1(row, c), value.trim()), {
          params: { value: value.trim() },
        }),
      );
    }
  }
}

/**
 * A «№ п/п» that is no number: a warning, as numbering is. «1O» with a letter typed for a digit
 * says which, and offers the number meant.
 */
function badSequenceNumber(place: IssuePlace, value: unknown): Issue {
  const cell = a1(place.row, place.column);
  const typed = cellText(value);
  const lookalike = digitLookalike(typed);
  const meant = lookalike === null ? 'invalid' : parseSequenceNumber(lookalike.corrected);
  if (lookalike !== null && typeof meant === 'number') {
    return createIssue('value/letter-for-digit', place, text.numberWithLetters(cell, typed, lookalike), {
      severity: 'warning',
      params: { value: typed, expected: 'number' },
      fix: { value: meant, label: text.FIX_LABELS.replace(lookalike.corrected) },
    });
  }
  const shown = shownValue(value);
  return createIssue('cell/type', place, text.badNumber(cell, shown), {
    severity: 'warning',
    params: { value: shown, expected: 'number' },
  });
}

/** Every per-row rule of a data row, issues added to `issues`. */
export function checkDataRow(context: BaseContext, row: number, issues: Issue[]): void {
  const { columns } = context.header;
  const numberColumn = columns.number;
  if (numberColumn !== undefined && !isMergeTail(context, row, numberColumn)) {
    const value = cellAt(context, row, numberColumn);
    if (!isFormulaError(value) && parseSequenceNumber(value) === 'invalid') {
      const place = { sheet: context.sheet, row, column: numberColumn };
      issues.push(badSequenceNumber(place, value));
    }
  }
  for (const field of BASE_FIELD_ORDER) {
    const column = columns[field];
    if (field === 'number' || column === undefined) continue;
    checkCell({ context, row, column, issues, fixed: false }, field);
  }
  selfMentoring(context, row, issues);
}

/** Where the issues of one cell go. */
interface CellTarget {
  readonly context: BaseContext;
  readonly row: number;
  readonly column: number;
  readonly issues: Issue[];
  /** Whether an issue of this cell already proposes a fix (which then includes tidied spacing). */
  fixed: boolean;
}

/** The A1 address, made only when a message needs it. */
function cellOf(target: CellTarget): string {
  return a1(target.row, target.column);
}

/**
 * An issue of the target cell; `params.value` is the cell's text, and the fix's value is the
 * suggestion. `severity` only where the rule grades a case apart from its default.
 */
function add(
  target: CellTarget,
  code: IssueCode,
  message: text.Text,
  details: { fix?: Fix; severity?: Severity; params?: IssueParams } = {},
): void {
  const { context, row, column, fixed } = target;
  const value = cellText(cellAt(context, row, column));
  const params: IssueParams = {
    value,
    ...(details.fix ? { suggestion: details.fix.value } : {}),
    ...details.params,
  };
  target.issues.push(
    createIssue(code, { sheet: context.sheet, row, column }, message, { ...details, params }),
  );
  target.fixed = fixed || details.fix !== undefined;
}

function checkCell(target: CellTarget, field: BaseField): void {
  const { context, row, column } = target;
  const value = cellAt(context, row, column);
  if (isFormulaError(value)) return;
  if (isBlank(value)) {
    if (REQUIRED.has(field)) add(target, 'cell/required', text.required(cellOf(target), field));
    else if (field === 'achievements')
      add(target, 'cell/required', text.achievementsEmpty(cellOf(target)), { severity: 'warning' });
    return;
  }
  if (isMergeTail(context, row, column)) return;
  if (typeof value !== 'string') {
    const kind: text.ValueKind = isDate(value) ? 'date' : typeof value === 'boolean' ? 'boolean' : 'number';
    const severity: Severity = PEOPLE_FIELDS.has(field) || field === 'form' ? 'error' : 'warning';
    add(target, 'cell/type', text.wrongType(cellOf(target), shownValue(value), field, kind), {
      severity,
      params: { expected: 'text' },
    });
    return;
  }
  const tidy = PEOPLE_FIELDS.has(field)
    ? checkPeople(target, value, field === 'mentees' ? 'mentees' : 'mentor')
    : field === 'form'
      ? checkForm(target, value)
      : field === 'mentorOrg'
        ? checkOrganisation(target, value)
        : tidyCellText(value);
  const typed = value.includes('\r') ? value.replace(/\r\n?/g, '\n') : value;
  if (tidy !== typed && !target.fixed) {
    add(target, 'cell/whitespace', text.whitespace(cellOf(target), value), {
      fix: { value: tidy, label: text.FIX_LABELS.whitespace },
    });
  }
}

/** A parsed name (spaces already collapsed) without spaces around hyphens. */
function tidyName(name: string): string {
  return name.includes(' -') || name.includes('- ') ? name.replace(/ ?- ?/g, '-') : name;
}

/**
 * ФИО checks of every person in the cell, one issue per kind of problem, naming the people when
 * the cell lists several. Returns the value with spacing tidied.
 */
function checkPeople(target: CellTarget, value: string, role: text.Who['role']): string {
  const parsed = target.context.people.cell(value);
  const tidy = parsed.rebuild(parsed.names.map(tidyName));
  if (parsed.names.length === 0) return tidy;
  if (role === 'mentor' && parsed.names.length > 1) {
    add(target, 'fio/format', text.severalMentors(cellOf(target), value), {
      params: { expected: 'one-person' },
    });
    return tidy;
  }
  const checks = parsed.names.map(target.context.people.check);
  if (checks.every((check) => check.problems.length === 0)) return tidy;
  const cell = cellOf(target);
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
  if (mixed.length > 0) {
    const message = text.fioMixedScript(cell, value, [...letters], named(mixed));
    const params = { letters: [...letters].join('') };
    add(
      target,
      'fio/mixed-script',
      message,
      mixedFixable ? { fix: fix(text.FIX_LABELS.replace(cleaned)), params } : { params },
    );
  }
  for (const [reason, list] of formats)
    add(target, 'fio/format', text.fioFormat(cell, value, reason, named(list)), {
      params: { expected: reason },
    });
  if (initials.length > 0) add(target, 'fio/initials', text.fioInitials(cell, value, named(initials)));
  if (cased.length > 0)
    add(target, 'fio/case', text.fioCase(cell, value, named(cased)), {
      fix: fix(text.FIX_LABELS.replace(cleaned)),
    });
  return tidy;
}

function checkForm(target: CellTarget, value: string): string {
  const { context } = target;
  const match = context.forms.match(value);
  const cell = cellOf(target);
  if (match.status === 'unknown') {
    const message = text.formUnknown(cell, value, match.unknownPart, context.forms);
    add(target, 'form/unknown', message, { params: { unknownPart: match.unknownPart } });
  } else if (match.status === 'nonstandard' && match.fix !== null) {
    const fix = { value: match.fix, label: text.FIX_LABELS.replace(match.fix) };
    const message = text.formNonstandard(cell, value, match.fix, match.typo);
    add(target, 'form/nonstandard', message, { fix });
  }
  return tidyCellText(value);
}

function checkOrganisation(target: CellTarget, value: string): string {
  const { organisations } = target.context;
  const match = organisations ? organisations(cellText(value)) : null;
  if (match && !match.known) {
    const fix =
      match.suggestion === null
        ? undefined
        : { value: match.suggestion, label: text.FIX_LABELS.replace(match.suggestion) };
    const message = text.orgUnknown(cellOf(target), value, match);
    add(target, 'org/unknown', message, fix === undefined ? {} : { fix });
  }
  return tidyCellText(value);
}

function selfMentoring(context: BaseContext, row: number, issues: Issue[]): void {
  const { mentor: mentorColumn, mentees: menteesColumn } = context.header.columns;
  if (mentorColumn === undefined || menteesColumn === undefined) return;
  const { people } = context;
  const mentors = people.names(cellAt(context, row, mentorColumn));
  if (mentors.length !== 1) return;
  const value = cellAt(context, row, menteesColumn);
  const mentees = people.names(value);
  if (mentees.length === 0) return;
  const key = people.key(mentors[0]);
  if (!mentees.some((mentee) => people.key(mentee) === key)) return;
  const message = text.pairSelf(a1(row, menteesColumn), String(value), mentors[0]);
  const params = { value: String(value), mentor: mentors[0] };
  issues.push(
    createIssue('pair/self', { sheet: context.sheet, row, column: menteesColumn }, message, { params }),
  );
}

/**
 * What every rule is, as data: its default severity, whether its issues can carry a fix, and
 * how much of the workbook it reads to decide. The live check derives from `reads` which rules an
 * edit can change; outputs read `fixable` to offer a button. Codes are stable: add, never rename.
 */
import type { Severity } from './severity';

/**
 * How far a rule looks: one cell, one row, one column across rows, one sheet (header, rows
 * compared with each other), or other sheets of the workbook (the catalogue, the school list).
 */
export type RuleReach = 'cell' | 'row' | 'column' | 'sheet' | 'workbook';

export interface RuleDescription {
  /** Severity of its issues unless the rule says otherwise for a case (e.g. a typo is a warning). */
  readonly severity: Severity;
  /** Whether some of its issues propose a safe change of the cell. */
  readonly fixable: boolean;
  readonly reads: RuleReach;
}

const rule = (severity: Severity, reads: RuleReach, fixable = false): RuleDescription => ({
  severity,
  fixable,
  reads,
});

export const RULES = {
  'header/not-found': rule('error', 'sheet'),
  'header/missing-column': rule('error', 'sheet'),
  'header/duplicate-column': rule('warning', 'sheet'),
  'header/extra-column': rule('info', 'sheet'),
  'row/blank': rule('info', 'sheet'),
  'row/duplicate': rule('warning', 'column'),
  'row/total': rule('info', 'row'),
  'cell/required': rule('error', 'cell'),
  'cell/type': rule('error', 'cell'),
  'cell/formula-error': rule('error', 'cell'),
  'cell/whitespace': rule('info', 'cell', true),
  'fio/format': rule('error', 'cell'),
  'fio/initials': rule('warning', 'cell'),
  'fio/mixed-script': rule('error', 'cell', true),
  'fio/case': rule('info', 'cell', true),
  'form/unknown': rule('error', 'cell'),
  'form/nonstandard': rule('warning', 'cell', true),
  'pair/self': rule('error', 'row'),
  'org/unknown': rule('warning', 'workbook', true),
  'seq/gap': rule('warning', 'column'),
  'seq/duplicate': rule('warning', 'column'),
  'indicator/missing': rule('error', 'sheet'),
  'indicator/unknown': rule('warning', 'workbook', true),
  'indicator/duplicate': rule('error', 'sheet'),
  'indicator/title-variant': rule('info', 'workbook', true),
  'value/not-integer': rule('error', 'cell'),
  'value/negative': rule('error', 'cell'),
  'value/flag': rule('error', 'cell'),
  'value/percent-range': rule('error', 'cell'),
  'value/percent-ambiguous': rule('warning', 'cell'),
  'value/annotated': rule('warning', 'cell'),
  'value/letter-for-digit': rule('error', 'cell', true),
  'value/in-comment': rule('warning', 'row'),
  'logic/part-exceeds-total': rule('error', 'sheet'),
  'logic/zero-denominator': rule('error', 'sheet'),
  'logic/implausible': rule('warning', 'sheet'),
  'cross/mentor-count-mismatch': rule('warning', 'workbook'),
  'cross/school-without-tab': rule('warning', 'workbook'),
  'catalogue/invalid': rule('error', 'row'),
  'template/invalid': rule('warning', 'row'),
  'cell/too-long': rule('info', 'cell'),
  'parameter/missing': rule('info', 'cell'),
  'parameter/unknown': rule('info', 'row'),
  'roster/no-school': rule('warning', 'row'),
  'roster/duplicate': rule('warning', 'column'),
  'roster/email': rule('warning', 'cell'),
  'org/not-in-roster': rule('warning', 'workbook', true),
  'org/mixed-script': rule('warning', 'cell', true),
} as const satisfies Record<string, RuleDescription>;

export type IssueCode = keyof typeof RULES;

export const ISSUE_CODES = Object.keys(RULES) as IssueCode[];

/** Whether a rule decides from the edited sheet alone (so a live check can recompute it). */
export function readsOneSheet(code: IssueCode): boolean {
  return RULES[code].reads !== 'workbook';
}

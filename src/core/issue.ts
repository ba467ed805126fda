/** Validation results: stable codes in `area/name` form; add codes, never rename them. */

export type Severity = 'error' | 'warning' | 'info';

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

export const ISSUE_CODES = [
  'header/not-found',
  'header/missing-column',
  'header/duplicate-column',
  'header/extra-column',
  'row/blank',
  'row/duplicate',
  'cell/required',
  'cell/type',
  'cell/formula-error',
  'cell/whitespace',
  'fio/format',
  'fio/initials',
  'fio/mixed-script',
  'fio/case',
  'form/unknown',
  'form/nonstandard',
  'pair/self',
  'org/unknown',
  'seq/gap',
  'seq/duplicate',
  'indicator/missing',
  'indicator/unknown',
  'indicator/duplicate',
  'value/not-integer',
  'value/negative',
  'value/flag',
  'value/percent-range',
  'value/percent-ambiguous',
  'logic/part-exceeds-total',
  'logic/zero-denominator',
  'cross/mentor-count-mismatch',
  'cross/school-without-tab',
  'catalogue/invalid',
  'template/invalid',
  'logic/implausible',
] as const;

export type IssueCode = (typeof ISSUE_CODES)[number];

/** A proposed change of one cell; the engine never applies it, an adapter does on the user's request. */
export interface Fix {
  /** The exact new cell value. */
  readonly value: string | number | boolean;
  /** Short Russian label for the button / CLI, e.g. «Заменить на «педагог — педагог»». */
  readonly label: string;
}

export interface Issue {
  readonly code: IssueCode;
  readonly severity: Severity;
  /** Tab name. */
  readonly sheet: string;
  /** A1 address of the cell (the header row's first cell for sheet-level issues). */
  readonly cell: string;
  /** 1-based. */
  readonly row: number;
  /** 1-based. */
  readonly column: number;
  /** Russian message that names the cell and the value. */
  readonly message: string;
  /** Russian hint on how to fix it. */
  readonly hint?: string;
  readonly fix?: Fix;
}

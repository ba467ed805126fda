/**
 * Validation results as data: a stable code (see rules.ts), where, a Russian message and hint,
 * an optional fix, and the `params` the message was made from, so outputs (documents, JSON,
 * cell notes) work on values instead of re-parsing message strings.
 */
import { a1 } from '../sheet/a1';
import { RULES, type IssueCode } from './rules';
import type { Severity } from './severity';

export { ISSUE_CODES, RULES, type IssueCode } from './rules';
export { SEVERITIES, type Severity } from './severity';

/** A proposed change of one cell; the engine never applies it, an adapter does on the user's request. */
export interface Fix {
  /** The exact new cell value. */
  readonly value: string | number | boolean;
  /** Short Russian label for the button / CLI, e.g. «Заменить на «педагог — педагог»». */
  readonly label: string;
}

/**
 * The specifics of one issue. Common keys: `value` (the cell as the curator sees it), `expected`
 * (what the rule wants there), `suggestion` (the closest valid value), `indicator` (catalogue id),
 * `first` (A1 of the first occurrence of a repeat), `total` (the value a part is compared with).
 */
export type IssueParams = Readonly<Record<string, string | number | boolean | null>>;

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
  readonly params: IssueParams;
}

/** A message and a hint, as every room's messages.ts makes them. */
export interface IssueText {
  readonly message: string;
  readonly hint?: string;
}

export interface IssuePlace {
  readonly sheet: string;
  /** 1-based. */
  readonly row: number;
  /** 1-based. */
  readonly column: number;
}

export interface IssueDetails {
  readonly params?: IssueParams;
  readonly fix?: Fix;
  /** Only where the rule itself grades a case differently from its default (rules.ts). */
  readonly severity?: Severity;
}

/** The one way to make an issue: the code decides the default severity, the rule may grade a case. */
export function createIssue(
  code: IssueCode,
  place: IssuePlace,
  text: IssueText,
  details: IssueDetails = {},
): Issue {
  const { sheet, row, column } = place;
  const issue: Issue = {
    code,
    severity: details.severity ?? RULES[code].severity,
    sheet,
    cell: a1(row, column),
    row,
    column,
    message: text.message,
    params: details.params ?? {},
  };
  return {
    ...issue,
    ...(text.hint === undefined ? {} : { hint: text.hint }),
    ...(details.fix === undefined ? {} : { fix: details.fix }),
  };
}

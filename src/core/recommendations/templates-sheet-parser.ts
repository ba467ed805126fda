/**
 * Reads «Шаблоны рекомендаций» (recognised by its header, wherever it is and whatever its name).
 * A row that cannot be used is reported as `template/invalid` and the built-in template of that
 * code stays in force, so a typo never silences a recommendation.
 */
import { a1 } from '../sheet/a1';
import * as z from 'zod/mini';
import { isEmptyCell } from '../sheet/cell-value';
import type { Grid } from '../sheet/grid';
import { findHeader, type HeaderMatch } from '../header/find-header';
import { createIssue, type Issue } from '../issues/issue';
import { cellText } from '../text/normalise';
import {
  TEMPLATE_HINT_CODE,
  TEMPLATE_HINT_PLACEHOLDERS,
  TEMPLATE_HINT_STAGE,
  templateBadStage,
  templateDuplicateCode,
  templateNoCode,
  templateNoText,
  templateUnknownCode,
  templateUnknownPlaceholder,
} from './messages';
import { unknownPlaceholders } from './placeholders';
import { multiline, TEMPLATE_ROW, type TemplateRowCells, type TemplateRowProblem } from './template-row';
import { BUILTIN_TEMPLATES, builtinTemplate, type RecommendationTemplate } from './templates';
import { TEMPLATE_COLUMNS, type TemplateColumn } from './templates-sheet';

export interface ParsedTemplates {
  /** Every built-in code, each overridden by its valid row of the sheet. */
  readonly templates: RecommendationTemplate[];
  readonly issues: Issue[];
}

export function isTemplatesSheet(grid: Grid): boolean {
  return templatesHeader(grid) !== null;
}

export function parseTemplatesSheet(grid: Grid): ParsedTemplates {
  const header = templatesHeader(grid);
  if (header === null) return { templates: BUILTIN_TEMPLATES.slice(), issues: [] };
  const overrides = new Map<string, RecommendationTemplate>();
  const firstRowOf = new Map<string, number>();
  const issues: Issue[] = [];
  for (let row = header.row + 1; row <= grid.values.length; row++) {
    const cells = grid.values[row - 1];
    if (cells.every((value) => isEmptyCell(value) || cellText(value) === '')) continue;
    const parsed = parseRow({ sheet: grid.name, header, firstRowOf }, row, cells);
    if ('issue' in parsed) {
      issues.push(parsed.issue);
    } else {
      firstRowOf.set(parsed.template.code, row);
      overrides.set(parsed.template.code, parsed.template);
    }
  }
  return { templates: BUILTIN_TEMPLATES.map((template) => overrides.get(template.code) ?? template), issues };
}

/** Columns in the order their problems are told: one issue a row, the first that applies. */
const FIELD_ORDER: readonly TemplateColumn[] = ['code', 'stage', 'text', 'deficit', 'term'];

/** The sheet's table as far as read: its header and the row where each code was first used. */
interface TemplatesTable {
  readonly sheet: string;
  readonly header: HeaderMatch<TemplateColumn>;
  readonly firstRowOf: ReadonlyMap<string, number>;
}

/** One row: the built-in template with the row's overrides, or why the row cannot be used. */
function parseRow(
  { sheet, header, firstRowOf }: TemplatesTable,
  row: number,
  cells: readonly unknown[],
): { template: RecommendationTemplate } | { issue: Issue } {
  const valueOf = (field: TemplateColumn): unknown => {
    const column = header.columns[field];
    return column === undefined ? '' : cells[column - 1];
  };
  const invalid = (field: TemplateColumn, message: (cell: string) => string, hint: string) => {
    // Both the code and the text column are required by the header match; others may be absent.
    const column = header.columns[field] as number;
    const params = { value: cellText(valueOf(field)), template: cellText(valueOf('code')) };
    const text = { message: message(a1(row, column)), hint };
    return { issue: createIssue('template/invalid', { sheet, row, column }, text, { params }) };
  };
  const input: TemplateRowCells = {
    code: valueOf('code'),
    stage: valueOf('stage'),
    text: valueOf('text'),
    deficit: valueOf('deficit'),
    term: valueOf('term'),
  };
  const parsed = z.safeParse(TEMPLATE_ROW, input);
  const problems = parsed.success ? [] : parsed.error.issues;
  const problemIn = (field: TemplateColumn) => problems.find((found) => found.path[0] === field)?.message;
  const code = cellText(input.code);
  const first = firstRowOf.get(code);
  for (const field of FIELD_ORDER) {
    const found = problemIn(field) as TemplateRowProblem | undefined;
    if (found !== undefined) return tell(found, field, invalid, input);
    // A repeated code is told before anything else in its row, as the first thing wrong with it.
    if (field === 'code' && first !== undefined) {
      return invalid('code', (cell) => templateDuplicateCode(cell, code, first), TEMPLATE_HINT_CODE);
    }
  }
  const data = (parsed as { data: z.infer<typeof TEMPLATE_ROW> }).data;
  const builtin = builtinTemplate(data.code) as RecommendationTemplate;
  return {
    template: {
      ...builtin,
      stage: data.stage ?? builtin.stage,
      text: data.text,
      deficit: data.deficit === '' ? builtin.deficit : data.deficit,
      term: data.term === '' ? builtin.term : data.term,
    },
  };
}

/** The Russian issue of a row's problem in `field`. */
function tell<T>(
  found: TemplateRowProblem,
  field: TemplateColumn,
  invalid: (field: TemplateColumn, message: (cell: string) => string, hint: string) => T,
  input: TemplateRowCells,
): T {
  switch (found) {
    case 'no-code':
      return invalid(field, templateNoCode, TEMPLATE_HINT_CODE);
    case 'unknown-code':
      return invalid(field, (cell) => templateUnknownCode(cell, cellText(input.code)), TEMPLATE_HINT_CODE);
    case 'bad-stage':
      return invalid(field, (cell) => templateBadStage(cell, cellText(input.stage)), TEMPLATE_HINT_STAGE);
    case 'no-text':
      return invalid(field, templateNoText, TEMPLATE_HINT_PLACEHOLDERS);
    case 'unknown-placeholder': {
      const names = unknownPlaceholders(multiline(input[field as 'text' | 'deficit']));
      return invalid(field, (cell) => templateUnknownPlaceholder(cell, names), TEMPLATE_HINT_PLACEHOLDERS);
    }
  }
}

function templatesHeader(grid: Grid): HeaderMatch<TemplateColumn> | null {
  const header = findHeader(grid, TEMPLATE_COLUMNS);
  return header !== null && header.missing.length === 0 ? header : null;
}

/**
 * Reads «Шаблоны рекомендаций» (recognised by its header, wherever it is and whatever its name).
 * A row that cannot be used is reported as `template/invalid` and the built-in template of that
 * code stays in force, so a typo never silences a recommendation.
 */
import { a1 } from '../a1';
import { isEmptyCell, isErrorValue } from '../cell-value';
import type { Grid } from '../grid';
import { findHeader, type HeaderMatch } from '../header/find-header';
import { createIssue, type Issue } from '../issue';
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
import { stageNumber } from './stages';
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
    const parsed = parseRow(grid.name, header, cells, row, firstRowOf);
    if ('issue' in parsed) {
      issues.push(parsed.issue);
    } else {
      firstRowOf.set(parsed.template.code, row);
      overrides.set(parsed.template.code, parsed.template);
    }
  }
  return { templates: BUILTIN_TEMPLATES.map((template) => overrides.get(template.code) ?? template), issues };
}

interface Cell {
  readonly column: number;
  readonly value: unknown;
  readonly address: string;
}

/** One row: the built-in template with the row's overrides, or why the row cannot be used. */
function parseRow(
  sheet: string,
  header: HeaderMatch<TemplateColumn>,
  cells: readonly unknown[],
  row: number,
  firstRowOf: ReadonlyMap<string, number>,
): { template: RecommendationTemplate } | { issue: Issue } {
  const cell = (field: TemplateColumn): Cell | null => {
    const column = header.columns[field];
    return column === undefined ? null : { column, value: cells[column - 1], address: a1(row, column) };
  };
  const invalid = (at: Cell, message: string, hint: string) => {
    const params = { value: cellText(at.value), template: cellText(cells[(header.columns.code as number) - 1]) };
    return { issue: createIssue('template/invalid', { sheet, row, column: at.column }, { message, hint }, { params }) };
  };
  // Both columns are required by the header match.
  const codeCell = cell('code') as Cell;
  const textCell = cell('text') as Cell;
  const code = cellText(codeCell.value);
  if (code === '') return invalid(codeCell, templateNoCode(codeCell.address), TEMPLATE_HINT_CODE);
  const builtin = builtinTemplate(code);
  if (builtin === undefined) return invalid(codeCell, templateUnknownCode(codeCell.address, code), TEMPLATE_HINT_CODE);
  const first = firstRowOf.get(code);
  if (first !== undefined) return invalid(codeCell, templateDuplicateCode(codeCell.address, code, first), TEMPLATE_HINT_CODE);

  const stageCell = cell('stage');
  let stage = builtin.stage;
  if (stageCell !== null && cellText(stageCell.value) !== '') {
    const parsed = stageOf(stageCell.value);
    if (parsed === null) return invalid(stageCell, templateBadStage(stageCell.address, cellText(stageCell.value)), TEMPLATE_HINT_STAGE);
    stage = parsed;
  }
  const text = multiline(textCell.value);
  if (text === '') return invalid(textCell, templateNoText(textCell.address), TEMPLATE_HINT_PLACEHOLDERS);
  const deficitCell = cell('deficit');
  for (const checked of [textCell, deficitCell]) {
    const unknown = checked === null ? [] : unknownPlaceholders(multiline(checked.value));
    if (checked !== null && unknown.length > 0) {
      return invalid(checked, templateUnknownPlaceholder(checked.address, unknown), TEMPLATE_HINT_PLACEHOLDERS);
    }
  }
  const deficit = deficitCell === null ? '' : multiline(deficitCell.value);
  const termCell = cell('term');
  const term = termCell === null ? '' : cellText(termCell.value);
  return {
    template: {
      ...builtin,
      stage,
      text,
      deficit: deficit === '' ? builtin.deficit : deficit,
      term: term === '' ? builtin.term : term,
    },
  };
}

/** 4, «4» or «4 — нормативно-правовое обеспечение»; not 4.5, not an error cell. */
function stageOf(value: unknown): number | null {
  if (isErrorValue(value) || (typeof value === 'number' && !Number.isInteger(value))) return null;
  return stageNumber(value);
}

function templatesHeader(grid: Grid): HeaderMatch<TemplateColumn> | null {
  const header = findHeader(grid, TEMPLATE_COLUMNS);
  return header !== null && header.missing.length === 0 ? header : null;
}

/** Template texts may hold paragraphs: keep line breaks, trim the ends; error cells count as empty. */
function multiline(value: unknown): string {
  if (isErrorValue(value)) return '';
  return typeof value === 'string' ? value.replace(/\r\n?/g, '\n').trim() : cellText(value);
}

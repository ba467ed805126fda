/**
 * Reads «Шаблоны рекомендаций» (recognised by its header, wherever it is and whatever its name).
 * A row that cannot be used is reported as `template/invalid` and the built-in template of that
 * code stays in force, so a typo never silences a recommendation.
 */
import { a1 } from '../a1';
import { isEmptyCell, isErrorValue } from '../cell-value';
import type { Grid } from '../grid';
import { findHeader, type HeaderMatch } from '../header/find-header';
import type { Issue } from '../issue';
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
    const cell = (field: TemplateColumn) => {
      const column = header.columns[field];
      return column === undefined ? null : { column, value: cells[column - 1], address: a1(row, column) };
    };
    const report = (column: number, message: string, hint: string) =>
      issues.push({ code: 'template/invalid', severity: 'warning', sheet: grid.name, cell: a1(row, column), row, column, message, hint });
    const codeCell = cell('code');
    if (codeCell === null) continue;
    const code = cellText(codeCell.value);
    if (code === '') {
      report(codeCell.column, templateNoCode(codeCell.address), TEMPLATE_HINT_CODE);
      continue;
    }
    const builtin = builtinTemplate(code);
    if (builtin === undefined) {
      report(codeCell.column, templateUnknownCode(codeCell.address, code), TEMPLATE_HINT_CODE);
      continue;
    }
    const first = firstRowOf.get(code);
    if (first !== undefined) {
      report(codeCell.column, templateDuplicateCode(codeCell.address, code, first), TEMPLATE_HINT_CODE);
      continue;
    }
    firstRowOf.set(code, row);
    const stageCell = cell('stage');
    let stage = builtin.stage;
    if (stageCell !== null && !isEmptyCell(stageCell.value) && cellText(stageCell.value) !== '') {
      const parsed = isErrorValue(stageCell.value) ? null : stageNumber(stageCell.value);
      if (parsed === null || (typeof stageCell.value === 'number' && !Number.isInteger(stageCell.value))) {
        report(stageCell.column, templateBadStage(stageCell.address, cellText(stageCell.value)), TEMPLATE_HINT_STAGE);
        continue;
      }
      stage = parsed;
    }
    const textCell = cell('text');
    const text = textCell === null ? '' : multiline(textCell.value);
    if (textCell === null || text === '') {
      report(textCell?.column ?? codeCell.column, templateNoText(textCell?.address ?? codeCell.address), TEMPLATE_HINT_PLACEHOLDERS);
      continue;
    }
    const deficitCell = cell('deficit');
    const deficit = deficitCell === null ? '' : multiline(deficitCell.value);
    const bad = [textCell, deficitCell].find((c) => c !== null && unknownPlaceholders(multiline(c.value)).length > 0);
    if (bad) {
      report(bad.column, templateUnknownPlaceholder(bad.address, unknownPlaceholders(multiline(bad.value))), TEMPLATE_HINT_PLACEHOLDERS);
      continue;
    }
    const termCell = cell('term');
    const term = termCell === null ? '' : cellText(termCell.value);
    overrides.set(code, {
      ...builtin,
      stage,
      text,
      deficit: deficit === '' ? builtin.deficit : deficit,
      term: term === '' ? builtin.term : term,
    });
  }
  return { templates: BUILTIN_TEMPLATES.map((template) => overrides.get(template.code) ?? template), issues };
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

/**
 * Reads «Параметры» (recognised by its header «Параметр | Значение», wherever it is): one row per
 * parameter, named loosely. Every parameter without a value is reported once, as a замечание at
 * the cell to fill (or at the header when its row is missing); unknown names are reported too, so
 * a typo in «Основание» does not silently leave a placeholder in every letter.
 */
import { a1 } from '../sheet/a1';
import { isDate, isEmptyCell } from '../sheet/cell-value';
import type { Grid } from '../sheet/grid';
import { findHeader, headerKey, type FieldSpec, type HeaderMatch } from '../header/find-header';
import { createIssue, type Issue } from '../issues/issue';
import { cellText } from '../text/normalise';
import { parameterAbsent, parameterMissing, parameterUnknown } from './messages';
import {
  OPTIONAL_PARAMETERS,
  PARAMETER_KEYS,
  PARAMETER_LABELS,
  placeholder,
  type ParameterKey,
  type Parameters,
} from './parameters';

type Column = 'key' | 'value';

/** The header «Параметр | Значение». */
export const PARAMETERS_COLUMNS: readonly FieldSpec<Column>[] = [
  { field: 'key', aliases: ['Параметр', 'Наименование параметра'], required: true },
  { field: 'value', aliases: ['Значение'], required: true },
];

export interface ParsedParameters {
  readonly parameters: Parameters;
  readonly issues: Issue[];
}

const KEY_BY_NAME: ReadonlyMap<string, ParameterKey> = new Map(
  PARAMETER_KEYS.flatMap((key) =>
    [PARAMETER_LABELS[key].label, ...PARAMETER_LABELS[key].aliases].map(
      (name) => [headerKey(name), key] as const,
    ),
  ),
);

function parametersHeader(grid: Grid): HeaderMatch<Column> | null {
  const header = findHeader(grid, PARAMETERS_COLUMNS);
  return header === null || header.missing.length > 0 ? null : header;
}

export function isParametersSheet(grid: Grid): boolean {
  return parametersHeader(grid) !== null;
}

/** A date typed as a value reads as the day it shows: 01.10.2025. */
function valueText(value: unknown): string {
  if (isDate(value)) {
    const two = (n: number) => String(n).padStart(2, '0');
    return `${two(value.getUTCDate())}.${two(value.getUTCMonth() + 1)}.${value.getUTCFullYear()}`;
  }
  return cellText(value);
}

export function parseParametersSheet(grid: Grid): ParsedParameters {
  const header = parametersHeader(grid);
  if (header === null) return { parameters: {}, issues: [] };
  const keyColumn = header.columns.key as number;
  const valueColumn = header.columns.value as number;
  const parameters: Partial<Record<ParameterKey, string>> = {};
  const seen = new Set<ParameterKey>();
  const issues: Issue[] = [];
  const labels = PARAMETER_KEYS.map((key) => PARAMETER_LABELS[key].label);
  for (let row = header.row + 1; row <= grid.values.length; row++) {
    const cells = grid.values[row - 1];
    const name = cellText(cells[keyColumn - 1]);
    const value = isEmptyCell(cells[valueColumn - 1]) ? '' : valueText(cells[valueColumn - 1]);
    if (name === '') continue;
    const key = KEY_BY_NAME.get(headerKey(name));
    if (key === undefined) {
      const text = parameterUnknown(a1(row, keyColumn), name, labels);
      issues.push(
        createIssue('parameter/unknown', { sheet: grid.name, row, column: keyColumn }, text, {
          params: { value: name },
        }),
      );
      continue;
    }
    // The first row of a parameter is the one in force; a repeated name adds nothing.
    if (seen.has(key)) continue;
    seen.add(key);
    if (value !== '') {
      parameters[key] = value;
      continue;
    }
    if (OPTIONAL_PARAMETERS.has(key)) continue;
    const text = parameterMissing(a1(row, valueColumn), PARAMETER_LABELS[key].label, placeholder(key));
    issues.push(
      createIssue('parameter/missing', { sheet: grid.name, row, column: valueColumn }, text, {
        params: { parameter: key },
      }),
    );
  }
  for (const key of PARAMETER_KEYS) {
    if (seen.has(key) || OPTIONAL_PARAMETERS.has(key)) continue;
    const text = parameterAbsent(PARAMETER_LABELS[key].label, placeholder(key));
    const place = { sheet: grid.name, row: header.row, column: keyColumn };
    issues.push(createIssue('parameter/missing', place, text, { params: { parameter: key } }));
  }
  return { parameters, issues };
}

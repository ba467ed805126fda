/** What every «База наставников» rule needs to look at one sheet: the header, the cells, the vocabularies. */
import { isEmptyCell } from '../sheet/cell-value';
import type { Grid } from '../sheet/grid';
import type { HeaderMatch } from '../header/find-header';
import { withMergesFilled } from '../sheet/merges';
import type { BaseField } from './fields';
import { isFormulaError } from './formula-error';
import { createFormMatcher, type FormMatcher } from './forms';
import { createOrganisationMatcher, type OrganisationMatcher } from './organisations';
import { createPeopleReader, type PeopleReader } from './people-reader';

export interface BaseOptions {
  /** Names of the schools (ОО) of the municipality; when given, «Место работы» is checked against them. */
  readonly knownOrganisations?: readonly string[];
}

export type RowKind = 'data' | 'template' | 'blank' | 'total';

export interface BaseContext {
  readonly sheet: string;
  readonly header: HeaderMatch<BaseField>;
  /** Values with merges filled. */
  readonly values: readonly (readonly unknown[])[];
  /** Cells of a merge other than its top-left one («row:column» keys): their issues belong to the top-left cell. */
  readonly mergeTails: ReadonlySet<string>;
  /** The last column of the table (header cells). */
  readonly lastColumn: number;
  /** The first row of data: after the header and after a row of column numbers «1 2 3 …» if the form has one. */
  readonly firstDataRow: number;
  readonly forms: FormMatcher;
  readonly organisations: OrganisationMatcher | null;
  readonly people: PeopleReader;
}

export function createBaseContext(
  grid: Grid,
  header: HeaderMatch<BaseField>,
  options: BaseOptions = {},
): BaseContext {
  const filled = withMergesFilled(grid);
  const mergeTails = new Set<string>();
  for (const merge of grid.merges ?? []) {
    for (let r = merge.row; r < merge.row + merge.rows; r++) {
      for (let c = merge.column; c < merge.column + merge.columns; c++) {
        if (r !== merge.row || c !== merge.column) mergeTails.add(`${r}:${c}`);
      }
    }
  }
  const columns = Object.values(header.columns) as number[];
  const lastColumn = Math.max(
    0,
    ...columns,
    ...header.extra.map((extra) => extra.column),
    ...header.duplicates.map((d) => d.column),
  );
  const numberingRow = isColumnNumberingRow(filled.values[header.row] ?? [], lastColumn);
  return {
    sheet: grid.name,
    header,
    values: filled.values,
    mergeTails,
    lastColumn,
    firstDataRow: header.row + (numberingRow ? 2 : 1),
    forms: createFormMatcher(),
    organisations: options.knownOrganisations ? createOrganisationMatcher(options.knownOrganisations) : null,
    people: createPeopleReader(),
  };
}

/** Official forms often number their columns under the header: «1 | 2 | 3 | … | 8». */
function isColumnNumberingRow(cells: readonly unknown[], lastColumn: number): boolean {
  const filled: number[] = [];
  for (let c = 1; c <= lastColumn; c++) {
    const value = cells[c - 1];
    if (isEmptyCell(value)) continue;
    const number =
      typeof value === 'number'
        ? value
        : typeof value === 'string' && /^\s*\d+\s*$/.test(value)
          ? Number(value)
          : NaN;
    if (!Number.isInteger(number)) return false;
    filled.push(number);
  }
  return filled.length >= 3 && filled.every((number, i) => i === 0 || number === filled[i - 1] + 1);
}

export function cellAt(context: BaseContext, row: number, column: number): unknown {
  return context.values[row - 1]?.[column - 1] ?? '';
}

export function isMergeTail(context: BaseContext, row: number, column: number): boolean {
  return context.mergeTails.size > 0 && context.mergeTails.has(`${row}:${column}`);
}

/** Empty, or only spaces: nothing a curator typed. */
export function isBlank(value: unknown): boolean {
  return isEmptyCell(value) || (typeof value === 'string' && value.trim() === '');
}

/** «Итого:», «Всего», «Итого наставников: 34» — a row that sums the table up, not a mentor. */
const TOTAL = /^(итого|всего)(?![а-яё])/i;

/**
 * A data row, an unused template row (only «№ п/п» filled, or formulas of the template that
 * show an error), a blank row, or a total row (its first text says «Итого» or «Всего»).
 */
export function rowKind(context: BaseContext, row: number): RowKind {
  const cells = context.values[row - 1] ?? [];
  const numberColumn = context.header.columns.number;
  let template = false;
  let seenText = false;
  for (let c = 1; c <= context.lastColumn; c++) {
    const value = cells[c - 1];
    if (isBlank(value)) continue;
    if (!seenText && typeof value === 'string') {
      seenText = true;
      if (TOTAL.test(value.trim())) return 'total';
    }
    if (c !== numberColumn && !isFormulaError(value)) return 'data';
    template = true;
  }
  return template ? 'template' : 'blank';
}

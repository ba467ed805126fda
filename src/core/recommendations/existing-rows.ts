/**
 * Reads the rows of an existing «Рекомендации» sheet back, by header text (the coordinator may
 * move, add or hide columns), for regeneration to merge with fresh drafts.
 */
import { isDate, isEmptyCell } from '../sheet/cell-value';
import type { Grid } from '../sheet/grid';
import { findHeader, type FieldSpec } from '../header/find-header';
import type { ModelValue } from '../sheet/sheet-model';
import { cellText } from '../text/normalise';
import {
  GENERATED_HEADERS,
  KEY_HEADER,
  ROW_FIELDS,
  VISIBLE_HEADERS,
  type RowField,
} from './recommendation-row';

export interface ExistingRow {
  /** The hidden key; null when empty (a row added by hand). */
  readonly key: string | null;
  readonly shown: Readonly<Record<RowField, ModelValue>>;
  /** What the add-on last wrote, for the columns still present. */
  readonly generated: Readonly<Partial<Record<RowField, string>>>;
  /** Columns the coordinator added, by header text (every such column, so its header survives). */
  readonly extra: Readonly<Record<string, ModelValue>>;
}

type Column = RowField | `generated:${RowField}` | 'key';

const COLUMNS: readonly FieldSpec<Column>[] = [
  { field: 'key', aliases: [KEY_HEADER], required: false },
  ...ROW_FIELDS.map((field) => ({ field, aliases: [VISIBLE_HEADERS[field]], required: false })),
  ...ROW_FIELDS.map((field) => ({
    field: `generated:${field}` as const,
    aliases: [GENERATED_HEADERS[field]],
    required: false,
  })),
];

/** Two known headers in one row make it the header: the title and «Сформировано» rows never match. */
const MIN_HEADERS = 2;

export function readExistingRows(grid: Grid): ExistingRow[] {
  const header = findHeader(grid, COLUMNS, { minFields: MIN_HEADERS });
  if (header === null) return [];
  const headerCells = grid.values[header.row - 1];
  // A second «ОО (примечание)» column matches «ОО» as a duplicate: it is the coordinator's own column too.
  const extraColumns = [
    ...header.extra,
    ...header.duplicates.map(({ column }) => ({ column, text: cellText(headerCells[column - 1]) })),
  ].sort((a, b) => a.column - b.column);
  const rows: ExistingRow[] = [];
  for (let r = header.row; r < grid.values.length; r++) {
    const cells = grid.values[r];
    if (cells.every((value) => isEmptyCell(value) || cellText(value) === '')) continue;
    const at = (column: number | undefined): unknown => (column === undefined ? '' : cells[column - 1]);
    const shown = {} as Record<RowField, ModelValue>;
    const generated: Partial<Record<RowField, string>> = {};
    for (const field of ROW_FIELDS) {
      shown[field] = modelValue(at(header.columns[field]));
      const column = header.columns[`generated:${field}`];
      if (column !== undefined) generated[field] = cellText(at(column));
    }
    // No prototype: a coordinator's column may be headed «__proto__» as well as anything else.
    const extra = Object.create(null) as Record<string, ModelValue>;
    for (const { column, text } of extraColumns) extra[text] = modelValue(at(column));
    const key = cellText(at(header.columns.key));
    rows.push({ key: key === '' ? null : key, shown, generated, extra });
  }
  return rows;
}

/** A cell as the model can write it back: a date stays a date (a «Срок» typed as 19.12.2025). */
function modelValue(value: unknown): ModelValue {
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || isDate(value))
    return value;
  return '';
}

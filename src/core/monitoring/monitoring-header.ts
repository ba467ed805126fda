/**
 * Recognition of a school's monitoring tab by its header row «Показатель | Значение» (columns in any order,
 * title rows above it, optional Код / № / Раздел / Ед. изм. / Комментарий / Примечание).
 */
import type { Grid } from '../sheet/grid';
import { findHeader, headerKey, type FieldSpec, type HeaderMatch } from '../header/find-header';
import { cellText } from '../text/normalise';
import { SKIP_REASONS } from './messages';

export type MonitoringField = 'code' | 'section' | 'title' | 'unit' | 'value' | 'comment' | 'required';

export const MONITORING_FIELDS: readonly FieldSpec<MonitoringField>[] = [
  // Optional: a municipality's own form may number nothing; its rows are read by their titles.
  { field: 'code', aliases: ['Код', 'Код показателя', 'Шифр', '№', '№ п/п'], required: false },
  { field: 'section', aliases: ['Раздел', 'Направление'], required: false },
  { field: 'title', aliases: ['Показатель', 'Показатели', 'Наименование показателя'], required: true },
  { field: 'unit', aliases: ['Ед. изм.', 'Единица измерения', 'Единицы измерения'], required: false },
  {
    field: 'value',
    aliases: ['Значение', 'Значение показателя', 'Фактическое значение', 'Всего', 'Значение (факт)'],
    required: true,
  },
  {
    field: 'comment',
    aliases: ['Комментарий / ссылка', 'Комментарий', 'Ссылка', 'Ссылка на документ', 'Примечание'],
    required: false,
  },
  /** What the add-on's template shows; the catalogue, not this column, decides what is required. */
  { field: 'required', aliases: ['Обязательный', 'Обязательный показатель', 'Обязательно'], required: false },
];

/** Russian header names of the required columns, for skip reasons. */
const REQUIRED_LABELS: Readonly<Record<MonitoringField, string>> = {
  code: 'Код',
  section: 'Раздел',
  title: 'Показатель',
  unit: 'Ед. изм.',
  value: 'Значение',
  comment: 'Комментарий / ссылка',
  required: 'Обязательный',
};

/** Headers of a row-number column: the code column only when no «Код» column is there. */
const ROW_NUMBER_HEADERS = new Set(['№', '№ п/п'].map(headerKey));

/** The header row of a school tab with every required column, or null. */
export function findMonitoringHeader(grid: Grid): HeaderMatch<MonitoringField> | null {
  const match = findHeader(grid, MONITORING_FIELDS);
  return match !== null && match.missing.length === 0 ? preferCodeColumn(grid, match) : null;
}

/**
 * «№ п/п | Код | Показатель | Значение» is a common form: the «№ п/п» column numbers the rows and
 * «Код» holds the codes. Codes come from «Код»; the row numbers are let be, without a warning.
 */
function preferCodeColumn(grid: Grid, match: HeaderMatch<MonitoringField>): HeaderMatch<MonitoringField> {
  if (match.columns.code === undefined) return match;
  const cells = grid.values[match.row - 1] ?? [];
  const isRowNumber = (column: number) => ROW_NUMBER_HEADERS.has(headerKey(cells[column - 1]));
  const codeColumns = [
    match.columns.code,
    ...match.duplicates.filter((d) => d.field === 'code').map((d) => d.column),
  ];
  const named = codeColumns.find((column) => !isRowNumber(column));
  if (named === undefined || codeColumns.length === 1) return match;
  return {
    ...match,
    columns: { ...match.columns, code: named },
    duplicates: match.duplicates.filter(
      (d) => d.field !== 'code' || (d.column !== named && !isRowNumber(d.column)),
    ),
  };
}

/** Whether a column is headed «№» or «№ п/п»: it numbers rows or sections rather than naming indicators. */
export function isRowNumberColumn(grid: Grid, match: HeaderMatch<MonitoringField>, column: number): boolean {
  return ROW_NUMBER_HEADERS.has(headerKey(grid.values[match.row - 1]?.[column - 1]));
}

export function isSchoolTab(grid: Grid): boolean {
  return findMonitoringHeader(grid) !== null;
}

/** Why the tab is not a school tab, in Russian; null when it is one (as far as the header goes). */
export function schoolTabSkipReason(grid: Grid): string | null {
  if (grid.values.every((row) => row.every((value) => cellText(value) === ''))) return SKIP_REASONS.empty;
  // Two of «Код», «Показатель», «Значение» found: name the missing one, that is what the curator must fix.
  const partial = findHeader(grid, MONITORING_FIELDS, { minFields: 2 });
  if (partial === null) return SKIP_REASONS.noHeader;
  const telling = MONITORING_FIELDS.filter(
    (spec) => (spec.required || spec.field === 'code') && partial.columns[spec.field] !== undefined,
  );
  if (telling.length < 2) return SKIP_REASONS.noHeader;
  if (partial.missing.length > 0)
    return SKIP_REASONS.missingColumns(partial.missing.map((field) => REQUIRED_LABELS[field]));
  return null;
}

/**
 * «Рекомендации» as a sheet model: one row per (school, deficit) with a status dropdown; the key
 * and what the add-on wrote sit in hidden columns at the end, so regeneration can tell the
 * coordinator's edits from its own text. Columns the coordinator added come after «Статус».
 */
import { isDate } from '../sheet/cell-value';
import { DATE_FORMAT } from '../format/number-formats';
import type { CellStyle, ModelCell, ModelValue, SheetModel } from '../sheet/sheet-model';
import { HEADER_STYLE, LABEL_STYLE, LIGHT_GREEN, TITLE_STYLE } from '../sheet/palette';
import {
  LABEL_GENERATED,
  NO_RECOMMENDATIONS,
  RECOMMENDATIONS_NOTE,
  RECOMMENDATIONS_SHEET_NAME,
  RECOMMENDATIONS_TITLE,
  STATUS_RESOLVED,
  STATUSES,
} from './messages';
import {
  GENERATED_HEADERS,
  KEY_HEADER,
  ROW_FIELDS,
  VISIBLE_HEADERS,
  type RecommendationRow,
} from './recommendation-row';

export interface RecommendationsMeta {
  /** Date and time of generation, already formatted by the adapter. */
  readonly generatedAt: string;
}

/** Title, «Сформировано», then the header: row 3 stays frozen while scrolling. */
export const HEADER_ROW = 3;

const WIDTHS: readonly number[] = [220, 260, 150, 460, 210, 160, 130];
const EXTRA_WIDTH = 160;
const HIDDEN_WIDTH = 120;
const WRAP: CellStyle = { wrap: true };
/** Columns whose texts are longer than the column: the stage's label too («4 — нормативно-правовое обеспечение»). */
const WRAPPED: ReadonlySet<string> = new Set(['deficit', 'text', 'stage', 'figure']);

export function buildRecommendationsSheet(
  rows: readonly RecommendationRow[],
  meta: RecommendationsMeta,
): SheetModel {
  const extras = extraHeaders(rows);
  const visible = ROW_FIELDS.length + extras.length;
  const headers = [
    ...ROW_FIELDS.map((field) => VISIBLE_HEADERS[field]),
    ...extras,
    KEY_HEADER,
    ...ROW_FIELDS.map((field) => GENERATED_HEADERS[field]),
  ];
  const generatedLine: ModelCell[] = [
    { value: LABEL_GENERATED, style: LABEL_STYLE },
    { value: meta.generatedAt },
  ];
  if (rows.length === 0) generatedLine.push({ value: NO_RECOMMENDATIONS });
  const cells: ModelCell[][] = [
    [{ value: RECOMMENDATIONS_TITLE, style: TITLE_STYLE }],
    generatedLine,
    headers.map((header) => ({ value: header, style: HEADER_STYLE })),
    ...rows.map((row) => rowCells(row, extras)),
  ];
  const statusColumn = ROW_FIELDS.indexOf('status') + 1;
  const body = { row: HEADER_ROW + 1, rows: rows.length, columns: 1 };
  return {
    name: RECOMMENDATIONS_SHEET_NAME,
    cells,
    merges: [{ row: 1, column: 1, rows: 1, columns: ROW_FIELDS.length }],
    columnWidths: [
      ...WIDTHS,
      ...extras.map(() => EXTRA_WIDTH),
      ...Array.from({ length: headers.length - visible }, () => HIDDEN_WIDTH),
    ],
    frozenRows: HEADER_ROW,
    conditionalFormats:
      rows.length === 0
        ? []
        : [
            {
              area: { ...body, column: statusColumn },
              when: { kind: 'text-equals', value: STATUS_RESOLVED },
              background: LIGHT_GREEN,
            },
          ],
    charts: [],
    dataValidations:
      rows.length === 0 ? [] : [{ area: { ...body, column: statusColumn }, values: STATUSES, strict: false }],
    hiddenColumns: Array.from({ length: headers.length - visible }, (_, index) => visible + index + 1),
    note: RECOMMENDATIONS_NOTE,
  };
}

/** A cell the coordinator may have typed a date into («Срок» 19.12.2025) stays a date, shown as one. */
function kept(value: ModelValue): ModelCell {
  return isDate(value) ? { value, style: { numberFormat: DATE_FORMAT } } : { value };
}

function rowCells(row: RecommendationRow, extras: readonly string[]): ModelCell[] {
  const text = (value: ModelValue): ModelCell => ({ value, style: WRAP });
  return [
    ...ROW_FIELDS.map((field) => (WRAPPED.has(field) ? text(row.shown[field]) : kept(row.shown[field]))),
    ...extras.map((header) => kept(row.extra[header] ?? '')),
    { value: row.key ?? '' },
    ...ROW_FIELDS.map((field) => ({ value: row.generated ? row.generated[field] : '' })),
  ];
}

/** Headers of the coordinator's own columns, in the order they first appear. */
function extraHeaders(rows: readonly RecommendationRow[]): string[] {
  const headers: string[] = [];
  for (const row of rows)
    for (const header of Object.keys(row.extra)) if (!headers.includes(header)) headers.push(header);
  return headers;
}

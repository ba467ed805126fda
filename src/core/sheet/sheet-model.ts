/**
 * A renderer-agnostic description of a generated sheet. The Apps Script adapter and the .xlsx
 * adapter both draw exactly this, so «Сводная» looks the same in Google Sheets and in Excel.
 * Every string in `cells` is literal text: adapters must never let it become a formula.
 */
import type { Area } from './grid';

/** A `Date` is a calendar date (and time) in its UTC fields, as in a grid (see grid.ts). */
export type ModelValue = string | number | boolean | Date | null;

export interface CellStyle {
  readonly bold?: boolean;
  readonly italic?: boolean;
  /** `#rrggbb`. */
  readonly fontColor?: string;
  /** `#rrggbb`. */
  readonly background?: string;
  /** Spreadsheet number format, e.g. `'0.0%'`, `'0'`, `'dd.mm.yyyy hh:mm'`. */
  readonly numberFormat?: string;
  readonly wrap?: boolean;
  readonly align?: 'left' | 'center' | 'right';
  readonly fontSize?: number;
}

export interface ModelCell {
  readonly value: ModelValue;
  readonly style?: CellStyle;
}

/** "Colour these cells when …": drawn as native conditional formatting by both adapters. */
export interface ConditionalFormatIntent {
  readonly area: Area;
  readonly when:
    | { readonly kind: 'less-than'; readonly value: number }
    | { readonly kind: 'greater-or-equal'; readonly value: number }
    | { readonly kind: 'text-equals'; readonly value: string };
  readonly background: string;
  readonly fontColor?: string;
}

/** A chart of one or more series against category labels (Google Sheets only; .xlsx omits charts). */
export interface ChartIntent {
  readonly kind: 'bar' | 'column';
  readonly title: string;
  /** Labels in the first column, series in the following columns, header row included. */
  readonly area: Area;
  /** Top-left cell where the chart is placed, 1-based. */
  readonly anchor: { readonly row: number; readonly column: number };
}

/** A dropdown on template sheets; `strict: false` still accepts other text (with a warning). */
export interface DataValidationIntent {
  readonly area: Area;
  readonly values: readonly string[];
  readonly strict: boolean;
}

export const GENERATED_KINDS = ['summary', 'recommendations'] as const;

/** Which generated sheet a marker says a sheet is. */
export type GeneratedKind = (typeof GENERATED_KINDS)[number];

export function asGeneratedKind(value: string | null): GeneratedKind | null {
  return GENERATED_KINDS.find((kind) => kind === value) ?? null;
}

export interface SheetModel {
  /** Desired tab name, e.g. «Сводная»; the use case may pick another name if a user's sheet holds it. */
  readonly name: string;
  /** Rows of cells; rows may have different lengths, adapters pad with empty cells. */
  readonly cells: readonly (readonly ModelCell[])[];
  readonly merges: readonly Area[];
  /** Pixel widths from column A on; missing entries keep the default width. */
  readonly columnWidths: readonly number[];
  readonly frozenRows: number;
  readonly conditionalFormats: readonly ConditionalFormatIntent[];
  readonly charts: readonly ChartIntent[];
  readonly dataValidations: readonly DataValidationIntent[];
  /** 1-based columns to hide (technical keys that regeneration needs but people need not see). */
  readonly hiddenColumns?: readonly number[];
  /** Rows drawn taller than the default (pixels), for wrapped text in merged cells, which Sheets does not grow. */
  readonly rowHeights?: readonly { readonly row: number; readonly height: number }[];
  /** Short Russian note shown on the sheet's first cell, e.g. «Лист сформирован надстройкой …». */
  readonly note?: string;
  /** Ranges protected with a warning only: editing them asks «are you sure?», nobody is locked out. */
  readonly protections?: readonly { readonly area: Area; readonly description: string }[];
}

/**
 * The «Показатели» sheet (SPEC 2.4): the catalogue as a table the coordinator may edit, one row
 * per indicator including the derived shares. Targets of shares are fractions shown as percents.
 */
import { catalogueHeader, catalogueRow } from '../catalogue/catalogue-sheet';
import type { Catalogue, IndicatorDef } from '../catalogue/catalogue';
import type { ModelCell, ModelValue, SheetModel } from '../sheet-model';
import { CATALOGUE_NOTE, CATALOGUE_SHEET_NAME, YES_NO_CHOICES } from './messages';
import { HEADER_STYLE, TEMPLATE_ROWS, TEXT_STYLE } from './template-style';

const WIDTHS = [60, 200, 240, 400, 80, 170, 170, 120, 110, 180];
const TYPES: readonly string[] = ['count', 'flag', 'percent', 'share'];
const TARGET_COLUMN = catalogueHeader.indexOf('Целевое значение') + 1;
const TYPE_COLUMN = catalogueHeader.indexOf('Тип') + 1;
const REQUIRED_COLUMN = catalogueHeader.indexOf('Обязательный') + 1;
const WRAPPED = new Set([catalogueHeader.indexOf('Раздел') + 1, catalogueHeader.indexOf('Показатель') + 1]);

function row(def: IndicatorDef): ModelCell[] {
  return catalogueRow(def).map((value: ModelValue, i) => {
    const column = i + 1;
    if (column === TARGET_COLUMN)
      return { value, style: { numberFormat: def.type === 'count' ? '0' : '0%' } };
    return WRAPPED.has(column) ? { value, style: TEXT_STYLE } : { value };
  });
}

export function catalogueTemplate(catalogue: Catalogue): SheetModel {
  const column = (n: number) => ({ row: 2, column: n, rows: TEMPLATE_ROWS - 1, columns: 1 });
  return {
    name: CATALOGUE_SHEET_NAME,
    cells: [
      catalogueHeader.map((text) => ({ value: text, style: HEADER_STYLE })),
      ...catalogue.indicators.map(row),
    ],
    merges: [],
    columnWidths: WIDTHS,
    frozenRows: 1,
    conditionalFormats: [],
    charts: [],
    dataValidations: [
      { area: column(TYPE_COLUMN), values: TYPES, strict: true },
      { area: column(REQUIRED_COLUMN), values: YES_NO_CHOICES, strict: false },
    ],
    note: CATALOGUE_NOTE,
  };
}

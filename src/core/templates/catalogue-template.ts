/**
 * The «Показатели» sheet (docs/domain.md#indicators): a visible instruction, then the catalogue as a table
 * the coordinator may edit, one row per indicator including the derived shares. Types are shown in Russian;
 * targets of shares are fractions shown as percents. The codes and ids of the built-in indicators are
 * protected with a warning only: a coordinator is told, not stopped.
 */
import { catalogueHeader, catalogueRow } from '../catalogue/catalogue-sheet';
import type { Catalogue, IndicatorDef } from '../catalogue/catalogue';
import type { ModelCell, ModelValue, SheetModel } from '../sheet/sheet-model';
import { TYPE_LABELS } from '../catalogue/messages';
import { CATALOGUE_INTRO, CATALOGUE_PROTECTION, CATALOGUE_SHEET_NAME, YES_NO_CHOICES } from './messages';
import { HEADER_STYLE, TEMPLATE_ROWS, TEXT_STYLE, TITLE_STYLE } from './template-style';

const WIDTHS = [60, 200, 240, 400, 80, 170, 170, 120, 110, 180];
const TYPES: readonly string[] = Object.values(TYPE_LABELS);
/** The instruction lines, an empty row, then the header. */
export const CATALOGUE_HEADER_ROW = CATALOGUE_INTRO.length + 2;
const TARGET_COLUMN = catalogueHeader.indexOf('Целевое значение') + 1;
const TYPE_COLUMN = catalogueHeader.indexOf('Тип') + 1;
const REQUIRED_COLUMN = catalogueHeader.indexOf('Обязательный') + 1;
const WRAPPED = new Set([catalogueHeader.indexOf('Раздел') + 1, catalogueHeader.indexOf('Показатель') + 1]);

function row(def: IndicatorDef): ModelCell[] {
  return catalogueRow(def).map((value: ModelValue, i) => {
    const column = i + 1;
    if (column === TARGET_COLUMN)
      return { value, style: { numberFormat: def.type === 'count' ? '0' : '0"\u00a0"%' } };
    return WRAPPED.has(column) ? { value, style: TEXT_STYLE } : { value };
  });
}

export function catalogueTemplate(catalogue: Catalogue): SheetModel {
  const header = CATALOGUE_HEADER_ROW;
  const width = catalogueHeader.length;
  const column = (n: number) => ({ row: header + 1, column: n, rows: TEMPLATE_ROWS - header, columns: 1 });
  const intro = CATALOGUE_INTRO.map((line, i): ModelCell[] => [
    i === 0 ? { value: line, style: TITLE_STYLE } : { value: line },
  ]);
  return {
    name: CATALOGUE_SHEET_NAME,
    cells: [
      ...intro,
      [],
      catalogueHeader.map((text) => ({ value: text, style: HEADER_STYLE })),
      ...catalogue.indicators.map(row),
    ],
    merges: CATALOGUE_INTRO.map((_, i) => ({ row: i + 1, column: 1, rows: 1, columns: width })),
    columnWidths: WIDTHS,
    frozenRows: header,
    conditionalFormats: [],
    charts: [],
    dataValidations: [
      { area: column(TYPE_COLUMN), values: TYPES, strict: true },
      { area: column(REQUIRED_COLUMN), values: YES_NO_CHOICES, strict: false },
    ],
    protections: [
      {
        area: { row: header, column: 1, rows: catalogue.indicators.length + 1, columns: 2 },
        description: CATALOGUE_PROTECTION,
      },
    ],
  };
}

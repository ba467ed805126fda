/**
 * One school's monitoring tab exactly as docs/domain.md#school-tab lays it out: title in A1, the school in
 * B2, the period in B3, the header on row 5 and one row per input indicator of the catalogue in force.
 */
import type { Area } from '../sheet/grid';
import { isInput, type Catalogue, type IndicatorDef } from '../catalogue/catalogue';
import type { DataValidationIntent, ModelCell, SheetModel } from '../sheet/sheet-model';
import { FLAG_CHOICES, SCHOOL_TAB } from './messages';
import { HEADER_STYLE, INPUT_STYLE, LABEL_STYLE, TEXT_STYLE, TITLE_STYLE } from './template-style';
import { unitOf } from './units';

export const SCHOOL_HEADER_ROW = 5;
/** B2: the school's name, the one cell in which two schools' fresh tabs differ. */
export const SCHOOL_NAME_CELL = { row: 2, column: 2 } as const;
const VALUE_COLUMN = SCHOOL_TAB.header.indexOf('Значение') + 1;
const WIDTHS = [200, 220, 420, 80, 110, 280, 110];
/** The instruction row: tall enough for its wrapped text across the merged columns. */
const INSTRUCTION_ROW = 4;

function indicatorRow(def: IndicatorDef): ModelCell[] {
  return [
    { value: def.code },
    { value: def.section, style: TEXT_STYLE },
    { value: def.title, style: TEXT_STYLE },
    { value: unitOf(def) },
    { value: null, style: INPUT_STYLE },
    { value: null, style: TEXT_STYLE },
    { value: def.required ? SCHOOL_TAB.requiredMark : null, style: { align: 'center' } },
  ];
}

/** Consecutive flag rows share one dropdown. */
function flagAreas(inputs: readonly IndicatorDef[]): Area[] {
  const areas: Area[] = [];
  inputs.forEach((def, i) => {
    if (def.type !== 'flag') return;
    const row = SCHOOL_HEADER_ROW + 1 + i;
    const last = areas[areas.length - 1];
    if (last && last.row + last.rows === row) areas[areas.length - 1] = { ...last, rows: last.rows + 1 };
    else areas.push({ row, column: VALUE_COLUMN, rows: 1, columns: 1 });
  });
  return areas;
}

/**
 * `name` is the school's name, written in B2 and proposed as the tab name; the caller may give the
 * tab another name (Excel allows 31 characters and no `[]*?/\:`).
 */
export function schoolTemplate(name: string, catalogue: Catalogue, period: string): SheetModel {
  const inputs = catalogue.indicators.filter(isInput);
  const validations: DataValidationIntent[] = flagAreas(inputs).map((area) => ({
    area,
    values: FLAG_CHOICES,
    strict: false,
  }));
  return {
    name,
    cells: [
      [{ value: SCHOOL_TAB.title, style: TITLE_STYLE }],
      [
        { value: SCHOOL_TAB.organizationLabel, style: LABEL_STYLE },
        { value: name, style: INPUT_STYLE },
      ],
      [
        { value: SCHOOL_TAB.periodLabel, style: LABEL_STYLE },
        { value: period, style: INPUT_STYLE },
      ],
      [{ value: SCHOOL_TAB.instruction, style: TEXT_STYLE }],
      SCHOOL_TAB.header.map((text) => ({ value: text, style: HEADER_STYLE })),
      ...inputs.map(indicatorRow),
    ],
    merges: [{ row: INSTRUCTION_ROW, column: 1, rows: 1, columns: SCHOOL_TAB.header.length }],
    rowHeights: [{ row: INSTRUCTION_ROW, height: 54 }],
    columnWidths: WIDTHS,
    frozenRows: SCHOOL_HEADER_ROW,
    conditionalFormats: [],
    charts: [],
    dataValidations: validations,
  };
}

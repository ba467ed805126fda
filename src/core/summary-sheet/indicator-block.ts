/**
 * One row per municipal figure with a target, in catalogue order: value, its numerator and
 * denominator, target, whether it is met, how many schools are below target and which, schools
 * counted and excluded. Figures without a target follow in a «Справочно» table of their own, so
 * the main table is not two thirds «не установлено».
 */
import { NO_FIGURE } from '../format/figure';
import { COUNT_FORMAT, PERCENT_FORMAT } from '../format/number-formats';
import type { ModelCell } from '../sheet-model';
import type { IndicatorSummary } from '../summary';
import { isFractionIndicator, listedIndicators } from './key-indicators';
import {
  INDICATOR_HEADERS,
  MET,
  NO_DATA,
  NOT_MET,
  nameList,
  REFERENCE_HEADERS,
  SECTION_INDICATORS,
  SECTION_REFERENCE,
} from './messages';
import { HEADER_STYLE, LABEL_STYLE, LIGHT_GREEN, LIGHT_RED, SECTION_STYLE } from './palette';
import { addRow, nextRow, type SheetDraft } from './sheet-draft';
import { headerTitle } from './schools-table';

const MET_COLUMN = INDICATOR_HEADERS.indexOf('Целевое значение достигнуто') + 1;

export function addIndicatorBlock(draft: SheetDraft, all: readonly IndicatorSummary[]): void {
  const listed = listedIndicators(all);
  const indicators = listed.filter((indicator) => indicator.target !== null);
  const reference = listed.filter((indicator) => indicator.target === null);
  addRow(draft, [{ value: SECTION_INDICATORS, style: SECTION_STYLE }]);
  addRow(
    draft,
    INDICATOR_HEADERS.map((header) => ({ value: header, style: HEADER_STYLE })),
  );
  const first = nextRow(draft);
  for (const indicator of indicators) addRow(draft, indicatorRow(indicator));
  if (indicators.length > 0) {
    const area = { row: first, column: MET_COLUMN, rows: indicators.length, columns: 1 };
    draft.conditionalFormats.push(
      { area, when: { kind: 'text-equals', value: NOT_MET }, background: LIGHT_RED },
      { area, when: { kind: 'text-equals', value: MET }, background: LIGHT_GREEN },
    );
  }
  if (reference.length === 0) return;
  addRow(draft);
  addRow(draft, [{ value: SECTION_REFERENCE, style: LABEL_STYLE }]);
  addRow(
    draft,
    REFERENCE_HEADERS.map((header) => ({ value: header, style: HEADER_STYLE })),
  );
  for (const indicator of reference) addRow(draft, referenceRow(indicator));
}

/** Whether the target is met, for a figure that has one. */
function metText(indicator: IndicatorSummary): string {
  if (indicator.met !== null) return indicator.met ? MET : NOT_MET;
  return NO_DATA;
}

const count = (value: number | null): ModelCell => ({ value, style: { numberFormat: COUNT_FORMAT } });

function valueCell(indicator: IndicatorSummary): ModelCell {
  const format = isFractionIndicator(indicator) ? PERCENT_FORMAT : COUNT_FORMAT;
  return indicator.value === null
    ? { value: NO_FIGURE, style: { align: 'center' } }
    : { value: indicator.value, style: { numberFormat: format } };
}

function indicatorRow(indicator: IndicatorSummary): ModelCell[] {
  const format = isFractionIndicator(indicator) ? PERCENT_FORMAT : COUNT_FORMAT;
  return [
    { value: headerTitle(indicator), style: { wrap: true } },
    valueCell(indicator),
    count(indicator.numerator),
    count(indicator.denominator),
    { value: indicator.target, style: { numberFormat: format } },
    { value: metText(indicator) },
    count(indicator.belowTarget.length),
    { value: nameList(indicator.belowTarget), style: { wrap: true } },
    count(indicator.schoolsCounted),
    { value: nameList(indicator.excluded), style: { wrap: true } },
  ];
}

function referenceRow(indicator: IndicatorSummary): ModelCell[] {
  return [
    { value: headerTitle(indicator), style: { wrap: true } },
    valueCell(indicator),
    count(indicator.numerator),
    count(indicator.denominator),
    count(indicator.schoolsCounted),
    { value: nameList(indicator.excluded), style: { wrap: true } },
  ];
}

/**
 * One row per municipal figure, in catalogue order: value, its numerator and denominator, target,
 * met / not met, how many schools are below target and which, schools counted and excluded.
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
  NO_TARGET,
  NOT_MET,
  nameList,
  SECTION_INDICATORS,
} from './messages';
import { HEADER_STYLE, LIGHT_GREEN, LIGHT_RED, SECTION_STYLE } from './palette';
import { addRow, nextRow, type SheetDraft } from './sheet-draft';
import { headerTitle } from './schools-table';

const MET_COLUMN = INDICATOR_HEADERS.indexOf('Выполнено / не выполнено') + 1;

export function addIndicatorBlock(draft: SheetDraft, all: readonly IndicatorSummary[]): void {
  const indicators = listedIndicators(all);
  addRow(draft, [{ value: SECTION_INDICATORS, style: SECTION_STYLE }]);
  addRow(
    draft,
    INDICATOR_HEADERS.map((header) => ({ value: header, style: HEADER_STYLE })),
  );
  const first = nextRow(draft);
  for (const indicator of indicators) addRow(draft, indicatorRow(indicator));
  if (indicators.length === 0) return;
  const area = { row: first, column: MET_COLUMN, rows: indicators.length, columns: 1 };
  draft.conditionalFormats.push(
    { area, when: { kind: 'text-equals', value: NOT_MET }, background: LIGHT_RED },
    { area, when: { kind: 'text-equals', value: MET }, background: LIGHT_GREEN },
  );
}

export function metText(indicator: IndicatorSummary): string {
  if (indicator.met !== null) return indicator.met ? MET : NOT_MET;
  return indicator.target === null ? NO_TARGET : NO_DATA;
}

function indicatorRow(indicator: IndicatorSummary): ModelCell[] {
  const format = isFractionIndicator(indicator) ? PERCENT_FORMAT : COUNT_FORMAT;
  const count = (value: number | null): ModelCell => ({ value, style: { numberFormat: COUNT_FORMAT } });
  const hasTarget = indicator.target !== null;
  return [
    { value: headerTitle(indicator), style: { wrap: true } },
    indicator.value === null
      ? { value: NO_FIGURE, style: { align: 'center' } }
      : { value: indicator.value, style: { numberFormat: format } },
    count(indicator.numerator),
    count(indicator.denominator),
    { value: indicator.target, style: { numberFormat: format } },
    { value: metText(indicator) },
    count(hasTarget ? indicator.belowTarget.length : null),
    { value: nameList(indicator.belowTarget), style: { wrap: true } },
    count(indicator.schoolsCounted),
    { value: nameList(indicator.excluded), style: { wrap: true } },
  ];
}

/**
 * One row per municipal figure with a target, in catalogue order: value (and last period's with
 * the change, when given), its numerator and denominator, target, whether it is met, how many
 * schools are below target and which, schools counted and excluded. Figures without a target
 * follow in a «Справочно» table of their own, so the main table is not two thirds «не установлено».
 */
import { COUNT_CHANGE_FORMAT, POINTS_CHANGE_FORMAT } from '../format/change';
import { NO_FIGURE } from '../format/figure';
import { COUNT_FORMAT, PERCENT_FORMAT } from '../format/number-formats';
import type { ModelCell } from '../sheet/sheet-model';
import type { IndicatorSummary } from '../findings/analysis-result';
import { isFractionIndicator, listedIndicators } from '../findings/key-indicators';
import {
  MET,
  NO_DATA,
  NOT_MET,
  nameList,
  PREVIOUS_HEADERS,
  REFERENCE_HEADERS,
  SECTION_REFERENCE,
} from './messages';
import { MUNICIPAL_WORDS, type SummaryWords } from '../findings/scale-words';
import { HEADER_STYLE, LABEL_STYLE, LIGHT_GREEN, LIGHT_RED, SECTION_STYLE } from '../sheet/palette';
import { addRow, nextRow, type SheetDraft } from './sheet-draft';
import { headerTitle } from './schools-table';

/** With last period's figures, «Прошлый период» and «Изменение» follow «Значение». */
function withPreviousHeaders(own: readonly string[], withPrevious: boolean): readonly string[] {
  return withPrevious ? [own[0], own[1], ...PREVIOUS_HEADERS, ...own.slice(2)] : own;
}

/** The main table's headers. */
export function indicatorHeaders(
  withPrevious: boolean,
  words: SummaryWords = MUNICIPAL_WORDS,
): readonly string[] {
  return withPreviousHeaders(words.indicatorHeaders, withPrevious);
}

export function addIndicatorBlock(
  draft: SheetDraft,
  all: readonly IndicatorSummary[],
  withPrevious = false,
  words: SummaryWords = MUNICIPAL_WORDS,
): void {
  const listed = listedIndicators(all);
  const indicators = listed.filter((indicator) => indicator.target !== null);
  const reference = listed.filter((indicator) => indicator.target === null);
  const headers = indicatorHeaders(withPrevious, words);
  addRow(draft, [{ value: words.sectionIndicators, style: SECTION_STYLE }]);
  addRow(
    draft,
    headers.map((header) => ({ value: header, style: HEADER_STYLE })),
  );
  const first = nextRow(draft);
  for (const indicator of indicators) addRow(draft, indicatorRow(indicator, withPrevious));
  if (indicators.length > 0) {
    const metColumn = headers.indexOf('Целевое значение достигнуто') + 1;
    const area = { row: first, column: metColumn, rows: indicators.length, columns: 1 };
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
    withPreviousHeaders(REFERENCE_HEADERS, withPrevious).map((header) => ({
      value: header,
      style: HEADER_STYLE,
    })),
  );
  for (const indicator of reference) addRow(draft, referenceRow(indicator, withPrevious));
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

/** Last period's value and the change: points (× 100) for fractions, so the cell reads «+3,2 п. п.». */
function previousCells(indicator: IndicatorSummary, format: string): ModelCell[] {
  const fraction = isFractionIndicator(indicator);
  const previous = indicator.previous ?? null;
  const change = indicator.change ?? null;
  return [
    previous === null
      ? { value: NO_FIGURE, style: { align: 'center' } }
      : { value: previous, style: { numberFormat: format } },
    change === null
      ? { value: NO_FIGURE, style: { align: 'center' } }
      : {
          value: fraction ? Number((change * 100).toFixed(10)) : change,
          style: { numberFormat: fraction ? POINTS_CHANGE_FORMAT : COUNT_CHANGE_FORMAT },
        },
  ];
}

/** The cells both tables start with: the figure, last period's beside it, its numerator and denominator. */
function figureCells(indicator: IndicatorSummary, withPrevious: boolean): ModelCell[] {
  const format = isFractionIndicator(indicator) ? PERCENT_FORMAT : COUNT_FORMAT;
  return [
    { value: headerTitle(indicator), style: { wrap: true } },
    valueCell(indicator),
    ...(withPrevious ? previousCells(indicator, format) : []),
    count(indicator.numerator),
    count(indicator.denominator),
  ];
}

function indicatorRow(indicator: IndicatorSummary, withPrevious: boolean): ModelCell[] {
  const format = isFractionIndicator(indicator) ? PERCENT_FORMAT : COUNT_FORMAT;
  return [
    ...figureCells(indicator, withPrevious),
    { value: indicator.target, style: { numberFormat: format } },
    { value: metText(indicator) },
    count(indicator.belowTarget.length),
    { value: nameList(indicator.belowTarget), style: { wrap: true } },
    count(indicator.schoolsCounted),
    { value: nameList(indicator.excluded), style: { wrap: true } },
  ];
}

function referenceRow(indicator: IndicatorSummary, withPrevious: boolean): ModelCell[] {
  return [
    ...figureCells(indicator, withPrevious),
    count(indicator.schoolsCounted),
    { value: nameList(indicator.excluded), style: { wrap: true } },
  ];
}

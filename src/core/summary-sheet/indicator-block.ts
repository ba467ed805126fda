/**
 * One row per municipal figure, in catalogue order: value (and last period's with the change, when
 * given), its numerator and denominator, target, met / not met, how many schools are below target and which, schools counted and excluded.
 */
import { COUNT_CHANGE_FORMAT, POINTS_CHANGE_FORMAT } from '../format/change';
import { NO_FIGURE } from '../format/figure';
import { COUNT_FORMAT, PERCENT_FORMAT } from '../format/number-formats';
import type { ModelCell } from '../sheet-model';
import type { IndicatorSummary } from '../summary';
import { isFractionIndicator, listedIndicators } from './key-indicators';
import { MET, NO_DATA, NO_TARGET, NOT_MET, nameList, PREVIOUS_HEADERS } from './messages';
import { MUNICIPAL_WORDS, type SummaryWords } from './words';
import { HEADER_STYLE, LIGHT_GREEN, LIGHT_RED, SECTION_STYLE } from './palette';
import { addRow, nextRow, type SheetDraft } from './sheet-draft';
import { headerTitle } from './schools-table';

/** The block's headers: with last period's figures, «Прошлый период» and «Изменение» follow «Значение». */
export function indicatorHeaders(
  withPrevious: boolean,
  words: SummaryWords = MUNICIPAL_WORDS,
): readonly string[] {
  const own = words.indicatorHeaders;
  if (!withPrevious) return own;
  return [own[0], own[1], ...PREVIOUS_HEADERS, ...own.slice(2)];
}

export function addIndicatorBlock(
  draft: SheetDraft,
  all: readonly IndicatorSummary[],
  withPrevious = false,
  words: SummaryWords = MUNICIPAL_WORDS,
): void {
  const indicators = listedIndicators(all);
  const headers = indicatorHeaders(withPrevious, words);
  addRow(draft, [{ value: words.sectionIndicators, style: SECTION_STYLE }]);
  addRow(
    draft,
    headers.map((header) => ({ value: header, style: HEADER_STYLE })),
  );
  const first = nextRow(draft);
  for (const indicator of indicators) addRow(draft, indicatorRow(indicator, withPrevious));
  if (indicators.length === 0) return;
  const metColumn = headers.indexOf('Выполнено / не выполнено') + 1;
  const area = { row: first, column: metColumn, rows: indicators.length, columns: 1 };
  draft.conditionalFormats.push(
    { area, when: { kind: 'text-equals', value: NOT_MET }, background: LIGHT_RED },
    { area, when: { kind: 'text-equals', value: MET }, background: LIGHT_GREEN },
  );
}

export function metText(indicator: IndicatorSummary): string {
  if (indicator.met !== null) return indicator.met ? MET : NOT_MET;
  return indicator.target === null ? NO_TARGET : NO_DATA;
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

function indicatorRow(indicator: IndicatorSummary, withPrevious: boolean): ModelCell[] {
  const format = isFractionIndicator(indicator) ? PERCENT_FORMAT : COUNT_FORMAT;
  const count = (value: number | null): ModelCell => ({ value, style: { numberFormat: COUNT_FORMAT } });
  const hasTarget = indicator.target !== null;
  return [
    { value: headerTitle(indicator), style: { wrap: true } },
    indicator.value === null
      ? { value: NO_FIGURE, style: { align: 'center' } }
      : { value: indicator.value, style: { numberFormat: format } },
    ...(withPrevious ? previousCells(indicator, format) : []),
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

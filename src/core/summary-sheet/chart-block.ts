/**
 * The cells the chart reads (docs/domain.md#summary-and-recommendations: municipal shares against targets).
 * The chart itself is drawn only by Google Sheets; the data stays on the sheet, so the .xlsx copy still shows
 * the figures.
 */
import { PERCENT_FORMAT } from '../format/number-formats';
import type { KeyIndicator } from '../findings/key-indicators';
import { CHART_HEADERS } from '../findings/messages';
import { MUNICIPAL_WORDS, type SummaryWords } from '../findings/scale-words';
import { HEADER_STYLE, SECTION_STYLE } from '../sheet/palette';
import { addRow, type SheetDraft } from './sheet-draft';
import { typeset } from '../text/typography';

/** The chart sits to the right of its three data columns, with one spare column between. */
const CHART_COLUMN = CHART_HEADERS.length + 2;

export function addChartBlock(
  draft: SheetDraft,
  keys: readonly KeyIndicator[],
  words: SummaryWords = MUNICIPAL_WORDS,
): void {
  const shares = keys.filter((key) => key.kind !== 'count' && key.indicator.value !== null);
  if (shares.length === 0) return;
  addRow(draft, [{ value: words.sectionChart, style: SECTION_STYLE }]);
  const header = addRow(
    draft,
    words.chartHeaders.map((text) => ({ value: text, style: HEADER_STYLE })),
  );
  const style = { numberFormat: PERCENT_FORMAT };
  for (const { indicator } of shares) {
    addRow(draft, [
      { value: typeset(indicator.title), style: { wrap: true } },
      { value: indicator.value, style },
      { value: indicator.target, style },
    ]);
  }
  draft.charts.push({
    kind: 'bar',
    title: words.chartTitle,
    area: { row: header, column: 1, rows: shares.length + 1, columns: words.chartHeaders.length },
    anchor: { row: header, column: CHART_COLUMN },
  });
}

/** The top of «Сводная»: title, period, time of generation, schools counted, tabs skipped and why. */
import { COUNT_FORMAT } from '../format/number-formats';
import type { SummaryResult } from '../findings/analysis-result';
import {
  LABEL_GENERATED,
  LABEL_NOT_SUBMITTED,
  LABEL_PERIOD,
  LABEL_SKIPPED,
  NO_PERIOD,
  SKIPPED_REASON,
  SKIPPED_SHEET,
  SUMMARY_TITLE,
} from './messages';
import { MUNICIPAL_WORDS, type SummaryWords } from '../findings/scale-words';
import { HEADER_STYLE, LABEL_STYLE, TITLE_STYLE } from '../sheet/palette';
import { addRow, type SheetDraft } from './sheet-draft';
import { typeset } from '../text/typography';

export interface SummaryMeta {
  /** Date and time of generation, already formatted by the adapter in the spreadsheet's time zone. */
  readonly generatedAt: string;
  readonly title?: string;
  /** Whose figures: a municipality's schools (default) or, for a roll-up, a region's municipalities. */
  readonly words?: SummaryWords;
}

export function addHeaderBlock(
  draft: SheetDraft,
  result: Pick<SummaryResult, 'period' | 'organizations' | 'skipped' | 'notSubmitted'>,
  meta: SummaryMeta,
  width: number,
): void {
  const words = meta.words ?? MUNICIPAL_WORDS;
  const titleRow = addRow(draft, [{ value: meta.title ?? SUMMARY_TITLE, style: TITLE_STYLE }]);
  if (width > 1) draft.merges.push({ row: titleRow, column: 1, rows: 1, columns: width });
  addRow(draft, [{ value: LABEL_PERIOD, style: LABEL_STYLE }, { value: result.period ?? NO_PERIOD }]);
  addRow(draft, [{ value: LABEL_GENERATED, style: LABEL_STYLE }, { value: meta.generatedAt }]);
  addRow(draft, [
    { value: words.counted, style: LABEL_STYLE },
    { value: result.organizations.length, style: { numberFormat: COUNT_FORMAT, align: 'left' } },
  ]);
  if (result.notSubmitted.length > 0) {
    addRow(draft, [
      { value: LABEL_NOT_SUBMITTED, style: LABEL_STYLE },
      { value: result.notSubmitted.length, style: { numberFormat: COUNT_FORMAT, align: 'left' } },
    ]);
  }
  addRow(draft, [
    { value: LABEL_SKIPPED, style: LABEL_STYLE },
    { value: result.skipped.length, style: { numberFormat: COUNT_FORMAT, align: 'left' } },
  ]);
  if (result.skipped.length === 0) return;
  addRow(draft, [
    { value: SKIPPED_SHEET, style: HEADER_STYLE },
    { value: SKIPPED_REASON, style: HEADER_STYLE },
  ]);
  for (const skipped of result.skipped)
    addRow(draft, [{ value: skipped.sheet }, { value: typeset(skipped.reason) }]);
}

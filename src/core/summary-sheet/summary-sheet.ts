/**
 * «Сводная» as a sheet model (docs/domain.md#summary-and-recommendations): header, schools × key indicators
 * with the municipal total, every municipal figure against its target, data quality, conclusions and the
 * chart's data. No rankings anywhere (the Ижевск order № 644, п. 13: no public ratings of schools;
 * docs/domain.md#monitoring-order): schools keep the result's alphabetical order.
 *
 * Generated text is typeset (RUSSIAN.md § 4: «5 ОО», «18,4 %» stay on one line); names of schools and sheets are
 * shown as typed, so a coordinator finds them as they are.
 *
 * No frozen rows: the sections below the schools table have other columns, so a frozen table
 * header would label them wrongly while scrolling.
 */
import type { SheetModel } from '../sheet/sheet-model';
import type { SummaryResult } from '../findings/analysis-result';
import { addChartBlock } from './chart-block';
import { buildConclusions } from '../findings/conclusions';
import { addHeaderBlock, type SummaryMeta } from './header-block';
import { addIndicatorBlock, indicatorHeaders } from './indicator-block';
import { selectKeyIndicators, type KeyIndicator } from '../findings/key-indicators';
import { SECTION_CONCLUSIONS, SUMMARY_NOTE, SUMMARY_SHEET_NAME } from './messages';
import { SECTION_STYLE } from '../sheet/palette';
import { addQualityBlock } from './quality-block';
import { addSchoolsTable } from './schools-table';
import { addRow, newSheetDraft } from './sheet-draft';
import { MUNICIPAL_WORDS } from '../findings/scale-words';
import { typeset } from '../text/typography';

export type { SummaryMeta };

function asMunicipalKey(key: KeyIndicator): KeyIndicator {
  return key.kind === 'school-share' ? { ...key, kind: 'share', schoolValueId: key.indicator.id } : key;
}

const FIRST_COLUMN_WIDTH = 340;
const COLUMN_WIDTH = 120;

export function buildSummarySheet(
  result: Omit<SummaryResult, 'recommendations'>,
  meta: SummaryMeta,
): SheetModel {
  const words = meta.words ?? MUNICIPAL_WORDS;
  const region = words.rowsAreMunicipalities;
  const keys = selectKeyIndicators(result.indicators);
  const withPrevious = result.previousPeriod !== undefined;
  const width = Math.max(keys.length + 1, indicatorHeaders(withPrevious, words).length);
  const draft = newSheetDraft();
  addHeaderBlock(draft, result, meta, width);
  addRow(draft);
  // A municipality's row shows its share of schools with a document, not one school's «да»/«нет»;
  // schools without data are counted in the header and the conclusions, not as rows of municipalities.
  const unitKeys = region ? keys.map(asMunicipalKey) : keys;
  const schools = {
    organizations: result.organizations,
    keys: unitKeys,
    indicators: result.indicators,
    notSubmitted: region ? [] : result.notSubmitted,
  };
  addSchoolsTable(draft, schools, words);
  addRow(draft);
  addIndicatorBlock(draft, result.indicators, withPrevious, words);
  addRow(draft);
  addQualityBlock(draft, result, words);
  addRow(draft);
  addRow(draft, [{ value: SECTION_CONCLUSIONS, style: SECTION_STYLE }]);
  // Unwrapped, a sentence flows over the empty cells to its right and keeps one line per conclusion.
  for (const sentence of buildConclusions(result, words)) addRow(draft, [{ value: typeset(sentence) }]);
  addRow(draft);
  addChartBlock(draft, keys, words);
  return {
    name: SUMMARY_SHEET_NAME,
    cells: draft.rows,
    merges: draft.merges,
    columnWidths: [FIRST_COLUMN_WIDTH, ...Array.from({ length: width - 1 }, () => COLUMN_WIDTH)],
    frozenRows: 0,
    conditionalFormats: draft.conditionalFormats,
    charts: draft.charts,
    dataValidations: [],
    note: SUMMARY_NOTE,
  };
}

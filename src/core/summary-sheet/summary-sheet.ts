/**
 * «Сводная» as a sheet model (SPEC 5): header, schools × key indicators with the municipal total,
 * every municipal figure against its target, data quality, conclusions and the chart's data.
 * No rankings anywhere (seed 003, п. 13): schools keep the result's alphabetical order.
 *
 * No frozen rows: the sections below the schools table have other columns, so a frozen table
 * header would label them wrongly while scrolling.
 */
import type { SheetModel } from '../sheet-model';
import type { SummaryResult } from '../summary';
import { addChartBlock } from './chart-block';
import { buildConclusions } from './conclusions';
import { addHeaderBlock, type SummaryMeta } from './header-block';
import { addIndicatorBlock } from './indicator-block';
import { selectKeyIndicators } from './key-indicators';
import { INDICATOR_HEADERS, SECTION_CONCLUSIONS, SUMMARY_NOTE, SUMMARY_SHEET_NAME } from './messages';
import { SECTION_STYLE } from './palette';
import { addQualityBlock } from './quality-block';
import { addSchoolsTable } from './schools-table';
import { addRow, newSheetDraft } from './sheet-draft';

export type { SummaryMeta };

const FIRST_COLUMN_WIDTH = 340;
const COLUMN_WIDTH = 120;

export function buildSummarySheet(
  result: Omit<SummaryResult, 'recommendations'>,
  meta: SummaryMeta,
): SheetModel {
  const keys = selectKeyIndicators(result.indicators);
  const width = Math.max(keys.length + 1, INDICATOR_HEADERS.length);
  const draft = newSheetDraft();
  addHeaderBlock(draft, result, meta, width);
  addRow(draft);
  addSchoolsTable(draft, result.organizations, keys, result.notSubmitted);
  addRow(draft);
  addIndicatorBlock(draft, result.indicators);
  addRow(draft);
  addQualityBlock(draft, result);
  addRow(draft);
  addRow(draft, [{ value: SECTION_CONCLUSIONS, style: SECTION_STYLE }]);
  // Unwrapped, a sentence flows over the empty cells to its right and keeps one line per conclusion.
  for (const sentence of buildConclusions(result)) addRow(draft, [{ value: sentence }]);
  addRow(draft);
  addChartBlock(draft, keys);
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

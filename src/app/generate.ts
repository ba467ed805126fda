/**
 * Use cases «Сформировать сводную» and «Сформировать рекомендации» over the Workbook port. Each
 * writes exactly one generated sheet and never touches any other.
 */
import { RECOMMENDATIONS_SHEET_NAME } from '../core/recommendations/messages';
import { mergeRecommendations } from '../core/recommendations/merge';
import { buildRecommendationsSheet } from '../core/recommendations/recommendations-sheet';
import type { Issue } from '../core/issues/issue';
import type { GeneratedKind, SheetModel } from '../core/sheet/sheet-model';
import type { SummaryResult } from '../core/findings/analysis-result';
import { capModelTexts } from '../core/sheet/text-cap';
import { buildSummarySheet } from '../core/summary-sheet/summary-sheet';
import type { SummaryWords } from '../core/findings/scale-words';
import { placeGeneratedSheet } from './sheet-naming';
import type { Workbook } from './workbook';

export interface GenerateMeta {
  /** Date and time of generation as the adapter formats it in the spreadsheet's time zone. */
  readonly generatedAt: string;
  /** Whose figures «Сводная» shows: a municipality's schools (default) or, for a roll-up, a region's municipalities. */
  readonly words?: SummaryWords;
}

export interface RecommendationsOutcome {
  readonly sheet: string;
  /** Deficits found for the first time. */
  readonly added: number;
  /** Rows carried over: deficits still there (edits kept) and rows added by hand. */
  readonly kept: number;
  /** Rows whose deficit is gone: they stay with status «устранено». */
  readonly resolved: number;
  /** `cell/too-long`: texts cut to what the target's cells hold. */
  readonly issues: readonly Issue[];
}

/** Writes the model capped to the target's cell limit; returns the issues of the texts cut. */
function write(workbook: Workbook, name: string, kind: GeneratedKind, model: SheetModel): Issue[] {
  const capped = capModelTexts({ ...model, name }, workbook.cellTextLimit);
  workbook.writeGenerated(name, kind, capped.model);
  return capped.issues;
}

export function generateSummary(
  workbook: Workbook,
  result: SummaryResult,
  meta: GenerateMeta,
): { sheet: string; issues: readonly Issue[] } {
  const model = buildSummarySheet(result, meta);
  const place = placeGeneratedSheet(workbook.listSheets(), model.name, 'summary');
  return { sheet: place.name, issues: write(workbook, place.name, 'summary', model) };
}

export function generateRecommendations(
  workbook: Workbook,
  result: SummaryResult,
  meta: GenerateMeta,
): RecommendationsOutcome {
  const sheets = workbook.listSheets();
  const place = placeGeneratedSheet(sheets, RECOMMENDATIONS_SHEET_NAME, 'recommendations');
  // A sheet a failed run left half-drawn is not the previous content: its backup is.
  const backup = sheets.find((info) => info.backup?.kind === 'recommendations' && info.backup.complete);
  const halfDrawn = sheets.some((info) => info.name === place.name && info.incomplete);
  const previous = place.exists && !halfDrawn ? place.name : (backup?.name ?? null);
  const existing = previous === null ? null : workbook.readSheet(previous);
  const rows = mergeRecommendations(existing, result.recommendations);
  const model = buildRecommendationsSheet(rows, meta);
  const issues = write(workbook, place.name, 'recommendations', model);
  const count = (...origins: string[]) => rows.filter((row) => origins.includes(row.origin)).length;
  return {
    sheet: place.name,
    added: count('new'),
    kept: count('current', 'manual'),
    resolved: count('resolved'),
    issues,
  };
}

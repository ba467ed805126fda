/**
 * «Сформировать сводную» without drawing anything: the whole workbook read once, figures,
 * issues and recommendation drafts in the one result both adapters use (SPEC 6).
 */
import type { CalendarDay } from '../core/recommendations/deadline';
import { draftRecommendations } from '../core/recommendations/draft';
import type { SummaryResult } from '../core/summary';
import { analyse, type Analysis } from './analyse';
import type { Workbook } from './workbook';

export interface Summarised {
  readonly result: SummaryResult;
  readonly analysis: Analysis;
}

/** `today`: the day in the spreadsheet's time zone; the drafts' terms are counted from it. */
export function summarise(workbook: Workbook, today?: CalendarDay): Summarised {
  const analysis = analyse(workbook);
  const recommendations = draftRecommendations(analysis.result, analysis.templates, today);
  return { result: { ...analysis.result, recommendations }, analysis };
}

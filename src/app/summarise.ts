/**
 * «Сформировать сводную» without drawing anything: the whole workbook read once, figures,
 * issues and recommendation drafts in the one result both adapters use (SPEC 6).
 */
import { draftRecommendations } from '../core/recommendations/draft';
import type { SummaryResult } from '../core/summary';
import { analyse, type Analysis } from './analyse';
import type { Workbook } from './workbook';

export interface Summarised {
  readonly result: SummaryResult;
  readonly analysis: Analysis;
}

export function summarise(workbook: Workbook): Summarised {
  const analysis = analyse(workbook);
  const recommendations = draftRecommendations(analysis.result, analysis.templates);
  return { result: { ...analysis.result, recommendations }, analysis };
}

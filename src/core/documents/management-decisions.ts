/**
 * The справка's management decisions (RUSSIAN.md §6): a table «мероприятие — срок — ответственный». A stage of
 * the algorithm (docs/domain.md#algorithm) where deficits recur in several units gets the measure of that stage,
 * held to the term the recommendations give most often; then what the schools do by their letters, the data to
 * correct when there are errors, and the decisions the level takes every time (for a municipality the
 * Положение, пп. 8.5–8.6: send the letters, publish the report). The one responsible is «Ответственный за
 * мониторинг» of «Параметры».
 */
import type { SummaryResult } from '../findings/analysis-result';
import { parameterText, type Parameters } from '../parameters/parameters';
import { heading, introParagraph, type Block } from './doc-model';
import { mainDeficits, mostFrequent } from './main-deficits';
import * as T from './messages';
import { sharedDeficits } from './report-analysis';
import type { ReportWords } from './report-words';

export function decisionBlocks(result: SummaryResult, parameters: Parameters, words: ReportWords): Block[] {
  const responsible = parameterText(parameters, 'responsible');
  const shared = sharedDeficits(result);
  const stages = [...new Set(shared.map((item) => item.stage))].sort((a, b) => a - b);
  const rows: [string, string, string][] = stages.map((stage) => [
    capitalised(T.MUNICIPAL_MEASURES[stage] ?? ''),
    mostFrequent(shared.filter((item) => item.stage === stage).map((item) => item.term)),
    responsible,
  ]);
  if (mainDeficits(result.recommendations).length > 0)
    rows.push([T.DECISION_ACT_ON_LETTERS, T.DECISION_ACT_ON_LETTERS_TERM, T.HEADS_OF_SCHOOLS]);
  if (result.organizations.some((org) => org.errors > 0))
    rows.push([T.DECISION_FIX_DATA, T.DECISION_FIX_DATA_TERM, T.HEADS_AND_CURATORS]);
  for (const standing of words.standingDecisions) rows.push([standing.measure, standing.term, responsible]);
  return [
    heading(2, T.SECTION_DECISIONS),
    introParagraph(T.DECISIONS_INTRO),
    {
      kind: 'table',
      widths: [0.06, 0.5, 0.19, 0.25],
      headerRows: 1,
      rows: [[...T.DECISION_HEADERS], ...rows.map((row, i) => [`${i + 1}`, ...row])],
      align: ['center', 'left', 'left', 'left'],
    },
  ];
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

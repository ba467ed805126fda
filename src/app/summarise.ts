/**
 * «Сформировать сводную» without drawing anything: the whole workbook read once, figures, issues and
 * recommendation drafts in the one result both adapters use (docs/domain.md#command-line), with last period's
 * figures beside this period's when a previous period is given (docs/domain.md#long-format). Terms fall on
 * working days, with the transfers of days off typed in «Параметры».
 */
import type { CalendarDay } from '../core/recommendations/deadline';
import type { LongRow } from '../core/long-format/long-row';
import { previousFigures, type PreviousMatch } from '../core/previous/previous-figures';
import { withPrevious } from '../core/previous/with-previous';
import { draftRecommendations } from '../core/recommendations/draft';
import { workCalendar } from '../core/recommendations/work-calendar';
import { transfersOf } from '../core/parameters/transfer-days';
import type { SummaryResult } from '../core/findings/analysis-result';
import { analyse, type Analysis } from './analyse';
import { periodInForce, schoolYearOn } from './school-year';
import type { Workbook } from './workbook';

export interface Summarised {
  readonly result: SummaryResult;
  readonly analysis: Analysis;
  /** How last period's rows matched this municipality; null when none were given. */
  readonly previous: PreviousMatch | null;
}

export interface SummariseOptions {
  /** Last period's long-format rows (a file the command line read); else the sheet «Прошлый период». */
  readonly previousRows?: readonly LongRow[];
  /** This municipality's name, to pick its rows from a file of several municipalities. */
  readonly municipality?: string | null;
  /** The day in the spreadsheet's time zone; the drafts' terms are counted from it. */
  readonly today?: CalendarDay;
}

export function summarise(workbook: Workbook, options: SummariseOptions = {}): Summarised {
  const analysis = analyse(workbook);
  const calendar = workCalendar(transfersOf(analysis.parameters));
  const recommendations = draftRecommendations(analysis.result, analysis.templates, options.today, calendar);
  // The header's period is the documents' (school-year.ts); without today the school tabs' stands in.
  const fallback = options.today ? schoolYearOn(options.today) : analysis.result.period;
  const period =
    fallback === null
      ? (analysis.parameters.period ?? null)
      : periodInForce(analysis.parameters.period, fallback);
  const result: SummaryResult = { ...analysis.result, period, recommendations };
  const rows = options.previousRows ?? analysis.previousRows;
  if (rows === null) return { result, analysis, previous: null };
  const previous = previousFigures(rows, options.municipality ?? null);
  return { result: previous.found ? withPrevious(result, previous.figures) : result, analysis, previous };
}

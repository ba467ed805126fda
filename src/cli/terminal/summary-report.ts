/** The human-readable summary: period, schools counted, skipped tabs, every municipal figure against its target. */
import { formatCount } from '../../core/format/count';
import { formatChange } from '../../core/format/change';
import { formatFigure, NO_FIGURE } from '../../core/format/figure';
import { formatPercent } from '../../core/format/percent';
import { listedIndicators } from '../../core/findings/key-indicators';
import type { IndicatorSummary, SummaryResult } from '../../core/findings/analysis-result';
import { PREVIOUS_TEXTS, REPORT_TEXTS as T } from '../messages';

function targetText(indicator: IndicatorSummary): string {
  const target = indicator.target as number;
  return indicator.type === 'count' ? formatCount(target) : formatPercent(target);
}

/** «прошлый период: 15,2 %, изменение: +3,2 п. п.» */
function previousText(indicator: IndicatorSummary): string {
  const before = indicator.previous ?? null;
  const change = indicator.change ?? null;
  return T.previous(
    formatFigure(before, indicator.type),
    change === null ? NO_FIGURE : formatChange(change, indicator.type),
  );
}

export function figureLine(indicator: IndicatorSummary): string {
  const parts = [formatFigure(indicator.value, indicator.type)];
  if (indicator.type !== 'count' && indicator.numerator !== null && indicator.denominator !== null) {
    parts[0] += ` (${T.ratio(formatCount(indicator.numerator), formatCount(indicator.denominator))})`;
  }
  if (indicator.target !== null) parts.push(T.target(targetText(indicator), indicator.met));
  parts.push(T.schoolsCounted(indicator.schoolsCounted));
  if (indicator.previous !== undefined) parts.push(previousText(indicator));
  return T.figure(indicator.title, parts.join('; '));
}

export function summaryReportLines(result: SummaryResult): string[] {
  const lines = [
    result.period === null ? T.noPeriod : T.period(result.period),
    T.organizations(result.organizations.length),
  ];
  if (result.notSubmitted.length > 0) {
    lines.push(T.notSubmitted(result.notSubmitted.length), ...result.notSubmitted.map(T.notSubmittedSchool));
  }
  if (result.skipped.length > 0) {
    lines.push(T.skipped, ...result.skipped.map((s) => T.skippedSheet(s.sheet, s.reason)));
  }
  const compared =
    result.previousPeriod === undefined ? [] : [PREVIOUS_TEXTS.compared(result.previousPeriod)];
  lines.push('', ...compared, T.figures, ...listedIndicators(result.indicators).map(figureLine));
  lines.push('', T.recommendations(result.recommendations.length));
  return lines;
}

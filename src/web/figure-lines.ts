/** The municipal figures as the page's table shows them: value (with its «N из M»), target, whether it is met. */
import type { IndicatorSummary } from '../core/findings/analysis-result';
import { listedIndicators } from '../core/findings/key-indicators';
import { formatCount } from '../core/format/count';
import { formatFigure } from '../core/format/figure';
import { formatPercent } from '../core/format/percent';
import { WORKER_TEXTS as T } from './messages';
import type { FigureLine } from './web-contract';

function valueText(indicator: IndicatorSummary): string {
  const value = formatFigure(indicator.value, indicator.type);
  if (indicator.type === 'count' || indicator.numerator === null || indicator.denominator === null)
    return value;
  return `${value} (${T.ratio(formatCount(indicator.numerator), formatCount(indicator.denominator))})`;
}

function targetText(indicator: IndicatorSummary): string {
  if (indicator.target === null) return '—';
  return indicator.type === 'count' ? formatCount(indicator.target) : formatPercent(indicator.target);
}

export function figureLines(indicators: readonly IndicatorSummary[]): FigureLine[] {
  return listedIndicators(indicators).map((indicator) => ({
    code: indicator.code ?? '',
    title: indicator.title,
    value: valueText(indicator),
    target: targetText(indicator),
    met: T.met(indicator.met),
    reached: indicator.met,
    counted: formatCount(indicator.schoolsCounted),
  }));
}

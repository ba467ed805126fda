import type { IndicatorType } from '../findings/analysis-result';
import { formatCount } from './count';
import { formatPercent } from './percent';

/**
 * Shown for a figure that is missing or cannot be computed (docs/domain.md#indicators: an undefined share is
 * «—»).
 */
export const NO_FIGURE = '—';

/**
 * One school's value as text: counts and flags (1/0) as whole numbers, shares and percents
 * (fractions) as percents; null → «—».
 */
export function formatFigure(value: number | null, type: IndicatorType): string {
  if (value === null || !Number.isFinite(value)) return NO_FIGURE;
  return type === 'share' || type === 'percent' ? formatPercent(value) : formatCount(value);
}

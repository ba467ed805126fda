/**
 * A change since the previous period as Russian text: shares in percentage points with one
 * decimal («+3,2 п. п.», «−0,8 п. п.»), counts as whole numbers («+12»); the minus is «−» and a
 * no-break space keeps «п. п.» with its number.
 */
import type { IndicatorType } from '../findings/analysis-result';
import { formatDecimal, NBSP } from './number';

const POINTS = `${NBSP}п.${NBSP}п.`;

export function formatChange(change: number, type: IndicatorType): string {
  const fraction = type === 'share' || type === 'percent' || type === 'flag';
  const digits = fraction ? formatDecimal(Math.abs(change) * 100, 1) : formatDecimal(Math.abs(change), 0);
  const zero = /^[0,]+$/.test(digits);
  const sign = zero ? '' : change > 0 ? '+' : '−';
  return `${sign}${digits}${fraction ? POINTS : ''}`;
}

/** Cell formats of the same: the cell holds points (change × 100) for shares, the count otherwise. */
export const POINTS_CHANGE_FORMAT = `+0.0"${POINTS}";"−"0.0"${POINTS}";0.0"${POINTS}"`;
export const COUNT_CHANGE_FORMAT = '+0;"−"0;0';

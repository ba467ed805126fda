import { formatDecimal, NBSP } from './number';

/** A fraction as a Russian percent with one decimal: 0.184 → «18,4 %» (no-break space before %). */
export function formatPercent(fraction: number, fractionDigits = 1): string {
  return `${formatDecimal(fraction * 100, fractionDigits)}${NBSP}%`;
}

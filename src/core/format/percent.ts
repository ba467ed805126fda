import { formatDecimal, NBSP } from './number';

/** A fraction as a Russian percent with one decimal: 0.184 → «18,4 %» (no-break space before %). */
export function formatPercent(fraction: number, fractionDigits = 1): string {
  return `${formatDecimal(fraction * 100, fractionDigits)}${NBSP}%`;
}

/** «70 %», not «70,0 %», where the decimal carries nothing (RUSSIAN.md 2: targets); «18,4 %» keeps it. */
export function formatRoundPercent(fraction: number): string {
  return formatPercent(fraction, Number.isInteger(Math.round(fraction * 1e6) / 1e4) ? 0 : 1);
}

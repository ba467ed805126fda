/**
 * A number as Russians write it, in every text shown to a person (RUSSIAN.md § 2, § 4): the decimal comma
 * («12,5»), thousands apart by a no-break space («12 486»), a percent with a no-break space before its
 * sign («35 %»). It keeps every decimal the value has (a typed 12,25 stays «12,25»). A four-digit number
 * stays whole («1985», «2486»), as Russian typography writes it in running text: a value a curator typed
 * is often a year (docs/decisions.md, «Sidebar and messages, second round»). The generated figures with
 * fixed decimals use src/core/format instead, on which this rests.
 */
import { formatDecimal, NBSP } from '../format/number';

/** At most this many decimals: a typed value never has more, and binary noise is cut off. */
const MAX_DECIMALS = 10;

/** The decimals `value` needs once binary noise (0.1 + 0.2) is trimmed. */
function decimalsOf(value: number): number {
  const text = Math.abs(Number(value.toPrecision(12)))
    .toFixed(MAX_DECIMALS)
    .replace(/0+$/, '');
  return text.length - text.indexOf('.') - 1;
}

/** Below this a number's digits are not grouped. */
const GROUPED_FROM = 10000;

/** 12.5 → «12,5», 12486 → «12 486», 1985 → «1985», -3 → «-3»; Infinity and NaN as JavaScript spells them. */
export function numberText(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const text = formatDecimal(value, decimalsOf(value));
  return Math.abs(value) < GROUPED_FROM ? text.replace(NBSP, '') : text;
}

/** Decimals of a percent kept: more than a curator types, fewer than binary noise. */
const PERCENT_DECIMALS = 4;

/** A fraction as the percent a cell formatted «0 %» shows: 0.35 → «35 %», 0.125 → «12,5 %». */
export function percentText(fraction: number): string {
  if (!Number.isFinite(fraction)) return String(fraction);
  const scale = 10 ** PERCENT_DECIMALS;
  return `${numberText(Math.round(fraction * 100 * scale) / scale)}${NBSP}%`;
}

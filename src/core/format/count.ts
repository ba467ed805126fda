import { formatDecimal } from './number';

/** A whole number with grouped digits: 1234 → «1 234» (no-break space). */
export function formatCount(value: number): string {
  return formatDecimal(value, 0);
}

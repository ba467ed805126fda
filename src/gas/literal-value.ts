/**
 * How a value is written so that Sheets stores exactly it. Sheets interprets typed-in strings
 * (`=…` and `+7 912…` become formulas, `12`, `35%`, `01.09.2025`, `TRUE` become numbers, dates
 * and booleans), and which strings it interprets depends on the locale. Rather than guess, every
 * non-empty string gets a leading apostrophe: Sheets then stores the rest as text and shows it
 * without the apostrophe. Numbers, booleans and dates are written as they are.
 */
export function literalValue(value: unknown): unknown {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value === '' ? '' : `'${value}`;
  return value;
}

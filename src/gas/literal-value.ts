/**
 * How a value is written so that Sheets stores exactly it. Sheets interprets typed-in strings
 * (`=…` and `+7 912…` become formulas, `12`, `35%`, `01.09.2025`, `TRUE` become numbers, dates
 * and booleans), and which strings it interprets depends on the locale. Rather than guess, every
 * non-empty string gets a leading apostrophe: Sheets then stores the rest as text and shows it
 * without the apostrophe. Numbers, booleans and dates are written as they are.
 *
 * A cell formatted as plain text («@») interprets nothing and would keep the apostrophe as a
 * character, so strings going there are written bare; pass the cell's format when it is known.
 */
export const PLAIN_TEXT_FORMAT = '@';

export function literalValue(value: unknown, numberFormat?: string): unknown {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'string' || value === '' || numberFormat === PLAIN_TEXT_FORMAT) return value;
  return `'${value}`;
}

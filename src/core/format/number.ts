/**
 * Russian number formatting for generated texts: `,` as the decimal separator and a no-break
 * space between digit groups, so «1 234,5» never wraps inside a cell.
 */

/** U+00A0: unlike the narrow no-break space it renders in every spreadsheet font. */
export const NBSP = '\u00a0';

/**
 * Half away from zero, after trimming binary noise: 18.45 → «18,5», as the spreadsheet's own
 * `0.0` format shows it, so a sentence never disagrees with the cell next to it.
 */
function roundHalfAway(value: number, fractionDigits: number): number {
  const scale = 10 ** fractionDigits;
  const scaled = Number((Math.abs(value) * scale).toPrecision(12));
  return (Math.sign(value) * Math.round(scaled)) / scale;
}

/** (1234.56, 1) → «1 234,6»; (0, 0) → «0». */
export function formatDecimal(value: number, fractionDigits: number): string {
  const rounded = roundHalfAway(value, fractionDigits);
  const negative = rounded < 0;
  const [whole, fraction] = Math.abs(rounded).toFixed(fractionDigits).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, NBSP);
  return `${negative ? '-' : ''}${grouped}${fraction === undefined ? '' : `,${fraction}`}`;
}

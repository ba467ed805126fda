/**
 * A cell value as the curator sees it in a Russian-locale spreadsheet, for messages:
 * 12.5 → «12,5», 0.35 in a %-formatted cell → «35 %», TRUE → «TRUE», a date → «01.09.2025».
 */
import { isDate } from '../sheet/cell-value';
import { cellText } from '../text/normalise';

const MAX_SHOWN = 60;

export function shownValue(raw: unknown, percentFormatted = false): string {
  if (typeof raw === 'number') {
    const n = percentFormatted ? Math.round(raw * 1e6) / 1e4 : raw;
    return `${String(n).replace('.', ',')}${percentFormatted ? ' %' : ''}`;
  }
  if (typeof raw === 'boolean') return raw ? 'TRUE' : 'FALSE';
  // A grid's dates carry the day the sheet shows in their UTC fields (see grid.ts).
  if (isDate(raw))
    return (
      [raw.getUTCDate(), raw.getUTCMonth() + 1].map((n) => String(n).padStart(2, '0')).join('.') +
      `.${raw.getUTCFullYear()}`
    );
  const text = cellText(raw);
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN - 1)}…` : text;
}

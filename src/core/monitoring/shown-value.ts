/**
 * A cell value as the curator sees it in a Russian-locale spreadsheet, for messages:
 * 12.5 → «12,5», 0.35 in a %-formatted cell → «35 %», TRUE → «TRUE», a date → «01.09.2025». Numbers are
 * written by src/core/text/number-text.ts, the one formatter of values in texts.
 */
import type { IndicatorType } from '../catalogue/catalogue';
import { isDate } from '../sheet/cell-value';
import { cellText } from '../text/normalise';
import { numberText, percentText } from '../text/number-text';

const MAX_SHOWN = 60;

export function shownValue(raw: unknown, percentFormatted = false): string {
  if (typeof raw === 'number') return percentFormatted ? percentText(raw) : numberText(raw);
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

/** What a value was read as, for «значение принято равным …»: «да», «нет», «35 %», «12». */
export function readAsText(value: number | null, type: IndicatorType): string {
  if (value === null) return '';
  if (type === 'flag') return value === 1 ? '«да»' : '«нет»';
  return type === 'percent' || type === 'share' ? percentText(value) : numberText(value);
}

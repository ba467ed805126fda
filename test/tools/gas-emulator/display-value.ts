/**
 * What getDisplayValues() shows for a stored value under a cell's number format.
 *
 * - strings (error values included) as they are; booleans 'TRUE' / 'FALSE';
 * - numbers under the default format (DEFAULT_NUMBER_FORMAT, 'General', '') as JS prints them,
 *   with the locale's decimal separator (',' for ru_RU as in a Russian spreadsheet: 18.4 → '18,4');
 * - numbers under '0', '0.0', '#,##0.00', '0%', '0.0%' …: rounded to the format's decimals,
 *   ×100 with '%' for percent formats (0.184 under '0.0%' → '18,4%' in ru_RU, '18.4%' in en_US);
 *   grouping ',' in the format groups thousands with a no-break space (ru) or ',' (en);
 * - '@' (plain text) shows numbers as JS prints them;
 * - Dates under a date format ('dd.mm.yyyy', 'dd.MM.yyyy HH:mm') in the spreadsheet time zone;
 *   under any other format as the locale's default date ('dd.MM.yyyy' for ru_RU, 'M/d/yyyy'
 *   otherwise), with ' H:mm:ss' when the time of day is not midnight.
 */
import { formatSheetDate, zonedParts } from './date-format';

/** What getNumberFormat() returns for a cell nobody formatted (Google's "Automatic"). */
export const DEFAULT_NUMBER_FORMAT = '0.###############';

interface LocaleSymbols {
  decimal: string;
  group: string;
  dateFormat: string;
}

function symbols(locale: string): LocaleSymbols {
  return locale.toLowerCase().startsWith('ru')
    ? { decimal: ',', group: '\u00a0', dateFormat: 'dd.MM.yyyy' }
    : { decimal: '.', group: ',', dateFormat: 'M/d/yyyy' };
}

function isDefaultFormat(format: string): boolean {
  return format === '' || format === DEFAULT_NUMBER_FORMAT || format.toLowerCase() === 'general';
}

function isDateFormat(format: string): boolean {
  const bare = format.replace(/"[^"]*"/g, '');
  return /[dDyY]/.test(bare) || /[hH]/.test(bare);
}

function formatNumber(value: number, format: string, s: LocaleSymbols): string {
  const section = format.split(';')[0];
  const match = /^(.*?)([#0,]*0[#0,]*|#[#,]*)(?:\.([0#]+))?(.*)$/.exec(section.replace(/"([^"]*)"/g, '$1'));
  if (!match) return String(value).replace('.', s.decimal);
  const [, prefix, integerPart, decimals = '', suffix] = match;
  const percent = suffix.includes('%');
  const scaled = percent ? value * 100 : value;
  const minDecimals = (decimals.match(/0/g) ?? []).length;
  let text = Math.abs(scaled).toFixed(decimals.length);
  if (decimals.length > minDecimals)
    text = text.replace(/0+$/, (zeros) =>
      zeros.slice(0, Math.max(0, zeros.length - (decimals.length - minDecimals))),
    );
  const [wholeDigits, fraction = ''] = text.split('.');
  let whole = wholeDigits;
  if (integerPart.includes(',')) whole = whole.replace(/\B(?=(\d{3})+(?!\d))/g, s.group);
  if (whole === '0' && !integerPart.includes('0')) whole = '';
  const sign = scaled < 0 && Number(text) !== 0 ? '-' : '';
  return `${sign}${prefix}${whole}${fraction ? s.decimal + fraction : ''}${suffix}`;
}

export function displayValue(value: unknown, format: string, locale: string, timeZone: string): string {
  const s = symbols(locale);
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'number') {
    if (isDefaultFormat(format) || format === '@' || isDateFormat(format))
      return String(value).replace('.', s.decimal);
    return formatNumber(value, format, s);
  }
  if (Object.prototype.toString.call(value) === '[object Date]') {
    const date = value as Date;
    if (isDateFormat(format)) return formatSheetDate(date, timeZone, format);
    const p = zonedParts(date, timeZone);
    const withTime = p.hour !== 0 || p.minute !== 0 || p.second !== 0;
    return formatSheetDate(date, timeZone, withTime ? `${s.dateFormat} H:mm:ss` : s.dateFormat);
  }
  return value === null || value === undefined ? '' : String(value);
}

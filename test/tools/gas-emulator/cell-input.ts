/**
 * How a value written with Range.setValue(s) (or typed by a user) becomes cell content, following
 * Google's USER_ENTERED interpretation, reduced to what the add-on meets:
 *
 * - a string starting with `=` is a formula: getFormula() returns it, getValue() returns what
 *   the test set with setFormulaResult (default '');
 * - a string starting with `+` or `-` that is not a plain number (e.g. '+7 912 000-00-00',
 *   '- нет') is a formula that does not parse: value '#ERROR!', formula '=' + the text; a lone
 *   '+' or '-' stays text;
 * - a plain number with a dot decimal separator ('12', '-3', '1234.5', '1e3', ' 12 ') becomes a
 *   number; '12,5' and '1 234' stay text (the emulator does not apply the locale's separators);
 * - a percent ('35%', '12.5 %') becomes a fraction (0.35) and gives the cell the format '0%'
 *   or '0.00%' as Google does;
 * - a string starting with an apostrophe is stored as the literal text after it;
 * - a date in the spreadsheet's locale ('19.12.2025' in ru_RU, '12/19/2025' in en_US, ISO
 *   '2025-12-19' in any) becomes a Date at that wall-clock time in the spreadsheet's time zone
 *   (see typed-date.ts), when the caller passes the spreadsheet's locale and time zone;
 * - everything else (other strings, numbers, booleans, Dates) is stored as it is; null and
 *   undefined clear the cell;
 * - in a cell formatted as plain text ('@') every string is stored literally, as Google does.
 */
import { typedDate, type DateContext } from './typed-date';

export interface CellInput {
  /** What getValue() returns. */
  value: unknown;
  /** Set when the input is a formula. */
  formula?: string;
  /** Set when the input implies a number format (percents). */
  numberFormat?: string;
}

const PLAIN_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const PERCENT = /^([+-]?(\d+\.?\d*|\.\d+))\s?%$/;

/** `dates`: the spreadsheet's locale and time zone; without it no string becomes a date. */
export function interpretInput(input: unknown, cellFormat?: string, dates?: DateContext): CellInput {
  if (input === null || input === undefined) return { value: '' };
  if (typeof input === 'number') return { value: Number.isFinite(input) ? input : '#NUM!' };
  if (typeof input === 'boolean') return { value: input };
  if (Object.prototype.toString.call(input) === '[object Date]')
    return { value: new Date((input as Date).getTime()) };
  if (typeof input !== 'string') return { value: String(input) };
  if (cellFormat === '@') return { value: input };
  if (input.startsWith("'")) return { value: input.slice(1) };
  if (input.startsWith('=')) return { value: '', formula: input };
  const trimmed = input.trim();
  if (PLAIN_NUMBER.test(trimmed)) return { value: Number(trimmed) };
  const percent = PERCENT.exec(trimmed);
  if (percent) {
    const fraction = Number((Number(percent[1]) / 100).toPrecision(15));
    return { value: fraction, numberFormat: percent[1].includes('.') ? '0.00%' : '0%' };
  }
  const date = dates ? typedDate(trimmed, dates) : null;
  if (date) return { value: date };
  if ((input.startsWith('+') || input.startsWith('-')) && input.length > 1) {
    return { value: '#ERROR!', formula: `=${input}` };
  }
  return { value: input };
}

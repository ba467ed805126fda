/**
 * A date typed into a cell becomes a date value: the moment of that wall-clock time — midnight
 * when no time is given — in the *spreadsheet's* time zone (File → Settings → Time zone, what
 * Spreadsheet.getSpreadsheetTimeZone() returns), not the script's. getValues() then returns a JS
 * Date for that moment: east of Greenwich its UTC date is the previous day (19.12.2025 typed in a
 * sheet set to Asia/Novosibirsk, UTC+7, is 2025-12-18T17:00:00Z).
 *
 * Sources: the Sheets API's SpreadsheetProperties.timeZone is "The time zone of the spreadsheet"
 * (https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets#SpreadsheetProperties),
 * distinct from the script's manifest `timeZone`, "The script time zone"
 * (https://developers.google.com/apps-script/manifest); Eric Koleda's "Some examples showing how
 * to work with timezones in Apps Script" (https://gist.github.com/erickoledadevrel/6cf5d1e764839cba8701:
 * "The dates and times in the spreadsheet refer to exact moments in time").
 *
 * Recognised, as Sheets recognises them in the spreadsheet's locale:
 * - Russian locales (ru_*): d.m.yyyy and dd.mm.yyyy, optionally followed by H:mm or H:mm:ss;
 * - other locales (en_US order): M/d/yyyy, optionally with a time;
 * - every locale: ISO yyyy-mm-dd, optionally with a time.
 * An impossible date (31.02.2025) stays text. Not recognised (they stay what cell-input.ts makes
 * of them): two-digit years, a day and month without a year («1.10», which Sheets in a Russian
 * locale also turns into a date), month names.
 */
import { zonedParts } from './date-format';

export interface DateContext {
  /** Spreadsheet locale, e.g. 'ru_RU'. */
  locale: string;
  /** Spreadsheet time zone, e.g. 'Asia/Novosibirsk'. */
  timeZone: string;
}

const TIME = String.raw`(?:[ T]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?`;
const RUSSIAN = new RegExp(String.raw`^(\d{1,2})\.(\d{1,2})\.(\d{4})${TIME}$`);
const US = new RegExp(String.raw`^(\d{1,2})/(\d{1,2})/(\d{4})${TIME}$`);
const ISO = new RegExp(String.raw`^(\d{4})-(\d{1,2})-(\d{1,2})${TIME}$`);

/** The moment a wall clock in `timeZone` shows the given time (the earlier one if it shows it twice). */
export function wallClockTime(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
  timeZone: string,
): Date {
  const wall = Date.UTC(year, month - 1, day, hour, minute, second);
  let guess = wall;
  // Two passes settle the offset, also across a daylight-saving change.
  for (let i = 0; i < 2; i++) {
    const p = zonedParts(new Date(guess), timeZone);
    const shown = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
    guess += wall - shown;
  }
  return new Date(guess);
}

function valid(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
): boolean {
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The Date a typed string stands for in this spreadsheet, or null when it is not a date. */
export function typedDate(text: string, context: DateContext): Date | null {
  const trimmed = text.trim();
  let parts: number[] | null = null;
  const iso = ISO.exec(trimmed);
  if (iso) parts = [iso[1], iso[2], iso[3], iso[4], iso[5], iso[6]].map((p) => Number(p ?? 0));
  const russian = context.locale.toLowerCase().startsWith('ru');
  const local = (russian ? RUSSIAN : US).exec(trimmed);
  if (local) {
    const [first, second] = [Number(local[1]), Number(local[2])];
    const [day, month] = russian ? [first, second] : [second, first];
    parts = [Number(local[3]), month, day, ...[local[4], local[5], local[6]].map((p) => Number(p ?? 0))];
  }
  if (!parts) return null;
  const [year, month, day, hour, minute, second] = parts;
  if (!valid(year, month, day, hour, minute, second)) return null;
  return wallClockTime(year, month, day, hour, minute, second, context.timeZone);
}

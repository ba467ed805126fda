/**
 * Terms of recommendations as real dates, counted from the day the drafts are made (the algorithm of
 * docs/domain.md#algorithm gives terms as «20–25 ноября», «январь–февраль»; a draft read in December must not
 * ask for something by a November that has passed). A term is resolved when it has one of the forms the
 * built-in templates use; any other text the coordinator wrote is left as written.
 *
 * - «в течение недели / двух недель / месяца / двух месяцев / N дней» → «до 2 января 2027 г.»;
 * - «до 20 декабря» → «до 20 декабря 2026 г.», or of the next year once the day has passed;
 * - «20–25 ноября [текущего года]» → «20–25 ноября 2026 г.», or 2027 after 25 November;
 * - «январь–февраль [следующего года]» → «январь–февраль 2027 г.»: the first such months not over.
 *
 * Every date is a working day (work-calendar.ts): a «до» date on a day off moves to the next working day; a
 * range keeps the algorithm's days and ends on the last working day within them («20–25 ноября» of 2028, when
 * the 25th is a Saturday, reads «20–24 ноября»; a range with no working day becomes «до» the next one). A term is never in the past, nor before `notBefore`
 * (the term of an earlier stage of the algorithm, draft.ts): a «до» date moves up to it, a range to its next
 * occurrence that ends no earlier. The day a term ends is what orders it.
 */
import {
  DEFAULT_CALENDAR,
  nextWorkingDay,
  previousWorkingDay,
  shiftDay,
  type WorkCalendar,
} from './work-calendar';

/** A calendar day in the spreadsheet's time zone (the adapter decides which day it is). */
export interface CalendarDay {
  readonly year: number;
  /** 1..12 */
  readonly month: number;
  readonly day: number;
}

/** Month names as a date says them («25 декабря») and as a range of months does («январь–февраль»). */
export const MONTHS_GENITIVE = [
  'января',
  'февраля',
  'марта',
  'апреля',
  'мая',
  'июня',
  'июля',
  'августа',
  'сентября',
  'октября',
  'ноября',
  'декабря',
];
export const MONTHS_NOMINATIVE = [
  'январь',
  'февраль',
  'март',
  'апрель',
  'май',
  'июнь',
  'июль',
  'август',
  'сентябрь',
  'октябрь',
  'ноябрь',
  'декабрь',
];
const NBSP = '\u00a0';
const YEAR_WORD = `${NBSP}г.`;

/** Periods «в течение …» in days or months. */
const PERIODS: Readonly<Record<string, { days?: number; months?: number }>> = {
  недели: { days: 7 },
  'двух недель': { days: 14 },
  месяца: { months: 1 },
  'двух месяцев': { months: 2 },
};

export function calendarDayOf(date: Date): CalendarDay {
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function compareDays(a: CalendarDay, b: CalendarDay): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

const later = (a: CalendarDay, b: CalendarDay) => (compareDays(a, b) >= 0 ? a : b);

function addMonths(day: CalendarDay, months: number): CalendarDay {
  const index = day.year * 12 + day.month - 1 + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return { year, month, day: Math.min(day.day, daysIn(year, month)) };
}

function dateText(day: CalendarDay): string {
  return `${day.day}${NBSP}${MONTHS_GENITIVE[day.month - 1]} ${day.year}${YEAR_WORD}`;
}

/** The first year from today's on in which the day is not yet past. */
function upcomingYear(today: CalendarDay, month: number, day: number): number {
  return compareDays({ year: today.year, month, day }, today) >= 0 ? today.year : today.year + 1;
}

/** A year with 29 February, so «до 29 февраля» is a date in any year's template. */
const LEAP_YEAR = 2028;

const monthOf = (list: readonly string[], word: string) => list.indexOf(word) + 1;

/** What a term is counted from: today, the calendar of working days and the earliest end it may have. */
export interface TermContext {
  readonly today: CalendarDay;
  readonly calendar?: WorkCalendar;
  /** The end of an earlier stage's term: this term ends no earlier. */
  readonly notBefore?: CalendarDay;
}

/** The term's text, and the working day it ends on; `end` is null for a term left as written. */
export interface ScheduledTerm {
  readonly text: string;
  readonly end: CalendarDay | null;
}

/** The term as a date or a range with its year, counted from `today`; other texts unchanged. */
export function resolveTerm(
  term: string,
  today: CalendarDay,
  calendar: WorkCalendar = DEFAULT_CALENDAR,
): string {
  return scheduleTerm(term, { today, calendar }).text;
}

/** «до …»: the date moved up to `notBefore` and on to a working day. */
function byDate(day: CalendarDay, context: TermContext): ScheduledTerm {
  const floor = context.notBefore === undefined ? day : later(day, context.notBefore);
  const end = nextWorkingDay(floor, context.calendar ?? DEFAULT_CALENDAR);
  return { text: `до ${dateText(end)}`, end };
}

/** The earliest day a term may end on: today, or an earlier stage's end. */
function floorOf(context: TermContext): CalendarDay {
  return context.notBefore === undefined ? context.today : later(context.today, context.notBefore);
}

/** «20–25 ноября 2026 г.»: the first year whose last working day of the range is no earlier than the floor. */
function dayRange(first: number, last: number, month: number, context: TermContext): ScheduledTerm {
  const calendar = context.calendar ?? DEFAULT_CALENDAR;
  const floor = floorOf(context);
  for (let year = upcomingYear(context.today, month, last); ; year++) {
    const end = previousWorkingDay({ year, month, day: last }, calendar);
    if (end.month !== month || end.day < first) {
      // No working day within the range: its last day moves on, as a «до» term's would.
      return byDate({ year, month, day: last }, { ...context, notBefore: floor });
    }
    if (compareDays(end, floor) < 0) continue;
    const days = first === end.day ? `${first}` : `${first}–${end.day}`;
    return { text: `${days}${NBSP}${MONTHS_GENITIVE[month - 1]} ${year}${YEAR_WORD}`, end };
  }
}

/** «январь–февраль 2027 г.»: the first such months whose last working day is no earlier than the floor. */
function monthRange(first: number, last: number, context: TermContext): ScheduledTerm {
  const calendar = context.calendar ?? DEFAULT_CALENDAR;
  const floor = floorOf(context);
  for (let year = upcomingYear(context.today, last, daysIn(context.today.year, last)); ; year++) {
    const end = previousWorkingDay({ year, month: last, day: daysIn(year, last) }, calendar);
    if (compareDays(end, floor) < 0) continue;
    return {
      text: `${MONTHS_NOMINATIVE[first - 1]}–${MONTHS_NOMINATIVE[last - 1]} ${year}${YEAR_WORD}`,
      end,
    };
  }
}

/** The term as a date or a range with its year and the day it ends on; other texts unchanged, with no end. */
export function scheduleTerm(term: string, context: TermContext): ScheduledTerm {
  const { today } = context;
  const text = term.replace(/\s+/g, ' ').trim().toLowerCase();

  const within = /^в течение (.+)$/.exec(text);
  if (within) {
    const days = /^(\d+) (?:дня|дней|день)$/.exec(within[1]);
    const named = Object.prototype.hasOwnProperty.call(PERIODS, within[1]) ? PERIODS[within[1]] : undefined;
    const period = days ? { days: Number(days[1]) } : named;
    if (period) {
      const end =
        period.months === undefined ? shiftDay(today, period.days ?? 0) : addMonths(today, period.months);
      return byDate(end, context);
    }
  }

  const by = /^до (\d{1,2}) ([а-я]+)(?: текущего года)?$/.exec(text);
  if (by && monthOf(MONTHS_GENITIVE, by[2]) > 0) {
    const month = monthOf(MONTHS_GENITIVE, by[2]);
    const day = Number(by[1]);
    if (day >= 1 && day <= 31) return byDate({ year: upcomingYear(today, month, day), month, day }, context);
  }

  const days = /^(\d{1,2}) ?[–-] ?(\d{1,2}) ([а-я]+)(?: текущего года)?$/.exec(text);
  if (days && monthOf(MONTHS_GENITIVE, days[3]) > 0) {
    const first = Number(days[1]);
    const last = Number(days[2]);
    const month = monthOf(MONTHS_GENITIVE, days[3]);
    if (first >= 1 && first <= last && last <= daysIn(LEAP_YEAR, month))
      return dayRange(first, last, month, context);
  }

  const months = /^([а-я]+) ?[–-] ?([а-я]+)(?: (?:следующего|текущего) года)?$/.exec(text);
  if (months && monthOf(MONTHS_NOMINATIVE, months[1]) > 0 && monthOf(MONTHS_NOMINATIVE, months[2]) > 0)
    return monthRange(monthOf(MONTHS_NOMINATIVE, months[1]), monthOf(MONTHS_NOMINATIVE, months[2]), context);
  return { text: term, end: null };
}

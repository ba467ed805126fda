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
 */
/** A calendar day in the spreadsheet's time zone (the adapter decides which day it is). */
export interface CalendarDay {
  readonly year: number;
  /** 1..12 */
  readonly month: number;
  readonly day: number;
}

const GENITIVE = [
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
const NOMINATIVE = [
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

function compare(a: CalendarDay, b: CalendarDay): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

function addDays(day: CalendarDay, days: number): CalendarDay {
  const date = new Date(Date.UTC(day.year, day.month - 1, day.day + days));
  return calendarDayOf(date);
}

function addMonths(day: CalendarDay, months: number): CalendarDay {
  const index = day.year * 12 + day.month - 1 + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return { year, month, day: Math.min(day.day, daysIn(year, month)) };
}

function dateText(day: CalendarDay): string {
  return `${day.day}${NBSP}${GENITIVE[day.month - 1]} ${day.year}${YEAR_WORD}`;
}

/** The first year from today's on in which the day is not yet past. */
function upcomingYear(today: CalendarDay, month: number, day: number): number {
  return compare({ year: today.year, month, day }, today) >= 0 ? today.year : today.year + 1;
}

const monthOf = (list: readonly string[], word: string) => list.indexOf(word) + 1;

/** The term as a date or a range with its year, counted from `today`; other texts unchanged. */
export function resolveTerm(term: string, today: CalendarDay): string {
  const text = term.replace(/\s+/g, ' ').trim().toLowerCase();

  const within = /^в течение (.+)$/.exec(text);
  if (within) {
    const days = /^(\d+) (?:дня|дней|день)$/.exec(within[1]);
    const named = Object.prototype.hasOwnProperty.call(PERIODS, within[1]) ? PERIODS[within[1]] : undefined;
    const period = days ? { days: Number(days[1]) } : named;
    if (period) {
      const end =
        period.months === undefined ? addDays(today, period.days ?? 0) : addMonths(today, period.months);
      return `до ${dateText(end)}`;
    }
  }

  const by = /^до (\d{1,2}) ([а-я]+)(?: текущего года)?$/.exec(text);
  if (by && monthOf(GENITIVE, by[2]) > 0) {
    const month = monthOf(GENITIVE, by[2]);
    const day = Number(by[1]);
    if (day >= 1 && day <= 31) return `до ${dateText({ year: upcomingYear(today, month, day), month, day })}`;
  }

  const days = /^(\d{1,2}) ?[–-] ?(\d{1,2}) ([а-я]+)(?: текущего года)?$/.exec(text);
  if (days && monthOf(GENITIVE, days[3]) > 0) {
    const month = monthOf(GENITIVE, days[3]);
    const year = upcomingYear(today, month, Number(days[2]));
    return `${days[1]}–${days[2]}${NBSP}${days[3]} ${year}${YEAR_WORD}`;
  }

  const months = /^([а-я]+) ?[–-] ?([а-я]+)(?: (?:следующего|текущего) года)?$/.exec(text);
  if (months && monthOf(NOMINATIVE, months[1]) > 0 && monthOf(NOMINATIVE, months[2]) > 0) {
    const last = monthOf(NOMINATIVE, months[2]);
    const year = upcomingYear(today, last, daysIn(today.year, last));
    return `${months[1]}–${months[2]} ${year}${YEAR_WORD}`;
  }
  return term;
}

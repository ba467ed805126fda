/**
 * Working days of the Russian calendar, so that a term never falls on a day when a school is closed
 * (docs/domain.md#algorithm, terms). Non-working days are Saturdays, Sundays and the non-working holidays
 * of Art. 112 of the Labour Code (Трудовой кодекс РФ, ст. 112): 1–6 and 8 January (новогодние каникулы),
 * 7 January, 23 February, 8 March, 1 May, 9 May, 12 June, 4 November. When a weekend day coincides with
 * a holiday other than the January ones, the day off moves to the next working day (ст. 112, ч. 2); the
 * January ones are moved by the Government's yearly decree, which also makes some Saturdays working days.
 * A decree already published is built in; a later one is typed in «Параметры» (docs/domain.md#roster-and-parameters).
 *
 * A table of our own rather than a holiday library: `date-holidays` adds 2.2 MB to the Apps Script bundle
 * and lists only 1, 2, 7 and 8 January as Russian holidays (docs/decisions.md, «Terms and typography»).
 */
import type { CalendarDay } from './deadline';

/** [month, day] of the non-working holidays of Art. 112. */
const HOLIDAYS: readonly (readonly [number, number])[] = [
  [1, 1],
  [1, 2],
  [1, 3],
  [1, 4],
  [1, 5],
  [1, 6],
  [1, 7],
  [1, 8],
  [2, 23],
  [3, 8],
  [5, 1],
  [5, 9],
  [6, 12],
  [11, 4],
];

/** The Government's transfers of one year: extra days off and weekend days that are working. */
export interface Transfers {
  readonly daysOff: readonly CalendarDay[];
  readonly workdays: readonly CalendarDay[];
}

/**
 * Постановление Правительства РФ от 24.09.2025 № 1466 «О переносе выходных дней в 2026 году»: the days
 * off of Saturday 3 and Sunday 4 January move to Friday 9 January and Thursday 31 December 2026.
 */
export const PUBLISHED_TRANSFERS: Transfers = {
  daysOff: [
    { year: 2026, month: 1, day: 9 },
    { year: 2026, month: 12, day: 31 },
  ],
  workdays: [],
};

export interface WorkCalendar {
  isWorkingDay(day: CalendarDay): boolean;
}

const key = (day: CalendarDay) => `${day.year}-${day.month}-${day.day}`;

function weekday(day: CalendarDay): number {
  return new Date(Date.UTC(day.year, day.month - 1, day.day)).getUTCDay();
}

export function isWeekend(day: CalendarDay): boolean {
  const week = weekday(day);
  return week === 0 || week === 6;
}

export function isHoliday(day: CalendarDay): boolean {
  return HOLIDAYS.some(([month, date]) => month === day.month && date === day.day);
}

export function shiftDay(day: CalendarDay, days: number): CalendarDay {
  const date = new Date(Date.UTC(day.year, day.month - 1, day.day + days));
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** The days off that Art. 112, ч. 2 moves from a weekend holiday (other than January's) in `year`. */
function movedDaysOff(year: number): CalendarDay[] {
  const moved: CalendarDay[] = [];
  const taken = new Set<string>();
  for (const [month, date] of HOLIDAYS) {
    const holiday = { year, month, day: date };
    if (month === 1 || !isWeekend(holiday)) continue;
    let next = shiftDay(holiday, 1);
    while (isWeekend(next) || isHoliday(next) || taken.has(key(next))) next = shiftDay(next, 1);
    taken.add(key(next));
    moved.push(next);
  }
  return moved;
}

/** The calendar of Art. 112 with the published transfers and the ones given (from «Параметры»). */
export function workCalendar(given: Transfers = { daysOff: [], workdays: [] }): WorkCalendar {
  const daysOff = new Set([...PUBLISHED_TRANSFERS.daysOff, ...given.daysOff].map(key));
  const workdays = new Set([...PUBLISHED_TRANSFERS.workdays, ...given.workdays].map(key));
  const moved = new Map<number, Set<string>>();
  const movedIn = (year: number) => {
    const known = moved.get(year);
    if (known) return known;
    const days = new Set(movedDaysOff(year).map(key));
    moved.set(year, days);
    return days;
  };
  return {
    isWorkingDay(day) {
      const id = key(day);
      // A transferred working day is worked even when it is a Saturday; a holiday never is.
      if (isHoliday(day) || daysOff.has(id) || movedIn(day.year).has(id)) return false;
      return workdays.has(id) || !isWeekend(day);
    },
  };
}

/** The calendar without transfers typed in «Параметры». */
export const DEFAULT_CALENDAR = workCalendar();

/** The day itself when it is a working day, else the first working day after it. */
export function nextWorkingDay(day: CalendarDay, calendar: WorkCalendar): CalendarDay {
  let next = day;
  while (!calendar.isWorkingDay(next)) next = shiftDay(next, 1);
  return next;
}

/** The day itself when it is a working day, else the last working day before it. */
export function previousWorkingDay(day: CalendarDay, calendar: WorkCalendar): CalendarDay {
  let previous = day;
  while (!calendar.isWorkingDay(previous)) previous = shiftDay(previous, -1);
  return previous;
}

/**
 * The day a dated term of a recommendation ends on, read back from its text as a reader would:
 * «до 5 мая 2027 г.», «20–25 ноября 2027 г.», «январь–февраль 2028 г.» (a range of months ends on its
 * last working day, by the calendar the test passes). Null for a term with no date («ежемесячно»).
 */
import {
  MONTHS_GENITIVE,
  MONTHS_NOMINATIVE,
  type CalendarDay,
} from '../../../src/core/recommendations/deadline';

export function termEnd(term: string, isWorkingDay: (day: CalendarDay) => boolean): CalendarDay | null {
  const text = term.replace(/\u00a0/g, ' ');
  const day = /^(?:до )?(?:\d+–)?(\d+) ([а-я]+) (\d{4}) г\.$/.exec(text);
  if (day) return { year: Number(day[3]), month: MONTHS_GENITIVE.indexOf(day[2]) + 1, day: Number(day[1]) };
  const months = /^[а-я]+–([а-я]+) (\d{4}) г\.$/.exec(text);
  if (months === null) return null;
  const year = Number(months[2]);
  const month = MONTHS_NOMINATIVE.indexOf(months[1]) + 1;
  let end: CalendarDay = { year, month, day: new Date(Date.UTC(year, month, 0)).getUTCDate() };
  while (!isWorkingDay(end)) end = { ...end, day: end.day - 1 };
  return end;
}

import type { CalendarDay } from '../core/recommendations/deadline';

/** The computer's calendar day: on the command line and the page, the day the drafts' terms are counted from. */
export function localDay(date: Date): CalendarDay {
  return { year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() };
}

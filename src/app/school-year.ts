/**
 * The school year a template is made for (the «Период» of a new school tab). A school year runs
 * from 1 September: a template made in August is still for the year that ends then. The adapter
 * says which day it is where the user is (the spreadsheet's time zone, the computer's clock).
 */
import type { CalendarDay } from '../core/recommendations/deadline';

/** The month a school year starts in. */
const FIRST_MONTH = 9;

/** «2025/2026» from 1 September 2025 to 31 August 2026. */
export function schoolYearOn(day: Pick<CalendarDay, 'year' | 'month'>): string {
  const first = day.month >= FIRST_MONTH ? day.year : day.year - 1;
  return `${first}/${first + 1}`;
}

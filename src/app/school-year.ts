/**
 * The period everything is made for: «Период» of «Параметры» when it is filled, else the school year of
 * today — one decision for the «Сводная» header, the school tabs a template makes and the documents
 * (docs/decisions.md, «Sidebar and messages, second round»). A school year runs from 1 September: a
 * template made in August is still for the year that ends then. The adapter says which day it is where the
 * user is (the spreadsheet's time zone, the computer's clock).
 */
import type { CalendarDay } from '../core/recommendations/deadline';
import { PARAMETERS_SHEET_NAME } from '../core/parameters/messages';
import { isParametersSheet, parseParametersSheet } from '../core/parameters/parameters-sheet';
import type { Workbook } from './workbook';

/** The month a school year starts in. */
const FIRST_MONTH = 9;

/** «2025/2026» from 1 September 2025 to 31 August 2026. */
export function schoolYearOn(day: Pick<CalendarDay, 'year' | 'month'>): string {
  const first = day.month >= FIRST_MONTH ? day.year : day.year - 1;
  return `${first}/${first + 1}`;
}

/** «Период» of «Параметры» when it is filled, else `schoolYear` (schoolYearOn of today). */
export function periodInForce(filled: string | null | undefined, schoolYear: string): string {
  const own = filled?.trim() ?? '';
  return own === '' ? schoolYear : own;
}

/** «Период» as «Параметры» of the workbook gives it; null without the sheet or the value. */
export function filledPeriod(workbook: Pick<Workbook, 'readSheet'>, names: readonly string[]): string | null {
  const name = names.find((each) => each.trim().toLowerCase() === PARAMETERS_SHEET_NAME.toLowerCase());
  if (name === undefined) return null;
  const grid = workbook.readSheet(name);
  return isParametersSheet(grid) ? (parseParametersSheet(grid).parameters.period ?? null) : null;
}

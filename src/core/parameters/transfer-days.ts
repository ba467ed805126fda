/**
 * The Government's transfers of days off as «Параметры» gives them (docs/domain.md#algorithm, terms): a list
 * of dates a coordinator types as the decree prints them — «02.01.2027; 03.01.2027», or one per line, or
 * «2027-01-02» — read into days for the working-day calendar of the terms.
 */
import type { CalendarDay } from '../recommendations/deadline';
import type { Transfers } from '../recommendations/work-calendar';
import type { Parameters } from './parameters';

export interface DayList {
  readonly days: readonly CalendarDay[];
  /** Parts of the text that are not dates, as typed. */
  readonly unread: readonly string[];
}

const DOTTED = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar day (no 31.02), or null. */
function dayOf(year: number, month: number, day: number): CalendarDay | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  const real =
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real ? { year, month, day } : null;
}

function readDay(part: string): CalendarDay | null {
  const dotted = DOTTED.exec(part);
  if (dotted) return dayOf(Number(dotted[3]), Number(dotted[2]), Number(dotted[1]));
  const iso = ISO.exec(part);
  return iso ? dayOf(Number(iso[1]), Number(iso[2]), Number(iso[3])) : null;
}

/** Dates separated by «;», «,», spaces or line breaks; «02.01.2027 г.» is a date too. */
export function readDayList(text: string): DayList {
  const days: CalendarDay[] = [];
  const unread: string[] = [];
  for (const part of text.replace(/(\d{4})\s*г\.?/g, '$1').split(/[;,\s]+/)) {
    if (part === '') continue;
    const day = readDay(part);
    if (day === null) unread.push(part);
    else days.push(day);
  }
  return { days, unread };
}

/** The transfers typed in «Параметры»; none when the rows are empty or absent. */
export function transfersOf(parameters: Parameters): Transfers {
  return {
    daysOff: readDayList(parameters.daysOff ?? '').days,
    workdays: readDayList(parameters.workdays ?? '').days,
  };
}

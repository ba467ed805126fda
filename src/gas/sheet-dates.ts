/**
 * Dates between Sheets and the engine. getValues() gives a date typed into a cell as midnight in
 * the spreadsheet's time zone (Spreadsheet.getSpreadsheetTimeZone()), while the script runs in
 * the manifest's zone, so the two can be days apart for Новосибирск or Владивосток. The engine
 * keeps the day the sheet shows in a Date's UTC fields (src/core/sheet/grid.ts); this converts both
 * ways with the spreadsheet's UTC offset, asked of Utilities.formatDate once per hour of time
 * (Russian zones keep one offset all year; a zone with summer time gets the offset of the day).
 */
import { isDate } from '../core/sheet/cell-value';

const HOUR = 3_600_000;

export interface SheetDates {
  /** A value as read from the sheet → as the engine keeps it. */
  read(value: unknown): unknown;
  /** Rows read from the sheet → as the engine keeps them (the same array when there is no date). */
  readRows(rows: unknown[][]): unknown[][];
  /** A value of the engine → what setValues() needs. */
  write(value: unknown): unknown;
}

/** `timeZone` is asked only when a date is met (one read call a run at most). */
export function sheetDates(timeZone: () => string): SheetDates {
  let zone: string | null = null;
  const offsets = new Map<number, number>();
  /** Milliseconds the zone is ahead of UTC at `instant`. */
  const offset = (instant: number): number => {
    const hour = Math.floor(instant / HOUR);
    const known = offsets.get(hour);
    if (known !== undefined) return known;
    zone ??= timeZone();
    const text = Utilities.formatDate(new Date(hour * HOUR), zone, 'Z');
    const match = /^([+-])(\d\d)(\d\d)$/.exec(text);
    const value = match
      ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) * 60_000
      : 0;
    offsets.set(hour, value);
    return value;
  };
  const read = (value: unknown): unknown =>
    isDate(value) ? new Date(value.getTime() + offset(value.getTime())) : value;
  return {
    read,
    readRows(rows) {
      if (!rows.some((row) => row.some(isDate))) return rows;
      return rows.map((row) => row.map(read));
    },
    write(value) {
      if (!isDate(value)) return value;
      const wall = value.getTime();
      return new Date(wall - offset(wall - offset(wall)));
    },
  };
}

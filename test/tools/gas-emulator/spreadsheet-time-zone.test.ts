/**
 * The spreadsheet's time zone apart from the script's.
 * - Spreadsheet.getSpreadsheetTimeZone() is the sheet's own setting (Sheets API
 *   SpreadsheetProperties.timeZone, "The time zone of the spreadsheet",
 *   https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets#SpreadsheetProperties);
 *   Session.getScriptTimeZone() is the manifest's `timeZone`, "The script time zone"
 *   (https://developers.google.com/apps-script/manifest).
 * - A date typed into a cell is that wall-clock time in the spreadsheet's zone; getValues() gives
 *   the moment (E. Koleda, https://gist.github.com/erickoledadevrel/6cf5d1e764839cba8701: "The
 *   dates and times in the spreadsheet refer to exact moments in time").
 * - Utilities.formatDate(date, timeZone, format) formats in the zone it is given
 *   (https://developers.google.com/apps-script/reference/utilities/utilities#formatDate(Date,String,String)).
 * - The script's JavaScript sees local time in the script's zone (see script-time-zone.ts).
 */
import { describe, it, expect } from 'vitest';
import { createEmulator, loadBundle } from './index';

type Globals = {
  Session: { getScriptTimeZone(): string };
  Utilities: { formatDate(date: Date, timeZone: string, format: string): string };
};

function sheetIn(spreadsheetTimeZone: string, locale = 'ru_RU') {
  const emulator = createEmulator({ timeZone: 'Europe/Moscow', spreadsheetTimeZone, locale });
  emulator.seedSheet('Приказы', [
    ['Приказ', 'Дата'],
    ['№ 12-о', ''],
  ]);
  const read = (a1: string) =>
    emulator.uncounted(() => {
      const range = emulator.spreadsheet.getSheetByName('Приказы')!.getRange(a1);
      return { value: range.getValue(), shown: range.getDisplayValue() };
    });
  return { emulator, read, globals: emulator.globals as Globals };
}

describe.each([
  { zone: 'Asia/Novosibirsk', utc: '2025-12-18T17:00:00.000Z' },
  { zone: 'Asia/Vladivostok', utc: '2025-12-18T14:00:00.000Z' },
])('a sheet in $zone with the script in Europe/Moscow', ({ zone, utc }) => {
  it('keeps the two zones apart', () => {
    const { emulator, globals } = sheetIn(zone);
    expect(globals.Session.getScriptTimeZone()).toBe('Europe/Moscow');
    expect(emulator.spreadsheet.getSpreadsheetTimeZone()).toBe(zone);
  });

  it("reads a typed «19.12.2025» as midnight in the sheet's zone: the previous day in UTC, shown unchanged", () => {
    const { emulator, read } = sheetIn(zone);
    emulator.userEdit('Приказы', 'B2', '19.12.2025');
    const { value, shown } = read('B2');
    expect(value).toBeInstanceOf(Date);
    expect((value as Date).toISOString()).toBe(utc);
    expect(shown).toBe('19.12.2025');
  });

  it('keeps the day when the Date read is written back with setValues', () => {
    const { emulator, read } = sheetIn(zone);
    emulator.userEdit('Приказы', 'B2', '19.12.2025');
    emulator.uncounted(() => {
      const sheet = emulator.spreadsheet.getSheetByName('Приказы')!;
      sheet.getRange('B3').setValues(sheet.getRange('B2').getValues());
    });
    expect((read('B3').value as Date).toISOString()).toBe(utc);
    expect(read('B3').shown).toBe('19.12.2025');
  });

  it('formats with Utilities.formatDate in the zone it is given, not in either default', () => {
    const { emulator, read, globals } = sheetIn(zone);
    emulator.userEdit('Приказы', 'B2', '19.12.2025');
    const date = read('B2').value as Date;
    expect(globals.Utilities.formatDate(date, zone, 'dd.MM.yyyy HH:mm')).toBe('19.12.2025 00:00');
    expect(globals.Utilities.formatDate(date, 'Europe/Moscow', 'dd.MM.yyyy')).toBe('18.12.2025');
    expect(globals.Utilities.formatDate(date, 'UTC', 'dd.MM.yyyy')).toBe('18.12.2025');
  });

  it("gives the script's own Date methods the script's zone, so getDate() of that cell is 18 in Moscow", () => {
    const { emulator } = sheetIn(zone);
    emulator.userEdit('Приказы', 'B2', '19.12.2025');
    const bundle = loadBundle(
      `function dayOfOrder() {
      var d = SpreadsheetApp.getActive().getSheetByName('Приказы').getRange('B2').getValue();
      return [d.getDate(), d.getHours(), d.getTimezoneOffset()];
    }`,
      emulator,
    );
    const before = process.env.TZ;
    expect(bundle.call('dayOfOrder')).toEqual([18, zone === 'Asia/Novosibirsk' ? 20 : 17, -180]);
    expect(process.env.TZ).toBe(before);
  });
});

describe("dates typed in the spreadsheet's locale", () => {
  it('reads d.m.yyyy with a time in ru_RU, M/d/yyyy in en_US and ISO in both', () => {
    const ru = sheetIn('Europe/Moscow');
    ru.emulator.userEdit('Приказы', 'B2', '1.9.2025 14:30');
    expect((ru.read('B2').value as Date).toISOString()).toBe('2025-09-01T11:30:00.000Z');
    expect(ru.read('B2').shown).toBe('01.09.2025 14:30:00');
    ru.emulator.userEdit('Приказы', 'B2', '2025-09-01');
    expect((ru.read('B2').value as Date).toISOString()).toBe('2025-08-31T21:00:00.000Z');
    const us = sheetIn('America/New_York', 'en_US');
    us.emulator.userEdit('Приказы', 'B2', '12/19/2025');
    expect((us.read('B2').value as Date).toISOString()).toBe('2025-12-19T05:00:00.000Z');
    expect(us.read('B2').shown).toBe('12/19/2025');
  });

  it("keeps impossible dates, the other locale's order and apostrophe-quoted dates as text", () => {
    const { emulator, read } = sheetIn('Europe/Moscow');
    for (const text of ['31.02.2025', '12/19/2025', '19.13.2025']) {
      emulator.userEdit('Приказы', 'B2', text);
      expect(read('B2').value).toBe(text);
    }
    emulator.userEdit('Приказы', 'B2', "'19.12.2025");
    expect(read('B2').value).toBe('19.12.2025');
  });

  it('reads a date written by a script with setValue the same way, as it reads numbers, percents and formulas', () => {
    const { emulator, read } = sheetIn('Asia/Vladivostok');
    emulator.uncounted(() =>
      emulator.spreadsheet.getSheetByName('Приказы')!.getRange('B2').setValue('19.12.2025'),
    );
    expect((read('B2').value as Date).toISOString()).toBe('2025-12-18T14:00:00.000Z');
  });
});

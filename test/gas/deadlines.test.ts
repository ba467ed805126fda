/**
 * The drafts' terms in the add-on are dates counted from today in the spreadsheet's time zone,
 * not the script's: Google formats a moment in a given zone with Utilities.formatDate(date,
 * timeZone, format) (https://developers.google.com/apps-script/reference/utilities/utilities#formatDate)
 * and gives the spreadsheet's zone by Spreadsheet.getSpreadsheetTimeZone()
 * (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getSpreadsheetTimeZone()).
 * Vladivostok is seven hours ahead of Moscow, so for seven hours a day the two give different days.
 */
import { describe, expect, it } from 'vitest';
import { resolveTerm } from '../../src/core/recommendations/deadline';
import { seedMunicipality, start } from './municipality';

const ZONE = 'Asia/Vladivostok';

/** Today in `zone` as the test's own clock sees it. */
function todayIn(zone: string): { year: number; month: number; day: number } {
  const [year, month, day] = new Intl.DateTimeFormat('en-CA', {
    timeZone: zone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  })
    .format(new Date())
    .split('-')
    .map(Number);
  return { year, month, day };
}

describe('terms of «Рекомендации» in Google Sheets', () => {
  it('are dates counted from today in the spreadsheet\u2019s time zone, never a bare «в течение месяца»', () => {
    const { emulator, bundle } = start({ timeZone: 'Europe/Moscow', spreadsheetTimeZone: ZONE });
    seedMunicipality(emulator, 3);
    bundle.call('menuGenerateRecommendations');
    const values = emulator.uncounted(() =>
      emulator.spreadsheet.getSheetByName('Рекомендации')!.getDataRange().getValues(),
    );
    const header = values.findIndex((row) => row.includes('Срок'));
    const column = values[header].indexOf('Срок');
    const terms = values.slice(header + 1).map((row) => String(row[column]));
    expect(terms.length).toBeGreaterThan(0);
    const today = todayIn(ZONE);
    const expected = new Set(
      [
        'в течение месяца',
        'в течение недели',
        'до 20 декабря',
        '20–25 ноября',
        'январь–февраль',
        'ежемесячно',
      ].map((term) => resolveTerm(term, today)),
    );
    for (const term of terms) expect(expected).toContain(term);
    expect(terms.some((term) => term.startsWith('до '))).toBe(true);
  });
});

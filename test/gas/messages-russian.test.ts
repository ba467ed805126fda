/**
 * The add-on's alerts and the sidebar's texts against RUSSIAN.md, rendered with a full official
 * name of about 150 characters and with the counts 1, 2, 5, 11, 21 and 0: ёлочки outside and
 * лапки inside, no straight quotes, no «(ы)» or home-made abbreviations, no zero parts, a full
 * stop at the end, and every noun next to a number agreeing with it.
 */
import { describe, expect, it } from 'vitest';
import { TEXT } from '../../src/client/messages';
import { TAB_NOT_STARTED } from '../../src/core/monitoring/messages';
import { MESSAGES } from '../../src/gas/messages';

const LONG_NAME =
  'Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 5 имени Героя Советского Союза А. С. Петрова» г. Ижевска';
const COUNTS = [1, 2, 5, 11, 21, 0] as const;

/** Quotes nest: inside «…» only „…“, and every opened quote is closed. */
function quotesNest(text: string): boolean {
  let depth = 0;
  for (const char of text) {
    if (char === '«') {
      if (depth > 0) return false;
      depth++;
    } else if (char === '»') depth--;
    if (depth < 0) return false;
  }
  return depth === 0 && (text.match(/„/g) ?? []).length === (text.match(/“/g) ?? []).length;
}

function followsRules(text: string): void {
  expect(text, text).not.toMatch(/"/);
  expect(text, text).not.toMatch(/\(ы\)|\(а\)|замеч\.|Проверяю|Читаю|Записываю|Создаю/);
  expect(quotesNest(text), text).toBe(true);
  expect(text, text).not.toMatch(/(?<![\d,])0 (ошиб|предупр|замеч|лист|ячее)/);
  expect(text.trim(), text).toMatch(/[.…]$/);
}

describe('alerts of the add-on', () => {
  it.each(COUNTS)('with %i, and with a long official name, follow RUSSIAN.md', (n) => {
    const counts = { error: n, warning: n === 0 ? 0 : 1, info: 0 };
    const texts = [
      MESSAGES.checkSheetResult(LONG_NAME, counts),
      MESSAGES.checkWorkbookResult(
        counts,
        Array.from({ length: n }, (_, i) => `${LONG_NAME} (${i + 1})`),
      ),
      MESSAGES.summaryDone('Сводная', n, n),
      MESSAGES.recommendationsDone('Рекомендации', n, n, n),
      MESSAGES.schoolSheetsResult(
        Array.from({ length: n }, (_, i) => `МБОУ «СОШ № ${i + 1}»`),
        Array.from({ length: n }, () => ({ name: LONG_NAME, reason: 'лист с таким названием уже есть' })),
      ),
      MESSAGES.fixesApplied(n, n),
      MESSAGES.templateExists(LONG_NAME),
      MESSAGES.sheetNotRecognised(LONG_NAME),
      MESSAGES.writingSheet(LONG_NAME),
      MESSAGES.creatingSheets(n),
      TAB_NOT_STARTED(n).message + '.',
    ];
    for (const text of texts) followsRules(text);
  });

  it('agrees the verb and the noun with the number', () => {
    const phrase = (error: number, warning = 0) =>
      MESSAGES.checkSheetResult('СОШ № 1', { error, warning, info: 0 });
    expect(phrase(1)).toContain('найдена 1 ошибка.');
    expect(phrase(2)).toContain('найдены 2 ошибки.');
    expect(phrase(5)).toContain('найдено 5 ошибок.');
    expect(phrase(11)).toContain('найдено 11 ошибок.');
    expect(phrase(21)).toContain('найдена 21 ошибка.');
    expect(phrase(0, 1)).toContain('найдено 1 предупреждение.');
    expect(phrase(0, 0)).toBe('Лист «СОШ № 1»: ошибок и предупреждений не найдено.');
  });

  it('keeps an alert for 300 schools short: ten names, then a count', () => {
    const names = Array.from({ length: 300 }, (_, i) => `${LONG_NAME} ${i}`);
    expect(MESSAGES.schoolSheetsResult(names, [])).toBe('Создано листов: 300.');
    const withErrors = MESSAGES.checkWorkbookResult({ error: 300, warning: 0, info: 0 }, names);
    expect(withErrors).toContain('и ещё 290');
    expect(withErrors.length).toBeLessThan(2500);
  });

  it('leaves zero parts out of the results of generation', () => {
    expect(MESSAGES.recommendationsDone('Рекомендации', 3, 0, 0)).toBe(
      'Лист «Рекомендации» сформирован. Новых рекомендаций: 3.',
    );
    expect(MESSAGES.summaryDone('Сводная', 21, 0)).toBe('Лист «Сводная» сформирован. Учтены сведения 21 ОО.');
    expect(MESSAGES.fixesApplied(1, 0)).toBe('Исправлено ячеек: 1.');
  });
});

/** Google's errors as Apps Script raises them (the wordings are cited in test/core/text/google-errors.test.ts). */
const GOOGLE_ERRORS = [
  'Exceeded maximum execution time',
  'Exception: Service Spreadsheets timed out while accessing document with id 1abc.',
  'Service unavailable: Spreadsheets',
  'Service error: Spreadsheets',
  'Exception: You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.',
  'Exception: Service invoked too many times for one day: docs create.',
  'Exception: You do not have permission to call DocumentApp.create. Required permissions: https://www.googleapis.com/auth/documents',
  'Authorization is required to perform that action.',
  'TypeError: Cannot read properties of undefined (reading "x")',
];

describe('Google’s errors in alerts and on the panel', () => {
  it.each(GOOGLE_ERRORS)(
    '«%s» is told in Russian, Google’s text only on the last line «Подробности»',
    (raw) => {
      const alert = MESSAGES.failed(raw);
      const [told, details] = alert.split('\n\n');
      followsRules(told);
      expect(told).toMatch(/Что сделать: /);
      // No English but the name «Google».
      expect(told.replace(/Google/g, '')).not.toMatch(/[A-Za-z]{4,}/);
      expect(details).toMatch(/^Подробности: /);
      expect(details).toContain(raw.replace(/^Exception: /, '').slice(0, 40));
      followsRules(MESSAGES.sidebarFailed(raw));
      expect(MESSAGES.sidebarFailed(raw)).not.toContain(raw.slice(0, 20));
      const generation = MESSAGES.generationFailed('Сводная', raw);
      expect(generation.split('\n\n').at(-1)).toMatch(/^Подробности: /);
    },
  );
});

describe('texts of the sidebar', () => {
  it.each(COUNTS)('with %i, and with a long official name, follow RUSSIAN.md', (n) => {
    const texts = [
      TEXT.notChecked(LONG_NAME),
      TEXT.omitted(n),
      TEXT.fixAllRest(n),
      TEXT.legend,
      TEXT.nothingToCheck,
      TEXT.partial,
      TEXT.loading,
      TEXT.failed,
      TEXT.sheetNotListed,
      `${TEXT.sheetCounts({ error: n, warning: n, info: 0 })}.`,
    ];
    for (const text of texts) followsRules(text);
  });
});

/**
 * Google's errors in Russian. The English wordings are Google's own, as Apps Script raises them:
 * - «Exceeded maximum execution time», «Service invoked too many times: …», «Authorization is required to
 *   perform that action.», «Server error occurred, please try again.» — the common errors of
 *   https://developers.google.com/apps-script/guides/support/troubleshooting; the daily quotas that end in
 *   «Service invoked too many times for one day» — https://developers.google.com/apps-script/guides/services/quotas
 *   («If you exceed a quota or limitation, your script throws an exception and execution stops»);
 * - «You do not have permission to call X. Required permissions: …» — a scope the user has not granted
 *   (https://developers.google.com/apps-script/guides/services/authorization; the emulator's env.ts throws it);
 * - «You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove
 *   protection if you need to edit.» — a write to a range protected against the user
 *   (https://developers.google.com/apps-script/reference/spreadsheet/protection; the emulator's sheet.ts);
 * - «Service unavailable: …», «Service error: …», «Service Spreadsheets timed out while accessing document
 *   with id …», «Service Spreadsheets failed while accessing document with id …» — a service that did not
 *   answer.
 */
import { describe, expect, it } from 'vitest';
import {
  detailsLine,
  explainGoogleError,
  googleErrorDetail,
  googleErrorWords,
} from '../../../src/core/text/google-errors';

const KNOWN: readonly (readonly [string, RegExp])[] = [
  ['Exceeded maximum execution time', /^закончилось время/],
  ['Exception: Service invoked too many times for one day: docs create.', /суточный лимит/],
  ['Exception: Service invoked too many times: spreadsheets', /суточный лимит/],
  ['Authorization is required to perform that action.', /не предоставлен доступ/],
  [
    'Exception: You do not have permission to call DocumentApp.create. Required permissions: https://www.googleapis.com/auth/documents',
    /нет разрешения/,
  ],
  [
    'Exception: You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.',
    /защищены/,
  ],
  ['You do not have permission to edit this protected range.', /защищены/],
  ['Service unavailable: Spreadsheets', /^сбой на стороне сервиса Google$/],
  ['Service error: Spreadsheets', /^сбой на стороне сервиса Google$/],
  ['Service Spreadsheets failed while accessing document with id 1abc.', /^сбой на стороне/],
  ['Service Spreadsheets timed out while accessing document with id 1abc.', /не ответил вовремя/],
  ['Server error occurred, please try again.', /^сбой на стороне/],
];

describe('Google’s errors in Russian', () => {
  it.each(KNOWN)('«%s» gets its reason and an action', (raw, reason) => {
    const words = googleErrorWords(raw);
    expect(words?.reason).toMatch(reason);
    expect(words?.action.length).toBeGreaterThan(10);
    const text = explainGoogleError('Команда не выполнена', raw);
    expect(text).toMatch(/^Команда не выполнена: [^.]+\. Что сделать: .+\.$/);
    expect(text.replace(/Google/g, '')).not.toMatch(/[A-Za-z]{3,}/);
  });

  it('any other error gets the general advice, never Google’s text in the sentence', () => {
    expect(googleErrorWords('TypeError: x is undefined')).toBeNull();
    expect(explainGoogleError('Не удалось выполнить команду', 'TypeError: x is undefined')).toBe(
      'Не удалось выполнить команду. Что сделать: повторите команду; если ошибка повторяется, сообщите о ней разработчикам надстройки, приложив подробности.',
    );
  });

  it('keeps Google’s text as the detail: without «Exception: », with a full stop, cut when long', () => {
    expect(googleErrorDetail('Exception: Service error: Spreadsheets')).toBe('Service error: Spreadsheets.');
    expect(googleErrorDetail('Exceeded maximum execution time')).toBe('Exceeded maximum execution time.');
    const long = googleErrorDetail(`Exception: ${'x'.repeat(500)}`);
    expect(long).toHaveLength(300);
    expect(long.endsWith('…')).toBe(true);
    expect(detailsLine('Service error: Spreadsheets')).toBe('Подробности: Service error: Spreadsheets.');
  });
});

import { describe, expect, it } from 'vitest';
import { smallNumbersInWords } from '../../../src/core/text/small-numbers';

describe('smallNumbersInWords: counts of times from one to nine in words (RUSSIAN.md § 2)', () => {
  it.each([
    ['Информация обновляется не реже 1 раза в месяц', 'Информация обновляется не реже одного раза в месяц'],
    ['не чаще 2 раз в год', 'не чаще двух раз в год'],
    ['не менее 3 раз', 'не менее трёх раз'],
    ['Не реже\u00a09 раз', 'Не реже\u00a0девяти раз'],
  ])('«%s» → «%s»', (text, expected) => {
    expect(smallNumbersInWords(text)).toBe(expected);
  });

  it.each([
    'не реже 10 раз в год',
    'не реже одного раза в месяц',
    'не менее 1 наставника',
    '1 раз в месяц',
    'нене реже 1 раза',
  ])('leaves «%s» as it is', (text) => {
    expect(smallNumbersInWords(text)).toBe(text);
  });
});

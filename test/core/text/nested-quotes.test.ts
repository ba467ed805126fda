import { describe, expect, it } from 'vitest';
import { nestQuotes } from '../../../src/core/text/nested-quotes';

describe('nestQuotes: „лапки“ inside «ёлочек» (RUSSIAN.md § 4)', () => {
  it.each([
    ['лист «МБОУ «СОШ № 3»»', 'лист «МБОУ „СОШ № 3“»'],
    ['«Приказ «О внедрении» и «Положение»»', '«Приказ „О внедрении“ и „Положение“»'],
    ['«А «Б «В»»»', '«А „Б „В““»'],
    // Straight quotes of a user's text become «ёлочки», nested too.
    ['ОО "СОШ "Лидер""', 'ОО «СОШ „Лидер“»'],
    ['"А" и "Б"', '«А» и «Б»'],
  ])('«%s» → «%s»', (text, expected) => {
    expect(nestQuotes(text)).toBe(expected);
  });

  it.each([
    // One level is left as it is, and so is a text already right.
    'Директору МБОУ «СОШ № 3»',
    'лист «МБОУ „СОШ № 3“»',
    '«А» и «Б»',
    // Quotes that do not pair: guessing the missing one could only move the mistake.
    'МБОУ «СОШ № 3',
    'МБОУ СОШ № 3»',
    '«А «Б»',
    'размер 5" и "цитата',
    'одна " кавычка',
    '',
  ])('leaves «%s» as it is', (text) => {
    expect(nestQuotes(text)).toBe(text);
  });

  it('changes nothing the second time', () => {
    for (const text of ['лист «МБОУ «СОШ № 3»»', 'ОО "СОШ "Лидер""', '«А «Б «В»»»'])
      expect(nestQuotes(nestQuotes(text))).toBe(nestQuotes(text));
  });
});

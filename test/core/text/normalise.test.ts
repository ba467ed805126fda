import { describe, it, expect } from 'vitest';
import { tidyCellText } from '../../../src/core/text/normalise';

describe('tidyCellText', () => {
  it('keeps tidy text as it is', () => {
    expect(tidyCellText('Иванова Анна Петровна')).toBe('Иванова Анна Петровна');
    expect(tidyCellText('Петров Пётр\nСидорова Мария')).toBe('Петров Пётр\nСидорова Мария');
    expect(tidyCellText('')).toBe('');
  });

  it.each([
    ['  Иванова Анна ', 'Иванова Анна'],
    ['Иванова  Анна', 'Иванова Анна'],
    ['Иванова\u00a0Анна', 'Иванова Анна'],
    ['Иванова\tАнна', 'Иванова Анна'],
    ['Петров Пётр \n  Сидорова Мария\n\n', 'Петров Пётр\nСидорова Мария'],
    ['\r\nПетров Пётр\r\nСидорова Мария', 'Петров Пётр\nСидорова Мария'],
    ['МБОУ «СОШ\u200b № 1»', 'МБОУ «СОШ № 1»'],
  ])('%j → %j', (text, tidy) => {
    expect(tidyCellText(text)).toBe(tidy);
  });

  it('keeps a blank line inside the text', () => {
    expect(tidyCellText('Победитель конкурса\n\nЭксперт ОГЭ')).toBe('Победитель конкурса\n\nЭксперт ОГЭ');
  });
});

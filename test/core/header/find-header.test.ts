import { describe, it, expect } from 'vitest';
import { findHeader, headerKey, type FieldSpec } from '../../../src/core/header/find-header';
import type { Grid } from '../../../src/core/sheet/grid';

type F = 'code' | 'title' | 'value' | 'comment';
const FIELDS: readonly FieldSpec<F>[] = [
  { field: 'code', aliases: ['Код', 'Код показателя'], required: true },
  { field: 'title', aliases: ['Показатель', 'Наименование показателя'], required: true },
  { field: 'value', aliases: ['Значение'], required: true },
  { field: 'comment', aliases: ['Комментарий / ссылка', 'Комментарий'], required: false },
];

const grid = (values: unknown[][], merges?: Grid['merges']): Grid => ({ name: 'СОШ № 1', values, merges });

describe('headerKey', () => {
  it.each([
    ['Ф.И.О наставника', 'фио наставника'],
    ['Ф. И. О. наставника', 'фио наставника'],
    ['ФИО  наставника:', 'фио наставника'],
    ['Ф.И.О.\nнаставника', 'фио наставника'],
    ['«Значение»', 'значение'],
    ['№п / п', '№ п/п'],
    ['Достижения  наставника (важные)', 'достижения наставника (важные)'],
    ['Отчёт', 'отчет'],
  ])('%j → %j', (text, key) => {
    expect(headerKey(text)).toBe(key);
  });

  it('is empty for empty cells and keeps numbers as text', () => {
    expect(headerKey('')).toBe('');
    expect(headerKey(null)).toBe('');
    expect(headerKey(2025)).toBe('2025');
  });
});

describe('findHeader', () => {
  it('finds the header below title rows and reports extra columns', () => {
    const match = findHeader(
      grid([
        ['Мониторинг реализации целевой модели наставничества', '', '', '', ''],
        ['Образовательная организация:', 'МБОУ «СОШ № 1»', '', '', ''],
        ['', '', '', '', ''],
        ['КОД', ' Показатель ', 'Значение:', 'Ед. изм.', 'Комментарий/ссылка'],
        ['1.1', 'Общая численность педагогических работников', 42, 'чел.', ''],
      ]),
      FIELDS,
    );
    expect(match).toEqual({
      row: 4,
      columns: { code: 1, title: 2, value: 3, comment: 5 },
      missing: [],
      duplicates: [],
      extra: [{ column: 4, text: 'Ед. изм.' }],
    });
  });

  it('accepts reordered columns and reports duplicates and missing fields', () => {
    const match = findHeader(grid([['Значение', 'Показатель', 'Значение', 'Примечание']]), FIELDS, {
      minFields: 2,
    });
    expect(match?.columns).toEqual({ value: 1, title: 2 });
    expect(match?.missing).toEqual(['code']);
    expect(match?.duplicates).toEqual([{ field: 'value', column: 3 }]);
  });

  it('returns null when no row matches enough fields', () => {
    expect(findHeader(grid([['Инструкция по заполнению'], ['Код', 'Значение']]), FIELDS)).toBeNull();
    expect(findHeader(grid([]), FIELDS)).toBeNull();
  });

  it('picks the row with most fields, the first one on a tie', () => {
    const match = findHeader(
      grid([
        ['Код', 'Показатель', 'Значение', ''],
        ['Код', 'Показатель', 'Значение', 'Комментарий'],
      ]),
      FIELDS,
    );
    expect(match?.row).toBe(2);
    const tie = findHeader(
      grid([
        ['Код', 'Показатель', 'Значение'],
        ['Код', 'Показатель', 'Значение'],
      ]),
      FIELDS,
    );
    expect(tie?.row).toBe(1);
  });

  it('searches only the first maxRows rows', () => {
    const values: unknown[][] = Array.from({ length: 20 }, () => ['']);
    values[16] = ['Код', 'Показатель', 'Значение'];
    expect(findHeader(grid(values), FIELDS)).toBeNull();
    expect(findHeader(grid(values), FIELDS, { maxRows: 20 })?.row).toBe(17);
  });

  it('reads a vertically merged header cell in every row of the merge', () => {
    const match = findHeader(
      grid(
        [
          ['Код', 'Показатель', 'Значение', 'Комментарий'],
          ['', '', '', ''],
        ],
        [{ row: 1, column: 4, rows: 2, columns: 1 }],
      ),
      FIELDS,
    );
    expect(match?.row).toBe(1);
    expect(match?.columns.comment).toBe(4);
  });

  it('does not count the continuation of a horizontal merge as a duplicate', () => {
    const match = findHeader(
      grid([['Код', 'Показатель', '', 'Значение']], [{ row: 1, column: 2, rows: 1, columns: 2 }]),
      FIELDS,
    );
    expect(match?.columns).toEqual({ code: 1, title: 2, value: 4 });
    expect(match?.duplicates).toEqual([]);
    expect(match?.extra).toEqual([]);
  });

  it('matches a header with a bracketed note by its main words', () => {
    const match = findHeader(grid([['Код', 'Показатель (наименование)', 'Значение']]), FIELDS);
    expect(match?.columns.title).toBe(2);
  });
});

import { describe, it, expect } from 'vitest';
import { withMergesFilled } from '../../../src/core/sheet/merges';
import type { Grid } from '../../../src/core/sheet/grid';

describe('withMergesFilled', () => {
  it('returns the same grid when there are no merges', () => {
    const grid: Grid = { name: 'База наставников', values: [['№ п/п', 'Ф.И.О наставника']] };
    expect(withMergesFilled(grid)).toBe(grid);
    expect(withMergesFilled({ ...grid, merges: [] }).values).toEqual(grid.values);
  });

  it('copies the top-left value into every cell of each merge', () => {
    const grid: Grid = {
      name: 'База наставников',
      values: [
        [1, 'Иванова Анна Петровна', 'Петров Пётр Сергеевич'],
        ['', '', 'Сидорова Мария Ивановна'],
        ['', '', 'Кузнецов Олег Павлович'],
      ],
      merges: [
        { row: 1, column: 1, rows: 3, columns: 1 },
        { row: 1, column: 2, rows: 3, columns: 1 },
      ],
    };
    expect(withMergesFilled(grid).values).toEqual([
      [1, 'Иванова Анна Петровна', 'Петров Пётр Сергеевич'],
      [1, 'Иванова Анна Петровна', 'Сидорова Мария Ивановна'],
      [1, 'Иванова Анна Петровна', 'Кузнецов Олег Павлович'],
    ]);
  });

  it('fills a horizontal title merge and leaves the input untouched', () => {
    const grid: Grid = {
      name: 'СОШ № 1',
      values: [
        ['Мониторинг', '', ''],
        ['Код', 'Показатель', 'Значение'],
      ],
      merges: [{ row: 1, column: 1, rows: 1, columns: 3 }],
    };
    const filled = withMergesFilled(grid);
    expect(filled.values[0]).toEqual(['Мониторинг', 'Мониторинг', 'Мониторинг']);
    expect(grid.values[0]).toEqual(['Мониторинг', '', '']);
    expect(filled.merges).toEqual(grid.merges);
  });

  it('clips merges that reach past the values and ignores merges outside them', () => {
    const grid: Grid = {
      name: 'Лист1',
      values: [
        ['А', ''],
        ['', ''],
      ],
      merges: [
        { row: 1, column: 1, rows: 5, columns: 5 },
        { row: 9, column: 9, rows: 2, columns: 2 },
      ],
    };
    expect(withMergesFilled(grid).values).toEqual([
      ['А', 'А'],
      ['А', 'А'],
    ]);
  });
});

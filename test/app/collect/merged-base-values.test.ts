import { describe, expect, it } from 'vitest';
import { mergeBases } from '../../../src/app/collect/merged-base';
import type { Grid } from '../../../src/core/sheet/grid';
import { BASE_HEADER_ROW } from '../../core/base/base-grid';

const ROW = (n: number, mentor: string) => [
  n,
  mentor,
  'МБОУ «СОШ № 1»',
  'Методика',
  'Конкурс',
  'Сидоров Иван Петрович',
  'педагог — педагог',
  'МБОУ «СОШ № 1»',
];

describe('mergeBases: the values and the extra columns', () => {
  it('keeps text, numbers, booleans and dates as they are, empties as null, anything else as its text', () => {
    const day = new Date(Date.UTC(2025, 8, 1));
    const row = ROW(1, 'Петрова Анна Сергеевна');
    row[3] = true as unknown as string;
    row[4] = day as unknown as string;
    const grid: Grid = {
      name: 'База наставников',
      values: [
        [...BASE_HEADER_ROW, 'Стаж', 'Заметка', 'Пусто'],
        [...row, 12, { toString: () => '  см. приказ  ' }, undefined],
      ],
    };
    const [merged] = mergeBases([{ file: 'a.xlsx', grid }]).rows;
    expect(merged.slice(3, 5)).toEqual([true, day]);
    expect(merged.slice(8)).toEqual([12, 'см. приказ', null]);
  });

  it('puts extra columns in their order on the sheet, one column per header however it is spelled', () => {
    const first: Grid = {
      name: 'База наставников',
      values: [
        ['Контакты', ...BASE_HEADER_ROW, 'Стаж'],
        ['+7 900', ...ROW(1, 'Петрова Анна Сергеевна'), 20],
      ],
    };
    const second: Grid = {
      name: 'База',
      values: [
        [...BASE_HEADER_ROW, 'СТАЖ ', ' контакты'],
        [...ROW(1, 'Орлова Нина Васильевна'), 3, '+7 911'],
      ],
    };
    const merged = mergeBases([
      { file: 'a.xlsx', grid: first },
      { file: 'b.xlsx', grid: second },
    ]);
    expect(merged.extraHeaders).toEqual(['Контакты', 'Стаж']);
    expect(merged.rows.map((row) => row.slice(8))).toEqual([
      ['+7 900', 20],
      ['+7 911', 3],
    ]);
    expect(merged.rows.map((row) => row[0])).toEqual([1, 2]);
  });

  it('skips a sheet with no header of the base, and fills a canonical column a file lacks with null', () => {
    const noHeader: Grid = { name: 'Лист1', values: [['просто текст'], ['ещё']] };
    const withoutForm: Grid = {
      name: 'База наставников',
      values: [
        BASE_HEADER_ROW.filter((_, i) => i !== 6),
        ROW(1, 'Петрова Анна Сергеевна').filter((_, i) => i !== 6),
      ],
    };
    const merged = mergeBases([
      { file: 'a.xlsx', grid: noHeader },
      { file: 'b.xlsx', grid: withoutForm },
    ]);
    expect(merged.files.map((each) => each.file)).toEqual(['b.xlsx']);
    expect(merged.rows).toEqual([
      [
        1,
        'Петрова Анна Сергеевна',
        'МБОУ «СОШ № 1»',
        'Методика',
        'Конкурс',
        'Сидоров Иван Петрович',
        null,
        'МБОУ «СОШ № 1»',
      ],
    ]);
  });

  it('tells rows apart by every field, not by their glued text', () => {
    const a = ROW(1, 'Петрова Анна Сергеевна');
    const b = [...a];
    // Glued together, «Методика» + «Конкурс» and «Методик» + «аКонкурс» read the same.
    b[3] = 'Методик';
    b[4] = 'аКонкурс';
    const merged = mergeBases([
      { file: 'a.xlsx', grid: { name: 'База наставников', values: [BASE_HEADER_ROW, a] } },
      { file: 'b.xlsx', grid: { name: 'База наставников', values: [BASE_HEADER_ROW, b] } },
    ]);
    expect(merged.rows).toHaveLength(2);
  });
});

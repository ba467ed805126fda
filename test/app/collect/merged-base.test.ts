import { describe, expect, it } from 'vitest';
import { mergeBases } from '../../../src/app/collect/merged-base';
import type { Grid } from '../../../src/core/sheet/grid';
import { BASE_HEADER_ROW } from '../../core/base/base-grid';

const HEADER = BASE_HEADER_ROW;
const ROW = (n: number, mentor: string, mentees: string, school = 'МБОУ «СОШ № 1»') => [
  n,
  mentor,
  school,
  'Методика',
  'Конкурс',
  mentees,
  'педагог — педагог',
  school,
];

describe('mergeBases', () => {
  it('puts reordered columns in the template order, keeps extra columns under their headers, and numbers anew', () => {
    // A school that moved «Форма» first and added the federal form's «Контакты».
    const order = [6, 0, 1, 2, 3, 4, 5, 7];
    const reordered: Grid = {
      name: 'База',
      values: [
        ['Контакты', ...order.map((i) => HEADER[i])],
        [
          '+7 912 000-00-00',
          ...order.map((i) => ROW(7, 'Орлова Анна Петровна', 'Белов Олег Игоревич', 'МБОУ «СОШ № 2»')[i]),
        ],
      ],
    };
    const plain: Grid = {
      name: 'База наставников',
      values: [HEADER, ROW(1, 'Петрова Анна Сергеевна', 'Сидоров Иван Петрович')],
    };
    const merged = mergeBases([
      { file: 'a.xlsx', grid: plain },
      { file: 'b.xlsx', grid: reordered },
    ]);
    expect(merged.extraHeaders).toEqual(['Контакты']);
    expect(merged.rows).toEqual([
      [...ROW(1, 'Петрова Анна Сергеевна', 'Сидоров Иван Петрович'), null],
      [...ROW(2, 'Орлова Анна Петровна', 'Белов Олег Игоревич', 'МБОУ «СОШ № 2»'), '+7 912 000-00-00'],
    ]);
    expect(merged.files.map(({ file, taken }) => [file, taken])).toEqual([
      ['a.xlsx', 1],
      ['b.xlsx', 1],
    ]);
  });

  it('fills a mentor merged over the rows of their mentees, and leaves out total, template and blank rows', () => {
    const grid: Grid = {
      name: 'База наставников',
      values: [
        HEADER,
        ROW(1, 'Петрова Анна Сергеевна', 'Сидоров Иван Петрович'),
        ['', '', '', '', '', 'Орлова Мария Андреевна', 'педагог — педагог', 'МБОУ «СОШ № 1»'],
        [3, '', '', '', '', '', '', ''],
        ['', '', '', '', '', '', '', ''],
        ['Итого наставников: 1', '', '', '', '', '', '', ''],
      ],
      merges: [{ row: 2, column: 2, rows: 2, columns: 4 }],
    };
    const merged = mergeBases([{ file: 'a.xlsx', grid }]);
    expect(merged.rows.map((row) => [row[0], row[1], row[5]])).toEqual([
      [1, 'Петрова Анна Сергеевна', 'Сидоров Иван Петрович'],
      [2, 'Петрова Анна Сергеевна', 'Орлова Мария Андреевна'],
    ]);
    expect(merged.files[0]).toMatchObject({ taken: 2, totals: 1, repeated: 0 });
  });

  it('leaves out a row sent again in another file, but keeps a repeat within one file for the check to report', () => {
    const row = ROW(1, 'Петрова Анна Сергеевна', 'Сидоров Иван Петрович');
    const twice: Grid = { name: 'База наставников', values: [HEADER, row, row] };
    const again: Grid = { name: 'База наставников', values: [HEADER, ['5', ...row.slice(1)]] };
    const merged = mergeBases([
      { file: 'a.xlsx', grid: twice },
      { file: 'b.xlsx', grid: again },
    ]);
    expect(merged.rows).toHaveLength(2);
    expect(merged.files.map(({ taken, repeated }) => [taken, repeated])).toEqual([
      [2, 0],
      [0, 1],
    ]);
  });
});

/**
 * An error in a row of «База наставников» that `collect` merged from a school's file is placed, in the
 * letter's appendix, in that file: the merged base carries each row's file and row in a last column, the
 * check hands it to the row's issues, and the appendix names it with the column.
 */
import { describe, expect, it } from 'vitest';
import { mergedBaseSheet } from '../../../src/app/collect/base-sheet';
import { mergeBases } from '../../../src/app/collect/merged-base';
import { BASE_ORIGIN_HEADER } from '../../../src/core/base/base-origin';
import { validateBase } from '../../../src/core/base/validate-base';
import type { TableBlock } from '../../../src/core/documents/doc-model';
import { errorAppendix } from '../../../src/core/documents/letter-errors';
import type { Grid } from '../../../src/core/sheet/grid';
import { BASE_HEADER_ROW } from '../base/base-grid';

const SCHOOL = 'МБОУ «СОШ № 2»';
const row = (n: number, mentor: string) => [
  n,
  mentor,
  SCHOOL,
  'Методика',
  'Конкурс',
  'Белов Олег Игоревич',
  'педагог — педагог',
  SCHOOL,
];

function merged(): Grid {
  const first: Grid = {
    name: 'База наставников',
    values: [BASE_HEADER_ROW, row(1, 'Петрова Анна Сергеевна')],
  };
  // The second school's base has a title row, so its rows are one lower than in the merged base.
  const second: Grid = {
    name: 'База',
    values: [
      ['База наставников МБОУ «СОШ № 2»'],
      BASE_HEADER_ROW,
      row(1, 'Орлова Анна Петровна'),
      row(2, 'Сoколова Мария Ивановна'),
    ],
  };
  const base = mergeBases([
    { file: 'входящие/01 СОШ 1.xlsx', grid: first },
    { file: 'входящие/02 СОШ 2.xlsx', grid: second },
  ]);
  expect(base.origins).toEqual([
    'файл «01 СОШ 1.xlsx», лист «База наставников», строка 2',
    'файл «02 СОШ 2.xlsx», лист «База», строка 3',
    'файл «02 СОШ 2.xlsx», лист «База», строка 4',
  ]);
  const model = mergedBaseSheet(base);
  return { name: model.name, values: model.cells.map((cells) => cells.map((cell) => cell.value ?? null)) };
}

describe('the origin of a merged base row', () => {
  it('is the last column of the merged base, not reported as an extra column', () => {
    const grid = merged();
    expect(grid.values[0].at(-1)).toBe(BASE_ORIGIN_HEADER);
    const { issues } = validateBase(grid);
    expect(issues.map((issue) => issue.code)).not.toContain('header/extra-column');
  });

  it('places an error of the base in the school’s own file in the letter’s appendix', () => {
    const { issues } = validateBase(merged());
    const latin = issues.find((issue) => issue.code === 'fio/mixed-script');
    expect(latin?.cell).toBe('B4');
    expect(latin?.params).toMatchObject({ origin: 'файл «02 СОШ 2.xlsx», лист «База», строка 4' });
    const table = errorAppendix('СОШ № 2', [latin!]).find(
      (block): block is TableBlock => block.kind === 'table',
    );
    expect(table?.rows[1][1]).toBe('файл «02 СОШ 2.xlsx», лист «База», строка 4, столбец «Ф.И.О наставника»');
    expect(table?.rows[1].join(' ')).not.toContain('Сoколова');
  });
});

import { describe, expect, it } from 'vitest';
import { checkBlankRows, checkDuplicatePairs, checkNumbering } from '../../../src/core/base/cross-rules';

const SHEET = 'База наставников';

describe('blank rows at the very top of the base', () => {
  it('are reported like any other run with data below', () => {
    const issues = checkBlankRows(SHEET, 3, ['blank', 'blank', 'data']);
    expect(issues.map((issue) => [issue.cell, issue.message, issue.params.last])).toEqual([
      ['A3', 'Строки 3–4 пустые (2 строки), а ниже есть записи', 4],
    ]);
  });

  it('are reported when the first row alone is blank', () => {
    const issues = checkBlankRows(SHEET, 3, ['blank', 'data', 'data']);
    expect(issues.map((issue) => [issue.cell, issue.params.last])).toEqual([['A3', 3]]);
  });

  it('are not reported when nothing but blank and template rows follow', () => {
    expect(checkBlankRows(SHEET, 3, ['blank', 'template', 'blank'])).toEqual([]);
  });
});

describe('what the base checks hand on with each issue', () => {
  it('a gap: the number found and the one expected', () => {
    const issues = checkNumbering(SHEET, { column: 1, firstRow: 3, values: [1, 2, 5] });
    expect(issues.map((issue) => [issue.cell, issue.params])).toEqual([['A5', { value: 5, expected: 3 }]]);
  });

  it('a repeated number: its text and the cell of its first use', () => {
    const issues = checkNumbering(SHEET, { column: 1, firstRow: 3, values: [1, ' 2 ', 2] });
    expect(issues.map((issue) => [issue.cell, issue.params])).toEqual([['A5', { value: '2', first: 'A4' }]]);
  });

  it('a repeated pair: the mentor, the mentee and the cell of the first', () => {
    const issues = checkDuplicatePairs(
      SHEET,
      { column: 2, firstRow: 3, values: ['Иванова Анна Петровна', 'Иванова Анна Петровна'] },
      {
        column: 6,
        firstRow: 3,
        values: ['Петров Пётр Сергеевич', 'Сидорова Мария Ивановна; петров пётр сергеевич'],
      },
    );
    expect(issues.map((issue) => [issue.cell, issue.params])).toEqual([
      [
        'F4',
        {
          value: 'Сидорова Мария Ивановна; петров пётр сергеевич',
          mentor: 'Иванова Анна Петровна',
          mentee: 'петров пётр сергеевич',
          first: 'F3',
        },
      ],
    ]);
  });
});

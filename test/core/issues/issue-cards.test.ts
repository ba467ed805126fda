import { describe, expect, it } from 'vitest';
import { collapseUnstartedTabs, groupByCell, problemText } from '../../../src/core/issues/issue-cards';
import { createIssue, type Issue } from '../../../src/core/issues/issue';

const at = (sheet: string, row: number, column: number) => ({ sheet, row, column });

describe('problemText', () => {
  it('drops the address a card shows on its button and starts with the problem', () => {
    expect(problemText('В ячейке B3 «Петрoва»: в ФИО есть латинские буквы')).toBe(
      'В ФИО есть латинские буквы.',
    );
    expect(problemText('В ячейке C3 "СОШ 2": такой ОО нет в списке')).toBe('Такой ОО нет в списке.');
    expect(problemText('В ячейке C3 «МБОУ „СОШ № 2“»: такой ОО нет в списке.')).toBe(
      'Такой ОО нет в списке.',
    );
    expect(problemText('В ячейке D7 не указан ID показателя; строка не учитывается')).toBe(
      'Не указан ID показателя; строка не учитывается.',
    );
  });

  it('leaves a message without an address as it is, with a full stop', () => {
    expect(problemText('В таблице нет обязательного столбца «Место работы»')).toBe(
      'В таблице нет обязательного столбца «Место работы».',
    );
  });
});

describe('groupByCell', () => {
  it('makes one card of the issues of one cell, the worst first, cells in order of their first issue', () => {
    const info = createIssue('fio/case', at('База', 3, 6), { message: 'регистр' });
    const error = createIssue('pair/self', at('База', 3, 6), { message: 'сам себе' });
    const other = createIssue('fio/format', at('База', 4, 2), { message: 'формат' });
    const cards = groupByCell([info, other, error]);
    expect(cards.map((card) => card.map((issue) => issue.code))).toEqual([
      ['pair/self', 'fio/case'],
      ['fio/format'],
    ]);
  });
});

describe('collapseUnstartedTabs', () => {
  const empty = (sheet: string, row: number): Issue =>
    createIssue('cell/required', at(sheet, row, 5), { message: `Ячейка E${row} не заполнена` });

  it('makes one issue of a school tab whose every issue is an empty required value', () => {
    const issues = [empty('СОШ № 1', 6), empty('СОШ № 1', 7), empty('СОШ № 1', 8), empty('СОШ № 2', 6)];
    const after = collapseUnstartedTabs(issues, ['СОШ № 1', 'СОШ № 2']);
    expect(after).toHaveLength(2);
    expect(after[0]).toMatchObject({ sheet: 'СОШ № 1', cell: 'E6', severity: 'error' });
    expect(after[0].message).toContain('Пустых обязательных ячеек: 3');
    // One empty value on a tab being filled stays a cell of its own.
    expect(after[1]).toBe(issues[3]);
  });

  it('keeps the cells of a started tab, and of a sheet that is not a school tab', () => {
    const started = [
      empty('СОШ № 1', 6),
      empty('СОШ № 1', 7),
      createIssue('value/not-integer', at('СОШ № 1', 9, 5), { message: 'дробь' }),
    ];
    expect(collapseUnstartedTabs(started, ['СОШ № 1'])).toEqual(started);
    const base = [empty('База', 3), empty('База', 4)];
    expect(collapseUnstartedTabs(base, ['СОШ № 1'])).toEqual(base);
  });
});

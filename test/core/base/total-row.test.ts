import { describe, expect, it } from 'vitest';
import { validateBase } from '../../../src/core/base/validate-base';
import { baseGrid, rowWith } from './base-grid';

const codes = (rows: unknown[][]) =>
  validateBase(baseGrid(rows)).issues.map((issue) => [issue.code, issue.cell, issue.severity]);

describe('a total row typed with spaces around «Итого»', () => {
  it.each(['   Итого:', '\u00a0Итого наставников: 2', ' ВСЕГО ', '\tИтого'])(
    '«%s» is a total row, not a mentor',
    (total) => {
      const rows = [
        rowWith({}, 1),
        rowWith({ 5: 'Сидорова Анна Ивановна' }, 2),
        ['', total, '', '', '', '', '', ''],
      ];
      const result = validateBase(baseGrid(rows));
      expect(result.entries.map((entry) => entry.row)).toEqual([3, 4]);
      expect(codes(rows)).toEqual([['row/total', 'B5', 'info']]);
    },
  );

  it('with a number before it, still counts nobody', () => {
    const rows = [rowWith({}, 1), [2, '  Итого:', 1, '', '', '', '', '']];
    expect(validateBase(baseGrid(rows)).entries.map((entry) => entry.row)).toEqual([3]);
    expect(codes(rows)).toEqual([['row/total', 'B4', 'info']]);
  });

  it('a mentor whose name only starts like it is still a mentor', () => {
    const rows = [rowWith({ 1: '  Всеволодова Анна Ивановна' }, 1)];
    expect(validateBase(baseGrid(rows)).entries.map((entry) => entry.row)).toEqual([3]);
  });
});

import { describe, expect, it } from 'vitest';
import type { Issue } from '../../../src/core/issues/issue';
import type { Merge } from '../../../src/core/sheet/grid';
import { checkBaseRows, rowWith } from './base-grid';

/** Issues of the data rows (from row 3) of a base with these rows, some cells merged. */
const check = (rows: unknown[][], merges?: readonly Merge[]): Issue[] =>
  checkBaseRows(rows, undefined, merges);

const brief = (issues: readonly Issue[]): string[] =>
  issues.map((issue) => `${issue.cell} ${issue.code} ${issue.severity}`);

describe('«№ п/п» with a letter typed for a digit', () => {
  it('warns, names the letter and offers the number meant', () => {
    const [latin] = check([rowWith({ 0: '1O' })]);
    expect(latin).toMatchObject({
      code: 'value/letter-for-digit',
      severity: 'warning',
      cell: 'A3',
      message: 'В ячейке A3 «1O»: латинская буква «O» вместо цифры 0',
      fix: { value: 10, label: 'Заменить на «10»' },
      params: { value: '1O', expected: 'number' },
    });
    const [cyrillic] = check([rowWith({ 0: '1З' })]);
    expect(cyrillic).toMatchObject({
      code: 'value/letter-for-digit',
      message: 'В ячейке A3 «1З»: русская буква «З» вместо цифры 3',
      fix: { value: 13 },
    });
  });
});

describe('spacing of names', () => {
  it('takes line breaks typed in Windows (\\r\\n) between mentees for plain line breaks', () => {
    expect(check([rowWith({ 5: 'Петров Пётр Сергеевич\r\nСидорова Мария Ивановна' })])).toEqual([]);
  });

  it('offers to remove the spaces around the hyphen of a double surname', () => {
    const issues = check([rowWith({ 1: 'Петрова - Водкина Анна Сергеевна' })]);
    expect(brief(issues)).toEqual(['B3 cell/whitespace info']);
    expect(issues[0].fix?.value).toBe('Петрова-Водкина Анна Сергеевна');
  });
});

describe('people in a cell', () => {
  it('does not look for self-mentoring when the mentor cell lists several people', () => {
    const issues = check([
      rowWith({ 1: 'Иванова Анна Петровна; Петров Пётр Сергеевич', 5: 'Иванова Анна Петровна' }),
    ]);
    expect(brief(issues)).toEqual(['B3 fio/format error']);
    expect(issues[0].params.expected).toBe('one-person');
  });

  it('names every mentee whose name is one word', () => {
    const issues = check([rowWith({ 5: 'Петров; Сидоров' })]);
    expect(brief(issues)).toEqual(['F3 fio/format error']);
    expect(issues[0].message).toBe(
      'В ячейке F3 «Петров; Сидоров»: в ФИО наставляемых «Петров», «Сидоров» одно слово, а нужны фамилия, имя и отчество',
    );
  });
});

describe('cells of the wrong kind', () => {
  it('warns about a checkbox in «Место работы», a free-text column', () => {
    const issues = check([rowWith({ 2: true })]);
    expect(brief(issues)).toEqual(['C3 cell/type warning']);
    expect(issues[0].message).toContain('флажок');
  });

  it('reports a formula error merged over two rows once, at its first row', () => {
    const rows = [rowWith({ 3: '#REF!' }), rowWith({ 3: '#REF!' }, 2)];
    const issues = check(rows, [{ row: 3, column: 4, rows: 2, columns: 1 }]);
    expect(brief(issues)).toEqual(['D3 cell/formula-error error']);
  });
});

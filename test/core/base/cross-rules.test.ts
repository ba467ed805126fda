import { describe, it, expect } from 'vitest';
import { checkBlankRows, checkDuplicatePairs, checkNumbering } from '../../../src/core/base/cross-rules';
import type { Issue } from '../../../src/core/issues/issue';
import { createPeopleReader } from '../../../src/core/base/people-reader';

const SHEET = 'База наставников';
const brief = (issues: readonly Issue[]): string[] =>
  issues.map((issue) => `${issue.cell} ${issue.code} ${issue.severity}`);

describe('checkNumbering', () => {
  const numbers = (values: unknown[]) => checkNumbering(SHEET, { column: 1, firstRow: 3, values });

  it('is silent for 1, 2, 3… with empty and invalid cells skipped', () => {
    expect(numbers([1, 2, '3', '', 4, '5.', 'x', 6])).toEqual([]);
  });

  it('warns about a missing number at the row after the gap', () => {
    const issues = numbers([1, 2, 4, 5, 9]);
    expect(brief(issues)).toEqual(['A5 seq/gap warning', 'A7 seq/gap warning']);
    expect(issues[0].message).toBe('В ячейке A5 «4»: пропущен номер 3');
    expect(issues[1].message).toBe('В ячейке A7 «9»: пропущены номера с 6 по 8');
  });

  it('warns when the numbering does not start at 1', () => {
    expect(numbers([3, 4]).map((issue) => issue.message)).toEqual([
      'В ячейке A3 «3»: пропущены номера 1 и 2',
    ]);
  });

  it('warns about a repeated number at the later row, naming the first', () => {
    const issues = numbers([1, 2, 2, 3, 2]);
    expect(brief(issues)).toEqual(['A5 seq/duplicate warning', 'A7 seq/duplicate warning']);
    expect(issues[0].message).toBe('В ячейке A5 «2»: номер 2 уже есть в строке 4');
  });

  it('does not mind rows out of order', () => {
    expect(numbers([2, 1, 4, 3])).toEqual([]);
  });

  it('handles a huge number without walking the gap', () => {
    expect(numbers([1, 1_000_000_000]).map((issue) => issue.message)).toEqual([
      'В ячейке A4 «1000000000»: пропущены номера с 2 по 999999999',
    ]);
  });
});

describe('checkDuplicatePairs', () => {
  const pairs = (mentors: unknown[], mentees: unknown[]) =>
    checkDuplicatePairs(
      SHEET,
      { column: 2, firstRow: 3, values: mentors },
      { column: 6, firstRow: 3, values: mentees },
    );

  it('warns about the same pair twice at the later row, naming the earlier one', () => {
    const issues = pairs(
      ['Иванова Анна Петровна', 'Петров Пётр Сергеевич', 'ИВАНОВА Анна Петровна'],
      [
        'Сидорова Мария Ивановна; Кузнецов Олег Павлович',
        'Сидорова Мария Ивановна',
        'Орлов Игорь Юрьевич\nсидорова мария ивановна',
      ],
    );
    expect(brief(issues)).toEqual(['F5 row/duplicate warning']);
    expect(issues[0].message).toBe(
      'В ячейке F5 «Орлов Игорь Юрьевич / сидорова мария ивановна»: пара «ИВАНОВА Анна Петровна — сидорова мария ивановна» уже есть в строке 3',
    );
  });

  it('looks only at the pairs of the mentors asked for, finding theirs exactly as in a full check', () => {
    const people = createPeopleReader();
    const mentors = [
      'Иванова Анна Петровна',
      'Петров Пётр Сергеевич',
      'Петров Пётр Сергеевич',
      'Иванова Анна Петровна',
    ];
    const mentees = [
      'Сидорова Мария Ивановна',
      'Орлов Игорь Юрьевич',
      'Орлов Игорь Юрьевич',
      'Сидорова Мария Ивановна',
    ];
    const only = (name: string) =>
      checkDuplicatePairs(
        SHEET,
        { column: 2, firstRow: 3, values: mentors },
        { column: 6, firstRow: 3, values: mentees },
        { people, onlyMentors: new Set([people.key(name)]) },
      );
    expect(brief(pairs(mentors, mentees))).toEqual(['F5 row/duplicate warning', 'F6 row/duplicate warning']);
    expect(brief(only('иванова анна петровна'))).toEqual(['F6 row/duplicate warning']);
    expect(brief(only('Петров Пётр Сергеевич'))).toEqual(['F5 row/duplicate warning']);
    expect(only('Смирнова Анна Сергеевна')).toEqual([]);
  });

  it('allows several mentors per mentee and several mentees per mentor', () => {
    expect(
      pairs(
        ['Иванова Анна Петровна', 'Петров Пётр Сергеевич', 'Иванова Анна Петровна'],
        ['Сидорова Мария Ивановна', 'Сидорова Мария Ивановна', 'Кузнецов Олег Павлович'],
      ),
    ).toEqual([]);
  });

  it('notices a mentee written twice in one cell', () => {
    const issues = pairs(['Иванова Анна Петровна'], ['Сидорова Мария Ивановна; Сидорова Мария Ивановна']);
    expect(issues[0].message).toContain('указана в этой ячейке дважды');
  });

  it('skips rows without exactly one mentor and cells that are not text', () => {
    expect(
      pairs(
        ['', 'Иванова Анна; Петров Пётр', 42, '#REF!'],
        ['Сидорова Мария', 'Сидорова Мария', 'Сидорова Мария', 'Сидорова Мария'],
      ),
    ).toEqual([]);
  });
});

describe('checkBlankRows', () => {
  it('reports each run of blank rows that has data below it, once', () => {
    const issues = checkBlankRows(SHEET, 3, [
      'data',
      'blank',
      'blank',
      'data',
      'template',
      'blank',
      'data',
      'blank',
      'blank',
    ]);
    expect(brief(issues)).toEqual(['A4 row/blank info', 'A8 row/blank info']);
    expect(issues.map((issue) => issue.message)).toEqual([
      'Строки 4–5 пустые (2 строки), а ниже есть записи',
      'Строка 8 пустая, а ниже есть записи',
    ]);
  });

  it('is silent about blank rows at the end', () => {
    expect(checkBlankRows(SHEET, 3, ['data', 'blank', 'template', 'blank'])).toEqual([]);
  });
});

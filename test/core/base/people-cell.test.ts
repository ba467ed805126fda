import { describe, it, expect } from 'vitest';
import { parsePeopleCell } from '../../../src/core/base/people-cell';

describe('parsePeopleCell', () => {
  it.each([
    ['Петров Пётр Сергеевич', ['Петров Пётр Сергеевич']],
    ['Петров Пётр; Сидорова Мария', ['Петров Пётр', 'Сидорова Мария']],
    ['Петров Пётр, Сидорова Мария', ['Петров Пётр', 'Сидорова Мария']],
    ['Петров Пётр\nСидорова Мария\r\nКузнецов Олег', ['Петров Пётр', 'Сидорова Мария', 'Кузнецов Олег']],
    ['1. Петров Пётр\n2) Сидорова Мария', ['Петров Пётр', 'Сидорова Мария']],
    ['  Петров   Пётр ;; ', ['Петров Пётр']],
    [';', []],
  ])('%j → %j', (text, names) => {
    expect(parsePeopleCell(text).names).toEqual(names);
  });

  it('writes the cell back with names replaced and its separators kept', () => {
    const cell = parsePeopleCell('петров пётр;  сидорова мария\n1. кузнецов олег');
    expect(cell.rebuild(['Петров Пётр', 'Сидорова Мария', 'Кузнецов Олег'])).toBe(
      'Петров Пётр; Сидорова Мария\n1. Кузнецов Олег',
    );
  });

  it('tidies spaces around separators but adds none', () => {
    const cell = parsePeopleCell(' Петров Пётр ,Сидорова Мария ; ');
    expect(cell.rebuild(cell.names)).toBe('Петров Пётр,Сидорова Мария;');
  });
});

import { describe, it, expect } from 'vitest';
import { checkFio, personKey } from '../../../src/core/base/fio';

describe('checkFio', () => {
  it.each([
    'Иванова Анна Петровна',
    'Петров Пётр',
    'Петрова-Водкина Анна Сергеевна',
    'Ёлкина Алёна Юрьевна',
    'Алиев Рашид Гусейн оглы',
    'Салтыков-Щедрин Михаил Евграфович',
  ])('accepts %j', (name) => {
    expect(checkFio(name)).toEqual({ problems: [], cleaned: name });
  });

  it.each([
    'Иванов И.И.',
    'Иванов И. И.',
    'Иванов И.И',
    'И.И. Иванов',
    'И.И.Иванов',
    'Иванов И',
    'Иванова Анна П.',
  ])('%j has only initials', (name) => {
    expect(checkFio(name).problems).toEqual([{ kind: 'initials' }]);
  });

  it.each([
    ['Ivanova Anna', 'latin'],
    ['Иванова Anna', 'latin'],
    ['Иванова Анна 1985', 'digits'],
    ['Иванова Анна (учитель)', 'symbols'],
    ['Иванова Анна.', 'symbols'],
    ['Иванова', 'one-word'],
    ['Иванова Анна Петровна Сидорова Мария', 'too-many-words'],
    ['Иванова Анна-', 'hyphen'],
  ])('%j is not a full name: %s', (name, reason) => {
    expect(checkFio(name).problems).toEqual([{ kind: 'format', reason }]);
  });

  it('finds Latin look-alikes and proposes the Cyrillic-only name', () => {
    expect(checkFio('Ивaнoвa Анна')).toEqual({
      problems: [{ kind: 'mixed-script', fixed: 'Иванова Анна' }],
      cleaned: 'Иванова Анна',
    });
    expect(checkFio('Иванова AHHA').problems).toEqual([
      { kind: 'mixed-script', fixed: 'Иванова АННА' },
      { kind: 'case', fixed: 'Иванова Анна' },
    ]);
  });

  it('reports look-alikes without a fix when a Latin letter has no Cyrillic twin', () => {
    expect(checkFio('Ивaнoвa Аnnа')).toEqual({
      problems: [{ kind: 'mixed-script', fixed: null }],
      cleaned: 'Ивaнoвa Аnnа',
    });
  });

  it.each([
    ['иванова анна петровна', 'Иванова Анна Петровна'],
    ['ИВАНОВА АННА ПЕТРОВНА', 'Иванова Анна Петровна'],
    ['петрова-водкина анна', 'Петрова-Водкина Анна'],
    ['Иванова анна', 'Иванова Анна'],
    ['алиев рашид гусейн оглы', 'Алиев Рашид Гусейн оглы'],
  ])('fixes the capitalisation of %j', (name, fixed) => {
    expect(checkFio(name)).toEqual({ problems: [{ kind: 'case', fixed }], cleaned: fixed });
  });

  it('closes up spaces around a hyphen without calling it a problem', () => {
    expect(checkFio('Петрова - Водкина Анна')).toEqual({ problems: [], cleaned: 'Петрова-Водкина Анна' });
  });
});

describe('personKey', () => {
  it('matches one person however the name is typed', () => {
    const key = personKey('Семёнова Анна Петровна');
    expect(key).toBe('семенова анна петровна');
    for (const typed of [
      'СЕМЕНОВА АННА ПЕТРОВНА',
      ' Семёнова  Анна\u00a0Петровна ',
      'Ceмёнoвa Анна Петровна',
    ])
      expect(personKey(typed)).toBe(key);
    expect(personKey('Петрова – Водкина Анна')).toBe(personKey('Петрова-Водкина Анна'));
  });

  it('keeps different people apart', () => {
    expect(personKey('Иванова Анна Петровна')).not.toBe(personKey('Иванова Анна Павловна'));
  });
});

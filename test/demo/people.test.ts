import { describe, expect, it } from 'vitest';
import { feminine, fullName, randomPerson, withInitials } from '../../src/demo/people';
import { createRandom } from '../../src/demo/random';

describe('feminine', () => {
  it('agrees surnames with a woman’s name', () => {
    expect(feminine('Кузнецов')).toBe('Кузнецова');
    expect(feminine('Соловьёв')).toBe('Соловьёва');
    expect(feminine('Никитин')).toBe('Никитина');
    expect(feminine('Троицкий')).toBe('Троицкая');
    expect(feminine('Вознесенский')).toBe('Вознесенская');
    expect(feminine('Шевченко')).toBe('Шевченко');
    expect(feminine('Черных')).toBe('Черных');
  });
});

describe('randomPerson', () => {
  it('gives a man a masculine patronymic and a woman a feminine one', () => {
    const random = createRandom(7);
    for (let i = 0; i < 200; i++) {
      const man = randomPerson(random, 'male');
      const woman = randomPerson(random, 'female');
      expect(man.patronymic).toMatch(/ич$/);
      expect(woman.patronymic).toMatch(/на$/);
      expect(fullName(woman).split(' ')).toHaveLength(3);
    }
  });

  it('writes initials the way they are typed in real bases', () => {
    expect(
      withInitials({ surname: 'Комарова', name: 'Полина', patronymic: 'Юрьевна', gender: 'female' }),
    ).toBe('Комарова П.Ю.');
  });
});

describe('createRandom', () => {
  it('repeats its sequence for a seed and stays within bounds', () => {
    const a = createRandom(2025);
    const b = createRandom(2025);
    const first = Array.from({ length: 50 }, () => a.int(1, 6));
    expect(Array.from({ length: 50 }, () => b.int(1, 6))).toEqual(first);
    expect(first.every((n) => n >= 1 && n <= 6)).toBe(true);
    expect(new Set(first).size).toBeGreaterThan(3);
  });
});

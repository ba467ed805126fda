import { describe, expect, it } from 'vitest';
import { hasLookAlikes, schoolNameMatcher } from '../../../src/core/roster/school-name-match';

const FULL_9 =
  'Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 9»';
const SOSH_4 = 'МБОУ «Средняя общеобразовательная школа № 4 с углублённым изучением отдельных предметов»';
const GYMNASIUM = 'МАОУ «Гимназия № 2»';
const LAKE = 'МКОУ «Озёрная ООШ»';
const SOSH_1 = 'МБОУ «СОШ № 1»';
const PUSHKIN_3 = 'МБОУ «СОШ № 3 им. А. С. Пушкина»';
const LYCEUM_7 = 'Муниципальное автономное общеобразовательное учреждение «Лицей № 7 им. А. С. Пушкина»';
const BIRCH = 'МКОУ «Берёзовская ООШ»';
const SOSH_15 = 'МБОУ «СОШ № 15»';
const ROSTER = [FULL_9, SOSH_4, GYMNASIUM, LAKE, SOSH_1, PUSHKIN_3, LYCEUM_7, BIRCH, SOSH_15];

const match = schoolNameMatcher(ROSTER);

describe('schoolNameMatcher', () => {
  it.each([
    ['МБОУ «СОШ № 1»', SOSH_1],
    ['мбоу "сош №1"', SOSH_1],
    ['МБОУ “СОШ  № 1”', SOSH_1],
    ['МКОУ «Озерная ООШ»', LAKE],
  ])('takes %j for the reference’s own name', (typed, name) => {
    expect(match(typed)).toEqual({ kind: 'same', name });
  });

  it.each([
    ['МБОУ СОШ № 9', FULL_9],
    ['СОШ №9', FULL_9],
    ['СОШ №4', SOSH_4],
    ['МБОУ СОШ 4', SOSH_4],
    ['Гимназия', GYMNASIUM],
    ['гимназия №2', GYMNASIUM],
    ['Озёрная ООШ', LAKE],
    ['Озерная основная общеобразовательная школа', LAKE],
    ['МБОУ «СОШ № 3»', PUSHKIN_3],
    ['СОШ № 3 имени Пушкина', PUSHKIN_3],
    ['МАОУ «Лицей №7 им. А.С. Пушкина»', LYCEUM_7],
    ['Лицей 7', LYCEUM_7],
    ['Берёзовская основная общеобразовательная школа', BIRCH],
    ['МКОУ Берёзоская ООШ', BIRCH],
    ['СОШ 15', SOSH_15],
    ['Средняя школа № 15', SOSH_15],
    ['МБОУ СШ № 15', SOSH_15],
  ])('fits %j to the one school it means', (typed, name) => {
    expect(match(typed)).toEqual({ kind: 'fits', name, lookAlike: false });
  });

  it('fits a name typed with Latin look-alikes, saying so, even when it is otherwise the same', () => {
    // «COШ» with the Latin C and O.
    expect(match('МБОУ «COШ № 1»')).toEqual({ kind: 'fits', name: SOSH_1, lookAlike: true });
    expect(match('MБOУ COШ 15')).toEqual({ kind: 'fits', name: SOSH_15, lookAlike: true });
  });

  it('fits no school when two or more fit, and says which', () => {
    expect(match('СОШ')).toEqual({ kind: 'several', names: [FULL_9, SOSH_4, SOSH_1, PUSHKIN_3, SOSH_15] });
    expect(match('ООШ')).toEqual({ kind: 'several', names: [LAKE, BIRCH] });
    const twoThrees = schoolNameMatcher([
      'МБОУ «СОШ № 3 им. А. С. Пушкина»',
      'МКОУ «СОШ № 3 им. М. Ю. Лермонтова»',
    ]);
    expect(twoThrees('СОШ № 3')).toEqual({
      kind: 'several',
      names: ['МБОУ «СОШ № 3 им. А. С. Пушкина»', 'МКОУ «СОШ № 3 им. М. Ю. Лермонтова»'],
    });
    expect(twoThrees('СОШ № 3 им. Лермонтова')).toMatchObject({
      kind: 'fits',
      name: 'МКОУ «СОШ № 3 им. М. Ю. Лермонтова»',
    });
  });

  it.each(['СОШ № 55', 'МБОУ «Гимназия № 5»', 'Школа', 'Лицей № 9', '', '   '])(
    'fits nothing for %j',
    (typed) => {
      expect(match(typed)).toEqual({ kind: 'none' });
    },
  );

  it('never confuses numbers one digit apart', () => {
    expect(match('СОШ № 1')).toMatchObject({ name: SOSH_1 });
    expect(match('СОШ № 5')).toEqual({ kind: 'none' });
  });

  it('takes each reference school once, the first spelling kept', () => {
    const twice = schoolNameMatcher(['МБОУ «СОШ № 1»', 'мбоу "сош № 1"', 'МБОУ «СОШ № 2»']);
    expect(twice('СОШ 1')).toEqual({ kind: 'fits', name: 'МБОУ «СОШ № 1»', lookAlike: false });
  });
});

describe('hasLookAlikes', () => {
  it('finds Latin letters inside Russian words only', () => {
    expect(hasLookAlikes('МБОУ «COШ № 1»')).toBe(true);
    expect(hasLookAlikes('МБОУ «СОШ № 1»')).toBe(false);
    expect(hasLookAlikes('МАОУ «IT-лицей»')).toBe(false);
  });
});

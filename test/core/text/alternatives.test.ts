import { describe, expect, it } from 'vitest';
import { writeOutAlternatives } from '../../../src/core/text/alternatives';

describe('writeOutAlternatives: no «/» and no «(ы)» (RUSSIAN.md § 4)', () => {
  it.each([
    [
      'Приказ(ы) о закреплении наставнических пар/групп',
      'Приказ (приказы) о закреплении наставнических пар (групп)',
    ],
    ['Наставнические пары/группы по приказу', 'Наставнические пары (группы) по приказу'],
    ['приказ(ы)', 'приказ (приказы)'],
    ['группа(ы)', 'группа (группы)'],
    ['педагог(и)', 'педагог (педагоги)'],
    ['учитель(я)', 'учитель (учителя)'],
    ['и/или', 'и (или)'],
  ])('«%s» → «%s»', (text, expected) => {
    expect(writeOutAlternatives(text)).toBe(expected);
  });

  it.each([
    // Numbers, formulas, addresses and brackets with a space are not alternatives.
    '2025/2026 учебный год',
    'Σ числителей / Σ знаменателей',
    'ошибка #ДЕЛ/0!',
    'https://сайт.рф/наставничество/новости',
    'школа.рф/новости',
    'приказ (приказы) о закреплении пар (групп)',
    'раздел 6 (пункт 8)',
    'E-mail: mentor/school@mail.ru',
    // Abbreviations of single letters, and an abbreviation's plural, which is not an ending.
    'столбец «№ п/п»',
    // Not a noun with its plural ending: left as typed, never a word that does not exist.
    'Ф.И.О. наставляемого(ых)',
    'который(е)',
    'в/ч 1234',
    'КПК(и)',
  ])('leaves «%s» as it is', (text) => {
    expect(writeOutAlternatives(text)).toBe(text);
  });
});

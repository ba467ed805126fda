import { describe, expect, it } from 'vitest';
import { resolveTerm } from '../../../src/core/recommendations/deadline';

const nb = (text: string) =>
  text.replace(/ (?=г\.)/g, '\u00a0').replace(/(\d) (?=[а-я]+ \d{4})/g, '$1\u00a0');
const day = (year: number, month: number, date: number) => ({ year, month, day: date });

describe('resolveTerm', () => {
  it('turns a period into the date it ends on, or the first working day after it', () => {
    // 2 and 4 January are holidays (Art. 112), 9–10 January 2027 a weekend.
    expect(resolveTerm('в течение месяца', day(2026, 12, 2))).toBe(nb('до 11 января 2027 г.'));
    expect(resolveTerm('в течение недели', day(2026, 12, 28))).toBe(nb('до 11 января 2027 г.'));
    // 28 February 2027 is a Sunday; 5 December 2026 a Saturday.
    expect(resolveTerm('в течение месяца', day(2027, 1, 31))).toBe(nb('до 1 марта 2027 г.'));
    expect(resolveTerm('в течение 10 дней', day(2026, 11, 25))).toBe(nb('до 7 декабря 2026 г.'));
    expect(resolveTerm('в течение 10 дней', day(2026, 11, 26))).toBe(nb('до 7 декабря 2026 г.'));
    expect(resolveTerm('в течение 10 дней', day(2026, 11, 27))).toBe(nb('до 7 декабря 2026 г.'));
    expect(resolveTerm('в течение 10 дней', day(2026, 11, 28))).toBe(nb('до 8 декабря 2026 г.'));
  });

  it('gives «до 20 декабря» this year\u2019s date until it has passed, then next year\u2019s', () => {
    // 20 December 2026 is a Sunday: the term is the Monday after it.
    expect(resolveTerm('до 20 декабря', day(2026, 12, 2))).toBe(nb('до 21 декабря 2026 г.'));
    expect(resolveTerm('до 20 декабря', day(2026, 12, 20))).toBe(nb('до 21 декабря 2026 г.'));
    expect(resolveTerm('до 20 декабря', day(2026, 12, 21))).toBe(nb('до 20 декабря 2027 г.'));
    expect(resolveTerm('до 17 декабря', day(2026, 12, 17))).toBe(nb('до 17 декабря 2026 г.'));
    expect(resolveTerm('до 17 декабря', day(2026, 12, 18))).toBe(nb('до 17 декабря 2027 г.'));
  });

  it('moves «20–25 ноября» to next year after 25 November', () => {
    expect(resolveTerm('20–25 ноября текущего года', day(2026, 10, 1))).toBe(nb('20–25 ноября 2026 г.'));
    expect(resolveTerm('20–25 ноября текущего года', day(2026, 11, 26))).toBe(nb('20–25 ноября 2027 г.'));
  });

  it('gives «январь–февраль» the first year in which those months are not over', () => {
    expect(resolveTerm('январь – февраль следующего года', day(2026, 12, 2))).toBe(
      nb('январь–февраль 2027 г.'),
    );
    expect(resolveTerm('январь–февраль', day(2027, 2, 10))).toBe(nb('январь–февраль 2027 г.'));
    expect(resolveTerm('январь–февраль', day(2027, 3, 1))).toBe(nb('январь–февраль 2028 г.'));
  });

  it('leaves the coordinator\u2019s own wording as written', () => {
    expect(resolveTerm('ежемесячно', day(2026, 12, 2))).toBe('ежемесячно');
    expect(resolveTerm('к заседанию методсовета', day(2026, 12, 2))).toBe('к заседанию методсовета');
    expect(resolveTerm('до 40 декабря', day(2026, 12, 2))).toBe('до 40 декабря');
  });
});

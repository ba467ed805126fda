import { describe, expect, it } from 'vitest';
import { calendarDayOf, resolveTerm } from '../../../src/core/recommendations/deadline';
import { isStage, stageLabel, stageNumber } from '../../../src/core/recommendations/stages';

const NBSP = '\u00a0';
const day = (year: number, month: number, date: number) => ({ year, month, day: date });
const by = (d: number, month: string, year: number) => `до ${d}${NBSP}${month} ${year}${NBSP}г.`;

describe('resolveTerm: every period the templates use', () => {
  const today = day(2026, 11, 25);

  it.each([
    ['в течение недели', by(2, 'декабря', 2026)],
    ['в течение двух недель', by(9, 'декабря', 2026)],
    ['в течение месяца', by(25, 'декабря', 2026)],
    ['в течение двух месяцев', by(25, 'января', 2027)],
    ['в течение 1 день', by(26, 'ноября', 2026)],
    // 28–29 November 2026 are a weekend; 4 January a holiday, 9–10 January 2027 a weekend.
    ['в течение 3 дня', by(30, 'ноября', 2026)],
    ['в течение 40 дней', by(11, 'января', 2027)],
    ['  В   течение\nМесяца ', by(25, 'декабря', 2026)],
  ])('«%s» from 25 November 2026 → «%s»', (term, expected) => {
    expect(resolveTerm(term, today)).toBe(expected);
  });

  it('ends a month’s term on the last day of a shorter month, 29 February in a leap year', () => {
    expect(resolveTerm('в течение месяца', day(2028, 1, 31))).toBe(by(29, 'февраля', 2028));
    // 28 February 2027 is a Sunday.
    expect(resolveTerm('в течение двух месяцев', day(2026, 12, 31))).toBe(by(1, 'марта', 2027));
    expect(resolveTerm('в течение двух месяцев', day(2026, 12, 30))).toBe(by(1, 'марта', 2027));
    expect(resolveTerm('в течение месяца', day(2027, 1, 26))).toBe(by(26, 'февраля', 2027));
    expect(resolveTerm('в течение месяца', day(2026, 12, 15))).toBe(by(15, 'января', 2027));
  });

  it.each(['в течение полугода', 'в течение дней', 'в течение 5 недель', 'в течение __proto__', 'в течение'])(
    'leaves «%s» as written',
    (term) => {
      expect(resolveTerm(term, today)).toBe(term);
    },
  );
});

describe('resolveTerm: days and months', () => {
  it('reads «до 5 мая текущего года», in any case, as the coming 5 May', () => {
    expect(resolveTerm('До 5 мая текущего года', day(2026, 11, 25))).toBe(by(5, 'мая', 2027));
    // The new year holidays of 2026 run to 11 January (9 January by the Government's transfer);
    // 31 December 2026 is a day off by the same decree, and 1–10 January 2027 are holidays and a weekend.
    expect(resolveTerm('до 1 января', day(2026, 1, 1))).toBe(by(12, 'января', 2026));
    expect(resolveTerm('до 31 декабря', day(2026, 12, 31))).toBe(by(11, 'января', 2027));
    expect(resolveTerm('до 30 декабря', day(2026, 12, 30))).toBe(by(30, 'декабря', 2026));
  });

  it.each(['до 0 мая', 'до 32 мая', 'до 5 мартобря', 'до 5 май', 'до 123 мая'])(
    'leaves «%s» as written',
    (term) => {
      expect(resolveTerm(term, day(2026, 11, 25))).toBe(term);
    },
  );

  it('reads a range of days written with a hyphen or spaces', () => {
    const expected = `20–25${NBSP}ноября 2026${NBSP}г.`;
    expect(resolveTerm('20-25 ноября', day(2026, 11, 25))).toBe(expected);
    expect(resolveTerm('20 – 25 ноября', day(2026, 11, 1))).toBe(expected);
    // 4–5 December 2027 are a weekend: the range ends on its last working day.
    expect(resolveTerm('1–5 декабря текущего года', day(2026, 12, 6))).toBe(
      `1–3${NBSP}декабря 2027${NBSP}г.`,
    );
    expect(resolveTerm('1–4 декабря', day(2026, 11, 6))).toBe(`1–4${NBSP}декабря 2026${NBSP}г.`);
    // 1 May 2027 is a Saturday, its day off moves to Monday 3 May: no working day is left in the range.
    expect(resolveTerm('1–2 мая', day(2027, 1, 11))).toBe(by(4, 'мая', 2027));
    expect(resolveTerm('20–25 мартобря', day(2026, 11, 1))).toBe('20–25 мартобря');
  });

  it('reads a range of months, in the year in which its last month is not over', () => {
    expect(resolveTerm('ноябрь-декабрь текущего года', day(2026, 12, 30))).toBe(
      `ноябрь–декабрь 2026${NBSP}г.`,
    );
    // 31 December 2026 is a day off: no working day of the range is left.
    expect(resolveTerm('ноябрь-декабрь текущего года', day(2026, 12, 31))).toBe(
      `ноябрь–декабрь 2027${NBSP}г.`,
    );
    expect(resolveTerm('март–апрель', day(2026, 4, 30))).toBe(`март–апрель 2026${NBSP}г.`);
    expect(resolveTerm('март–апрель', day(2026, 5, 1))).toBe(`март–апрель 2027${NBSP}г.`);
    expect(resolveTerm('март–мартобрь', day(2026, 5, 1))).toBe('март–мартобрь');
    expect(resolveTerm('мартобрь–апрель', day(2026, 5, 1))).toBe('мартобрь–апрель');
  });

  it('takes the calendar day from the UTC fields of a date', () => {
    expect(calendarDayOf(new Date(Date.UTC(2026, 0, 31, 23, 59)))).toEqual({ year: 2026, month: 1, day: 31 });
  });
});

describe('stages at their bounds', () => {
  it('knows stages 1 and 8 and no others', () => {
    expect(isStage(1)).toBe(true);
    expect(isStage(8)).toBe(true);
    expect(stageLabel(1)).toBe('1 — планирование и подготовка');
    expect(stageLabel(8)).toBe('8 — корректировка плана работы');
    expect(stageLabel(9)).toBe('9');
    expect(stageNumber('8 — корректировка')).toBe(8);
    expect(stageNumber('12 — этап')).toBeNull();
    expect(stageNumber('0')).toBeNull();
    expect(stageNumber(true)).toBeNull();
    expect(stageNumber('этап 3')).toBeNull();
  });
});

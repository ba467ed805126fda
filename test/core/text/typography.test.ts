import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { percent, percentDigits, typeset, wholePercents } from '../../../src/core/text/typography';

const NBSP = '\u00a0';
/** The text with every no-break space shown as «·», so a failure reads at a glance. */
const shown = (text: string) => text.replace(/\u00a0/g, '·');
const withoutSpaces = (text: string) => text.replace(/[ \u00a0]/g, '');

describe('typeset: the places of RUSSIAN.md § 4', () => {
  it.each([
    ['МБОУ «СОШ № 5»', 'МБОУ «СОШ №·5»'],
    ['письмо № 28 от 20.06.2022 г.', 'письмо №·28 от 20.06.2022·г.'],
    ['RUSSIAN.md, § 6', 'RUSSIAN.md, §·6'],
    ['в 5 ОО значение ниже целевого', 'в 5·ОО значение ниже целевого'],
    ['представили данные 11 из 12 ОО', 'представили данные 11 из 12·ОО'],
    ['35 % и 18,4 %', '35·% и 18,4·%'],
    ['по муниципалитету — 130 чел.', 'по муниципалитету — 130·чел.'],
    ['за 2025 год, до 1 марта 2027 г.', 'за 2025·год, до 1 марта 2027·г.'],
    ['обучающихся 10–19 лет', 'обучающихся 10–19·лет'],
    ['изменение +3,2 п. п.', 'изменение +3,2·п.·п.'],
    ['М. А. Черкасова', 'М.·А.·Черкасова'],
    ['Директору МБОУ «СОШ № 3» Сорокину П. И.', 'Директору МБОУ «СОШ №·3» Сорокину·П.·И.'],
    ['конкурсы, семинары и т. п.; т. е. всё', 'конкурсы, семинары и т.·п.; т.·е. всё'],
    ['г. Ижевск, с. Усть-Ишим, ул. Горького, 30', 'г.·Ижевск, с.·Усть-Ишим, ул.·Горького, 30'],
    ['ст. 112 Трудового кодекса, ч. 2', 'ст.·112 Трудового кодекса, ч.·2'],
    ['всего 1 020 000 руб.', 'всего 1·020·000·руб.'],
    ['2 486 педагогов', '2·486 педагогов'],
    ['1 234,5 тыс.', '1·234,5·тыс.'],
    // «г.» after a year ends it and is not bound to the sentence after it.
    ['до 20 декабря 2026 г. Представить форму', 'до 20 декабря 2026·г. Представить форму'],
  ])('«%s» → «%s»', (text, expected) => {
    expect(shown(typeset(text))).toBe(expected);
  });

  it.each([
    // Codes, dates, e-mails and addresses are left as typed.
    'показатель 1.10 и 2.2',
    'e-mail: mrcie.ust-ishim@mail.ru',
    'от 01.02.2027, 20.06.2022',
    'http://ustishimobrazovanie.ru/index.php',
    // A number of more than three digits is not a thousands group: «12345 678» are two numbers.
    '12345 678',
    // Digits after a decimal comma are not a group either.
    '0,5 100',
    // «году» is not «год», «ООО» is not «ОО».
    'в 2025 году',
    '5 ООО «Ромашка»',
    // A sentence after an abbreviation is not joined to it; «ОО.» is no initial.
    'сведения учтены в ОО. Что сделать: исправьте',
    '№ п/п',
  ])('leaves «%s» as it is', (text) => {
    expect(typeset(text)).toBe(text);
  });

  it('joins a whole run of spaces into one no-break space', () => {
    expect(typeset('№   5')).toBe(`№${NBSP}5`);
  });
});

/** Texts made of the pieces the rules look at, so the properties meet the patterns often. */
const PIECES = [
  '№',
  '§',
  'ОО',
  '%',
  'чел.',
  'г.',
  'т.',
  'п.',
  'М.',
  'А.',
  'Иванова',
  'Ижевск',
  'лет',
  '2027',
  '5',
  '020',
  '000',
  '1.10',
  '01.02.2027',
  'a@b.ru',
  '«',
  '»',
  '"',
  ',',
  '.',
  '—',
  'ОО.',
  'в',
];
const text = fc
  .array(fc.tuple(fc.constantFrom(...PIECES), fc.constantFrom(' ', '  ', '\u00a0', '', '\n')), {
    maxLength: 14,
  })
  .map((parts) => parts.map(([piece, gap]) => piece + gap).join(''));
const anything = fc.oneof(text, fc.string({ unit: 'grapheme', maxLength: 40 }));

describe('typeset: properties', () => {
  it('is idempotent', () => {
    fc.assert(
      fc.property(anything, (input) => {
        const once = typeset(input);
        expect(typeset(once)).toBe(once);
      }),
      { numRuns: 400 },
    );
  });

  it('changes nothing but spaces: with spaces taken out, the text is the same', () => {
    fc.assert(
      fc.property(anything, (input) => {
        const output = typeset(input);
        expect(withoutSpaces(output)).toBe(withoutSpaces(input));
        // Only runs of spaces become one no-break space: never a space where there was none.
        expect(output.length).toBeLessThanOrEqual(input.length);
      }),
      { numRuns: 400 },
    );
  });

  it('never touches a text without the patterns (no digit, «№», «§», initial or abbreviation)', () => {
    const plain = fc
      .array(
        fc.constantFrom('наставник', 'ОО', 'школа', 'ошибка', '—', ',', ':', 'и', 'в', ' ', '  ', '\n'),
        {
          maxLength: 20,
        },
      )
      .map((parts) => parts.join(' '));
    fc.assert(
      fc.property(plain, (input) => {
        expect(typeset(input)).toBe(input);
      }),
      { numRuns: 200 },
    );
  });

  it('keeps the digits of a number and of a code together as they were', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 1, max: 99 }), (n, code) => {
        const grouped = n.toLocaleString('ru-RU').replace(/\s/g, ' ');
        const input = `код ${code}.${code} — ${grouped} чел.`;
        const output = typeset(input);
        expect(output).toContain(`код ${code}.${code} — `);
        expect(output.replace(/\u00a0/g, ' ')).toBe(input);
        expect(output).toMatch(new RegExp(`${grouped.replace(/ /g, NBSP)}${NBSP}чел\\.$`));
      }),
      { numRuns: 200 },
    );
  });
});

describe('percent: one style in table and text', () => {
  it('writes a whole percent without decimals and any other with one, before a no-break space', () => {
    expect(percent(1)).toBe(`100${NBSP}%`);
    expect(percent(0.7)).toBe(`70${NBSP}%`);
    expect(percent(0.184)).toBe(`18,4${NBSP}%`);
    expect(percent(0.5882)).toBe(`58,8${NBSP}%`);
    // 69,96 % rounds to 70,0 % and is written as the whole percent it shows.
    expect(percent(0.69996)).toBe(`70${NBSP}%`);
    expect(percent(0)).toBe(`0${NBSP}%`);
  });

  it('keeps the decimals asked for, for a column that shows them all alike', () => {
    expect(percent(1, 1)).toBe(`100,0${NBSP}%`);
    expect(percent(0.184, 0)).toBe(`18${NBSP}%`);
    expect(percentDigits(0.25)).toBe(0);
    expect(percentDigits(0.255)).toBe(1);
  });
});

describe('wholePercents: one percent style in a document', () => {
  it.each([
    ['100,0 % при целевом значении 70 %', '100 % при целевом значении 70 %'],
    ['70,0\u00a0%', '70\u00a0%'],
    ['8,0%', '8%'],
    ['18,4 %; 10,05 %; 100 %; 0,0 %', '18,4 %; 10,05 %; 100 %; 0 %'],
    ['пункт 1,0 и 2,0', 'пункт 1,0 и 2,0'],
  ])('«%s» → «%s»', (text, expected) => {
    expect(wholePercents(text)).toBe(expected);
  });
});

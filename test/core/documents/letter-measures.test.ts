import { describe, expect, it } from 'vitest';
import type { LetterRow } from '../../../src/core/documents/document-input';
import { distinctErrors, errorText } from '../../../src/core/documents/letter-errors';
import {
  deficitText,
  isDataErrorsRow,
  measureText,
  stagesOf,
} from '../../../src/core/documents/letter-measures';
import { periodPhrase } from '../../../src/core/documents/messages';
import { createIssue } from '../../../src/core/issues/issue';

function row(fields: Partial<LetterRow>): LetterRow {
  return {
    organization: 'МБОУ «СОШ № 3»',
    deficit: '',
    figure: '',
    text: '',
    stage: '',
    term: '',
    ...fields,
  };
}

describe('a row of the letter’s table', () => {
  it('says value and target in a sentence, never «a / b»', () => {
    expect(
      deficitText(row({ deficit: 'Доля наставников ниже целевого значения', figure: '18,5 % / 25 %' })),
    ).toBe('Доля наставников ниже целевого значения (18,5 % при целевом значении 25 %)');
  });

  it('drops «нет / да» and «0 / не менее 1»: the deficit says it', () => {
    expect(deficitText(row({ deficit: 'Нет приказа о внедрении', figure: 'нет / да' }))).toBe(
      'Нет приказа о внедрении',
    );
    expect(deficitText(row({ deficit: 'Нет приказа; нет положения', figure: 'нет / да; нет / да' }))).toBe(
      'Нет приказа; нет положения',
    );
    expect(deficitText(row({ deficit: 'Нет программ', figure: '0 / не менее 1' }))).toBe('Нет программ');
    expect(deficitText(row({ deficit: 'База неполна', figure: 'наставников в базе: 5 из 7' }))).toBe(
      'База неполна (наставников в базе: 5 из 7)',
    );
  });

  it('does not repeat a figure the recommendation already states', () => {
    const text = 'Включить обучающихся в наставничество (58,8 % при целевом значении 70 %).';
    expect(deficitText(row({ deficit: 'Доля ниже целевого значения', figure: '58,8 % / 70 %', text }))).toBe(
      'Доля ниже целевого значения',
    );
  });

  it('does not repeat the numbers of a figure the recommendation’s text already gives in words', () => {
    const text =
      'Дополнить базу наставников на листе «База наставников».\n' +
      'По показателю 1.2 «Педагоги в роли наставника» в ОО 7 наставников, в базе — 5 наставников.';
    const deficit = 'База наставников заполнена не полностью';
    expect(deficitText(row({ deficit, figure: 'наставников в базе: 5 из 7', text }))).toBe(deficit);
    // A number the text does not give keeps the figure.
    expect(deficitText(row({ deficit, figure: 'наставников в базе: 4 из 7', text }))).toBe(
      `${deficit} (наставников в базе: 4 из 7)`,
    );
    expect(
      deficitText(
        row({
          deficit: 'Доля ниже целевого значения',
          figure: '1\u00a0474 / 2\u00a0486',
          text: 'Охват 1 474.',
        }),
      ),
    ).toBe('Доля ниже целевого значения (1\u00a0474 при целевом значении 2\u00a0486)');
  });

  it('tells the row asking to correct the data errors from the others', () => {
    expect(isDataErrorsRow(row({ deficit: 'Ошибки в данных мониторинга ОО (ошибок: 2)' }))).toBe(true);
    // Renamed by the coordinator, it still carries the list of errors.
    expect(
      isDataErrorsRow(row({ deficit: 'Неверные данные', text: 'Исправить.\nОшибки:\n— «СОШ 3»!E7' })),
    ).toBe(true);
    expect(isDataErrorsRow(row({ deficit: 'Нет приказа', text: 'Издать приказ.' }))).toBe(false);
  });

  it('words the plan correction, which is no finding of its own', () => {
    expect(deficitText(row({ deficit: 'Выявлены дефициты по итогам мониторинга' }))).toBe(
      'Дефициты, перечисленные выше',
    );
  });

  it('leaves the list of errors to the appendix, keeping what the coordinator wrote', () => {
    const text = [
      'Исправить 2 ошибки в данных мониторинга ОО.',
      'Ошибки (перечислены первые 1 из 2):',
      '— «СОШ № 3»!E12, значение «6»: часть не может быть больше целого.',
      'Срок согласован с директором.',
    ].join('\n');
    expect(measureText(row({ text }))).toBe(
      'Исправить 2 ошибки в данных мониторинга ОО.\nПеречень ошибок приведён в приложении.\nСрок согласован с директором.',
    );
    expect(measureText(row({ text: 'Издать приказ.' }))).toBe('Издать приказ.');
  });

  it('lists the stages of the rows once each, in order', () => {
    expect(
      stagesOf([
        row({ stage: '4 — нормативно-правовое обеспечение' }),
        row({ stage: '1' }),
        row({ stage: '4' }),
        row({ stage: 'позже' }),
      ]),
    ).toEqual([1, 4]);
  });
});

describe('an error in the appendix', () => {
  const place = { sheet: 'Лицей № 1', row: 16, column: 5 };

  it('calls a spreadsheet’s error value «ошибка в формуле» and leaves the place to its own column', () => {
    const issue = createIssue(
      'cell/formula-error',
      place,
      {
        message: 'В ячейке E16 «#REF!»: ошибка в формуле (показатель 1.11 «Педагоги, прошедшие КПК»)',
        hint: 'Исправьте формулу «#ЗНАЧ!».',
      },
      { params: { value: '#REF!' } },
    );
    expect(errorText(issue)).toBe('Ошибка в формуле (показатель 1.11 «Педагоги, прошедшие КПК»)');
    expect(errorText({ ...issue, message: 'Итог по «#DIV/0!» не рассчитан' })).not.toContain('#');
  });

  it('does not repeat the cell’s value, which on the base is a person’s name', () => {
    const issue = createIssue(
      'fio/mixed-script',
      { sheet: 'База наставников', row: 31, column: 2 },
      { message: 'В ячейке B31 «Сoловьёва Дарья Алексеевна»: в ФИО есть латинские буквы' },
      { params: { value: 'Сoловьёва Дарья Алексеевна' } },
    );
    expect(errorText(issue)).toBe('В ФИО есть латинские буквы');
  });

  it('is given once however many lists carry it', () => {
    const issue = createIssue('cell/required', place, { message: 'В ячейке E16 нет значения' });
    const other = createIssue(
      'cell/required',
      { ...place, row: 17 },
      { message: 'В ячейке E17 нет значения' },
    );
    expect(distinctErrors([issue, other, { ...issue }])).toEqual([issue, other]);
    expect(errorText(issue)).toBe('Нет значения');
  });
});

describe('the period in the letter’s body', () => {
  it('reads «за 2025 год» and «за 2025/2026 учебный год», not «за период 2025»', () => {
    expect(periodPhrase('2025')).toBe('2025 год');
    expect(periodPhrase('2025-2026')).toBe('2025/2026 учебный год');
    expect(periodPhrase('2025/2026')).toBe('2025/2026 учебный год');
    expect(periodPhrase('2025/2026 учебный год')).toBe('2025/2026 учебный год');
  });
});

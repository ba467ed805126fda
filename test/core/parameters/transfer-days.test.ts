import { describe, expect, it } from 'vitest';
import { parseParametersSheet } from '../../../src/core/parameters/parameters-sheet';
import { parametersTemplate } from '../../../src/core/parameters/parameters-template';
import { readDayList, transfersOf } from '../../../src/core/parameters/transfer-days';
import { resolveTerm } from '../../../src/core/recommendations/deadline';
import { workCalendar } from '../../../src/core/recommendations/work-calendar';

const DOCUMENT_ROWS = [
  ['Муниципалитет', 'Сосновский район'],
  ['Период', '2026/2027'],
  ['Основание', 'приказ № 245'],
  ['Сроки проведения', '20–25 ноября 2026 года'],
  ['Ответственный за мониторинг', 'МКУ «ИМЦ»'],
  ['Должность подписывающего', 'Директор'],
  ['ФИО подписывающего', 'М. А. Черкасова'],
];

const sheet = (...rows: unknown[][]) => ({
  name: 'Параметры',
  values: [['Параметр', 'Значение'], ...DOCUMENT_ROWS, ...rows],
});

describe('transfers of days off typed in «Параметры»', () => {
  it('are honoured by the terms: a day off moves the term on, a working Saturday takes it', () => {
    const parsed = parseParametersSheet(
      sheet(['Перенесённые выходные дни', '07.05.2027; 10.05.2027'], ['Рабочие дни (перенос)', '15.05.2027']),
    );
    expect(parsed.issues).toEqual([]);
    const calendar = workCalendar(transfersOf(parsed.parameters));
    const today = { year: 2027, month: 4, day: 30 };
    // Without the transfers a week from 30 April 2027 is Friday 7 May.
    expect(resolveTerm('в течение недели', today)).toBe('до 7\u00a0мая 2027\u00a0г.');
    // 7 May is a day off now; 8–9 May a weekend and a holiday, 10 May the day off of Saturday 1 May.
    expect(resolveTerm('в течение недели', today, calendar)).toBe('до 11\u00a0мая 2027\u00a0г.');
    // Saturday 15 May is a working day now.
    expect(resolveTerm('до 15 мая', today)).toBe('до 17\u00a0мая 2027\u00a0г.');
    expect(resolveTerm('до 15 мая', today, calendar)).toBe('до 15\u00a0мая 2027\u00a0г.');
  });

  it('read a date typed as a date and an older spelling of the name', () => {
    const parsed = parseParametersSheet(
      sheet(['Перенесенные выходные дни', new Date(Date.UTC(2027, 0, 11))]),
    );
    expect(transfersOf(parsed.parameters).daysOff).toEqual([{ year: 2027, month: 1, day: 11 }]);
  });

  it('are optional: empty or absent rows give no note and no transfer', () => {
    const empty = parseParametersSheet(
      sheet(['Перенесённые выходные дни', ''], ['Рабочие дни (перенос)', '']),
    );
    expect(empty.issues).toEqual([]);
    expect(transfersOf(empty.parameters)).toEqual({ daysOff: [], workdays: [] });
    expect(parseParametersSheet(sheet()).issues).toEqual([]);
  });

  it('are offered in the sheet the add-on creates, with an example a coordinator can follow', () => {
    const labels = parametersTemplate().cells.map((row) => row[0].value);
    expect(labels).toContain('Перенесённые выходные дни');
    expect(labels).toContain('Рабочие дни (перенос)');
  });
});

describe('readDayList', () => {
  it('reads dates separated by «;», «,», spaces or lines, in either spelling', () => {
    expect(readDayList('02.01.2027; 3.1.2027,\n2027-01-04  05.01.2027 г.')).toEqual({
      days: [
        { year: 2027, month: 1, day: 2 },
        { year: 2027, month: 1, day: 3 },
        { year: 2027, month: 1, day: 4 },
        { year: 2027, month: 1, day: 5 },
      ],
      unread: [],
    });
  });

  it('keeps what is not a real date, as typed, apart from the dates', () => {
    expect(readDayList('31.02.2027; 02.01.27; второе января; 02.01.2027')).toEqual({
      days: [{ year: 2027, month: 1, day: 2 }],
      unread: ['31.02.2027', '02.01.27', 'второе', 'января'],
    });
    expect(readDayList('')).toEqual({ days: [], unread: [] });
  });
});

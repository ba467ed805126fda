import { describe, it, expect } from 'vitest';
import { findBaseHeader, isBaseSheet } from '../../../src/core/base/base-header';
import type { Grid } from '../../../src/core/sheet/grid';
import { BASE_HEADER_ROW } from './base-grid';

const sheet = (values: unknown[][], merges?: Grid['merges']): Grid => ({
  name: 'Наставники',
  values,
  merges,
});

describe('findBaseHeader', () => {
  it('reads the header of Приложение 3 below a title', () => {
    const header = findBaseHeader(sheet([['Форма «База наставников»'], BASE_HEADER_ROW, [1]]));
    expect(header).toEqual({
      row: 2,
      columns: {
        number: 1,
        mentor: 2,
        mentorOrg: 3,
        competences: 4,
        achievements: 5,
        mentees: 6,
        form: 7,
        menteeOrg: 8,
      },
      missing: [],
      duplicates: [],
      extra: [],
    });
  });

  it('accepts loose spellings and reordered columns', () => {
    const header = findBaseHeader(
      sheet([
        [
          'Наставник (ФИО)',
          '№',
          'Место работы наставника',
          'Компетенции',
          'Достижения',
          'ФИО наставляемых',
          'Форма наставничества / модель',
          'Место работы (учёбы) наставляемого',
          'Контакты',
        ],
      ]),
    );
    expect(header?.columns).toEqual({
      mentor: 1,
      number: 2,
      mentorOrg: 3,
      competences: 4,
      achievements: 5,
      mentees: 6,
      form: 7,
      menteeOrg: 8,
    });
    expect(header?.extra).toEqual([{ column: 9, text: 'Контакты' }]);
  });

  it('accepts «Ф. И. О.» with line breaks and trailing colons', () => {
    const header = findBaseHeader(
      sheet([
        ['№ п/п', 'Ф. И. О.\nнаставника:', 'Место  работы', 'ФИО наставляемого', 'ФОРМА НАСТАВНИЧЕСТВА'],
      ]),
    );
    expect(header?.columns).toMatchObject({ number: 1, mentor: 2, mentorOrg: 3, mentees: 4, form: 5 });
    expect(header?.missing).toEqual(['competences', 'menteeOrg']);
  });

  it('takes a second «Место работы» after the mentees for the mentee’s workplace', () => {
    const header = findBaseHeader(
      sheet([
        [
          '№ п/п',
          'Ф.И.О наставника',
          'Место работы',
          'Ф.И.О наставляемого',
          'Место работы',
          'Форма наставничества',
        ],
      ]),
    );
    expect(header?.columns).toMatchObject({ mentorOrg: 3, mentees: 4, menteeOrg: 5 });
    expect(header?.duplicates).toEqual([]);
    expect(header?.missing).toEqual(['competences']);
  });

  it('keeps a real duplicate a duplicate', () => {
    const header = findBaseHeader(sheet([[...BASE_HEADER_ROW, 'ФИО наставника']]));
    expect(header?.duplicates).toEqual([{ field: 'mentor', column: 9 }]);
  });
});

describe('isBaseSheet', () => {
  it('recognises the base by its header, not by its name', () => {
    expect(isBaseSheet({ name: 'Лист1', values: [BASE_HEADER_ROW] })).toBe(true);
    expect(isBaseSheet({ name: 'База наставников', values: [['Код', 'Показатель', 'Значение']] })).toBe(
      false,
    );
    expect(isBaseSheet({ name: 'База наставников', values: [] })).toBe(false);
  });

  it('needs a ФИО column besides the workplaces', () => {
    expect(
      isBaseSheet(sheet([['№ п/п', 'Место работы', 'Место работы наставляемого', 'Форма наставничества']])),
    ).toBe(false);
  });

  it('is not taken in by a monitoring tab or the recommendations sheet', () => {
    expect(
      isBaseSheet(
        sheet([
          [
            'ОО',
            'Выявленный дефицит',
            'Показатель: значение / цель',
            'Рекомендация (черновик)',
            'Этап алгоритма',
            'Срок',
            'Статус',
          ],
        ]),
      ),
    ).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import type { Grid } from '../../../src/core/sheet/grid';
import { isRosterSheet, parseRosterSheet, rosterTemplate } from '../../../src/core/roster';
import { modelToGrid } from '../../../src/core/templates/model-grid';
import { isSchoolTab } from '../../../src/core/monitoring/monitoring-header';
import { schoolTemplate } from '../../../src/core/templates/school-template';
import { BUILTIN_CATALOGUE } from '../../../src/core/catalogue/catalogue';

const LONG_NAME =
  'Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 5 с углублённым изучением отдельных предметов имени Героя Советского Союза И. И. Иванова»';

const roster = (
  rows: unknown[][],
  header = ['ОО', 'Лист', 'Руководитель', 'Куратор', 'E-mail куратора'],
): Grid => ({
  name: 'Список ОО',
  values: [['Список ОО — участников мониторинга'], header, ...rows],
});

describe('isRosterSheet', () => {
  it('recognises the roster by its header, whatever its name and wherever the header row is', () => {
    expect(isRosterSheet({ ...roster([]), name: 'Участники' })).toBe(true);
    expect(isRosterSheet(roster([], ['Наименование ОО', 'ФИО куратора']))).toBe(true);
    expect(
      isRosterSheet(
        roster(
          [],
          ['№ п/п', 'Наименование ОО (полное)', 'Руководитель ОО (ФИО)', 'Ответственный', 'Эл. почта'],
        ),
      ),
    ).toBe(true);
  });

  it('does not take a school tab (which has a cell «ОО») or a lone «ОО» column for a roster', () => {
    const tab = modelToGrid(schoolTemplate('МБОУ СОШ № 1', BUILTIN_CATALOGUE, '2025/2026'));
    expect(isSchoolTab(tab)).toBe(true);
    expect(isRosterSheet(tab)).toBe(false);
    expect(isRosterSheet(roster([], ['ОО', 'Примечание']))).toBe(false);
  });

  it('reads back the template it creates, empty and with schools', () => {
    expect(isRosterSheet(modelToGrid(rosterTemplate()))).toBe(true);
    const filled = modelToGrid(
      rosterTemplate([{ name: LONG_NAME, sheet: 'СОШ № 5', curatorEmails: ['a@school.ru', 'b@school.ru'] }]),
    );
    expect(parseRosterSheet(filled).entries).toEqual([
      { name: LONG_NAME, sheet: 'СОШ № 5', curatorEmails: ['a@school.ru', 'b@school.ru'], row: 2 },
    ]);
  });
});

describe('parseRosterSheet', () => {
  it('reads each school with its tab, head, curator and e-mails, skipping blank rows', () => {
    const parsed = parseRosterSheet(
      roster([
        [
          LONG_NAME,
          'СОШ № 5',
          'Петрова Анна Ивановна',
          'Сидорова Мария Петровна',
          'sidorova@school5.ru; zam@school5.ru',
        ],
        ['', '', '', '', ''],
        ['МБОУ «Гимназия № 2»', '', '', '', ''],
      ]),
    );
    expect(parsed.issues).toEqual([]);
    expect(parsed.entries).toEqual([
      {
        name: LONG_NAME,
        sheet: 'СОШ № 5',
        head: 'Петрова Анна Ивановна',
        curator: 'Сидорова Мария Петровна',
        curatorEmails: ['sidorova@school5.ru', 'zam@school5.ru'],
        row: 3,
      },
      { name: 'МБОУ «Гимназия № 2»', curatorEmails: [], row: 5 },
    ]);
  });

  it('splits e-mails by «;», «,» and line breaks, drops repeats and keeps the valid ones of a cell with a wrong part', () => {
    const parsed = parseRosterSheet(
      roster([
        [
          'МБОУ СОШ № 1',
          '',
          '',
          '',
          'a@s1.ru, A@S1.ru;\nИванова <b@s1.ru>; не указан; c@s1\nd@s1.ru e@s1.ru',
        ],
      ]),
    );
    expect(parsed.entries[0].curatorEmails).toEqual(['a@s1.ru', 'b@s1.ru', 'd@s1.ru', 'e@s1.ru']);
    expect(parsed.issues).toHaveLength(1);
    expect(parsed.issues[0]).toMatchObject({ code: 'roster/email', severity: 'warning', cell: 'E3' });
    expect(parsed.issues[0].message).toBe(
      'В ячейке E3 «не указан», «c@s1» — не адреса электронной почты, они не учитываются',
    );
  });

  it('reports a row without a school and a school listed twice (by its name, ignoring quotes and case) and keeps the first', () => {
    const parsed = parseRosterSheet(
      roster([
        ['МБОУ «СОШ № 1»', 'СОШ 1', '', '', ''],
        ['', 'Лист', 'Иванов', '', ''],
        ['мбоу сош № 1', 'Другой', '', '', ''],
      ]),
    );
    expect(parsed.entries.map((entry) => entry.sheet)).toEqual(['СОШ 1']);
    expect(parsed.issues.map((issue) => [issue.code, issue.cell])).toEqual([
      ['roster/no-school', 'A4'],
      ['roster/duplicate', 'A5'],
    ]);
    expect(parsed.issues[1].message).toBe(
      'ОО «мбоу сош № 1» в ячейке A5 уже указана в ячейке A3, строка не учитывается',
    );
  });

  it('gives no entries for a sheet without the roster header', () => {
    expect(parseRosterSheet({ name: 'Лист1', values: [['a', 'b']] })).toEqual({
      sheet: 'Лист1',
      header: null,
      entries: [],
      issues: [],
    });
  });
});

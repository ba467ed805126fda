import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/app/analyse';
import { planCuratorAccess } from '../../src/app/curator-access';
import { BASE_HEADER_ROW } from '../core/base/base-grid';
import { schoolTab, validValues } from '../core/monitoring/school-tab-fixture';
import { memoryWorkbook } from '../tools/memory-workbook';

const ROSTER_HEADER = ['ОО', 'Лист', 'Руководитель', 'Куратор', 'E-mail куратора'];
const SCHOOL_1 = 'МБОУ «СОШ № 1»';
const GYMNASIUM = 'МБОУ «Гимназия № 2»';
const LYCEUM = 'МАОУ «Лицей № 3»';

const tab = (name: string, school: string) => schoolTab(name, school, validValues()).values as unknown[][];

/** A municipal workbook whose roster gives `gymnasiumEmail` as the gymnasium's curator. */
function workbook(gymnasiumEmail: string) {
  return memoryWorkbook(
    {
      'Список ОО': [
        ROSTER_HEADER,
        [SCHOOL_1, 'СОШ 1', '', '', 'sidorova@sosh1.ru; orlova@sosh1.ru'],
        [GYMNASIUM, 'Гимназия', '', '', gymnasiumEmail],
        ['МКОУ «ООШ № 7»', '', '', '', 'oosh7@mail.ru'],
      ],
      'База наставников': [BASE_HEADER_ROW],
      'СОШ 1': tab('СОШ 1', SCHOOL_1),
      Гимназия: tab('Гимназия', GYMNASIUM),
      Лицей: tab('Лицей', LYCEUM),
      Сводная: [['Сводная']],
    },
    { generated: { Сводная: 'summary' } },
  );
}

function plan(gymnasiumEmail: string) {
  const book = workbook(gymnasiumEmail);
  return planCuratorAccess(analyse(book), book, new Map());
}

describe('planCuratorAccess', () => {
  it('gives each school tab to the curators the roster names', () => {
    expect(plan('gymnasium@mail.ru')).toEqual({
      schools: [
        { sheet: 'СОШ 1', school: SCHOOL_1, curators: ['sidorova@sosh1.ru', 'orlova@sosh1.ru'] },
        { sheet: 'Гимназия', school: GYMNASIUM, curators: ['gymnasium@mail.ru'] },
      ],
      withoutEmail: [],
      withoutTab: ['МКОУ «ООШ № 7»'],
      notOnRoster: ['Лицей'],
      disputed: [],
      namedOther: [],
      coordinator: ['Список ОО'],
      generated: ['Сводная'],
      open: ['База наставников'],
      // Given by «Лист»: their school cells never decide who edits them.
      bound: ['СОШ 1', 'Гимназия'],
      // «МКОУ «ООШ № 7»» has no «Лист»: a stored binding or a school cell may still give it a tab.
      allByList: false,
    });
  });

  it('opens the tab of a school whose curator e-mail was erased: no longer protected for anybody', () => {
    const before = plan('gymnasium@mail.ru');
    expect(before?.schools.map((school) => school.sheet)).toContain('Гимназия');
    const after = plan('');
    expect(after?.schools.map((school) => school.sheet)).toEqual(['СОШ 1']);
    expect(after?.withoutEmail).toEqual([{ school: GYMNASIUM, sheet: 'Гимназия' }]);
  });

  it('leaves nothing open for everybody when the workbook has no «База наставников»', () => {
    const book = memoryWorkbook({
      'Список ОО': [ROSTER_HEADER, [SCHOOL_1, 'СОШ 1', '', '', 'sidorova@sosh1.ru']],
      'СОШ 1': tab('СОШ 1', SCHOOL_1),
    });
    const access = planCuratorAccess(analyse(book), book, new Map());
    expect(access?.open).toEqual([]);
    expect(access?.generated).toEqual([]);
    expect(access?.schools.map((school) => school.sheet)).toEqual(['СОШ 1']);
  });

  it('plans nothing without a roster: there is nobody to give a tab to', () => {
    const book = memoryWorkbook({ 'СОШ 1': tab('СОШ 1', SCHOOL_1) });
    expect(planCuratorAccess(analyse(book), book, new Map())).toBeNull();
  });
});

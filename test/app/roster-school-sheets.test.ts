import { describe, expect, it } from 'vitest';
import { createRosterSchoolSheets, findRoster, rosterSchoolTab } from '../../src/app/roster-school-sheets';
import { BUILTIN_CATALOGUE } from '../../src/core/catalogue/catalogue';
import { catalogueHeader, catalogueRow } from '../../src/core/catalogue/catalogue-sheet';
import { memoryWorkbook } from '../tools/memory-workbook';

const HEADER = ['ОО', 'Лист', 'Руководитель', 'Куратор', 'E-mail куратора'];

describe('createRosterSchoolSheets', () => {
  it('makes a tab per roster school without one, reads «Показатели» once for all tabs, and says which «Лист» cells to fill', () => {
    const workbook = memoryWorkbook({
      Показатели: [[...catalogueHeader], ...BUILTIN_CATALOGUE.indicators.map(catalogueRow)],
      Участники: [
        ['Список ОО на 2025/2026 учебный год'],
        HEADER,
        ['МБОУ «СОШ № 1»', 'СОШ 1', '', '', ''],
        ['МБОУ «СОШ № 2»', '', '', '', ''],
        ['МБОУ «СОШ № 3»', 'Третья', '', '', ''],
        ['МКОУ «Ивановская ООШ»', '', '', '', ''],
      ],
      'СОШ 1': [['заполнено']],
      'МКОУ «Ивановская ООШ»': [['лист уже есть']],
    });
    const roster = findRoster(workbook);
    expect(roster?.sheet).toBe('Участники');
    const outcome = createRosterSchoolSheets(workbook, roster!, '2025/2026');
    expect(outcome.created).toEqual(['МБОУ «СОШ № 2»', 'МБОУ «СОШ № 3»']);
    expect(outcome.skipped).toEqual([
      { name: 'МКОУ «Ивановская ООШ»', reason: 'лист с таким названием уже есть' },
    ]);
    expect(outcome.tabCells).toEqual([
      { row: 4, column: 2, tab: 'МБОУ «СОШ № 2»' },
      { row: 5, column: 2, tab: 'МБОУ «СОШ № 3»' },
      { row: 6, column: 2, tab: 'МКОУ «Ивановская ООШ»' },
    ]);
    // Once while looking for the roster, once for the catalogue of all new tabs — not once per school.
    expect(workbook.reads['Показатели']).toBe(2);
    expect(workbook.reads['СОШ 1'] ?? 0).toBe(0);
  });

  it('finds no roster in a workbook without one', () => {
    expect(findRoster(memoryWorkbook({ Лист1: [['ОО', 'Примечание']] }))).toBeNull();
  });
});

describe('rosterSchoolTab', () => {
  it("names a school's tab after the school, shortened as schools shorten it, numbered past the names taken", () => {
    expect(rosterSchoolTab('МБОУ  «СОШ № 2» ', [])).toBe('МБОУ «СОШ № 2»');
    expect(
      rosterSchoolTab(
        'Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 5 ' +
          'имени Героя Советского Союза И. И. Иванова» села Берёзовка',
        [],
      ),
    ).toBe('МБОУ «СОШ № 5» села Берёзовка');
    expect(rosterSchoolTab('Показатели', ['Показатели', 'База наставников'])).toBe('Показатели (2)');
    expect(rosterSchoolTab('  ', [])).toBeNull();
  });

  it("is the tab «Создать листы ОО по списку» makes, whatever the roster's «Лист» said", () => {
    const workbook = memoryWorkbook({
      'Список ОО': [
        HEADER,
        ['Муниципальное бюджетное общеобразовательное учреждение «Гимназия № 4»', 'Четвёртая', '', '', ''],
      ],
    });
    const outcome = createRosterSchoolSheets(workbook, findRoster(workbook)!, '2025/2026');
    const tab = rosterSchoolTab('Муниципальное бюджетное общеобразовательное учреждение «Гимназия № 4»', []);
    expect(outcome.created).toEqual([tab]);
    expect(outcome.tabCells).toEqual([{ row: 2, column: 2, tab }]);
  });
});

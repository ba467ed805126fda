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
    expect(outcome.created).toEqual(['МБОУ «СОШ № 2»', 'Третья']);
    expect(outcome.skipped).toEqual([
      { name: 'МКОУ «Ивановская ООШ»', reason: 'лист с таким названием уже есть' },
    ]);
    // «Лист» is filled only where it was empty: «Третья» stays as she typed it.
    expect(outcome.tabCells).toEqual([
      { row: 4, column: 2, tab: 'МБОУ «СОШ № 2»' },
      { row: 6, column: 2, tab: 'МКОУ «Ивановская ООШ»' },
    ]);
    expect(outcome.renamed).toEqual([]);
    expect(outcome.remaining).toBe(0);
    // Once while looking for the roster, once for the catalogue of all new tabs — not once per school.
    expect(workbook.reads['Показатели']).toBe(2);
    expect(workbook.reads['СОШ 1'] ?? 0).toBe(0);
  });

  it('finds no roster in a workbook without one', () => {
    expect(findRoster(memoryWorkbook({ Лист1: [['ОО', 'Примечание']] }))).toBeNull();
  });
});

describe('rosterSchoolTab', () => {
  it("names a school's tab after the school when «Лист» is empty, shortened as schools shorten it, numbered past the names taken", () => {
    const tab = (name: string, taken: string[] = []) => rosterSchoolTab({ name }, taken)?.tab ?? null;
    expect(tab('МБОУ  «СОШ № 2» ')).toBe('МБОУ «СОШ № 2»');
    expect(
      tab(
        'Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 5 ' +
          'имени Героя Советского Союза И. И. Иванова» села Берёзовка',
      ),
    ).toBe('МБОУ «СОШ № 5» села Берёзовка');
    expect(tab('Показатели', ['Показатели', 'База наставников'])).toBe('Показатели (2)');
    expect(tab('  ')).toBeNull();
    expect(rosterSchoolTab({ name: 'МБОУ «СОШ № 2»' }, [])?.change).toBeUndefined();
  });

  it('takes the name «Лист» gives as it is, and changes one that is too long, holds a forbidden character or is taken, saying why', () => {
    const name = 'МБОУ «СОШ № 1»';
    expect(rosterSchoolTab({ name, sheet: 'СОШ № 1' }, [])).toEqual({ tab: 'СОШ № 1' });
    const long = 'Ш'.repeat(101);
    expect(rosterSchoolTab({ name, sheet: 'Ш'.repeat(100) }, [], 100)).toEqual({ tab: 'Ш'.repeat(100) });
    expect(rosterSchoolTab({ name, sheet: long }, [], 100)?.change).toBe('long');
    expect(rosterSchoolTab({ name, sheet: long }, [], 100)?.tab.length).toBeLessThanOrEqual(31);
    expect(rosterSchoolTab({ name, sheet: 'СОШ: 1' }, [])).toEqual({ tab: 'СОШ 1', change: 'forbidden' });
    expect(rosterSchoolTab({ name, sheet: "'СОШ 1" }, [])).toEqual({ tab: 'СОШ 1', change: 'forbidden' });
    expect(rosterSchoolTab({ name, sheet: 'сош 1' }, ['СОШ 1'])).toEqual({
      tab: 'сош 1 (2)',
      change: 'taken',
    });
    // The command line writes .xlsx, where a tab name has at most 31 characters.
    expect(rosterSchoolTab({ name, sheet: 'Ш'.repeat(32) }, [])?.change).toBe('long');
  });

  it("is the tab «Создать листы ОО по списку» makes, named as the roster's «Лист» says", () => {
    const workbook = memoryWorkbook({
      'Список ОО': [
        HEADER,
        ['Муниципальное бюджетное общеобразовательное учреждение «Гимназия № 4»', 'Четвёртая', '', '', ''],
        ['МБОУ «СОШ № 5»', 'Пятая: основная', '', '', ''],
        ['МБОУ «СОШ № 6»', 'Четвёртая', '', '', ''],
      ],
    });
    const outcome = createRosterSchoolSheets(workbook, findRoster(workbook)!, '2025/2026');
    expect(outcome.created).toEqual(['Четвёртая', 'Пятая основная', 'Четвёртая (2)']);
    expect(outcome.tabCells).toEqual([
      { row: 3, column: 2, tab: 'Пятая основная' },
      { row: 4, column: 2, tab: 'Четвёртая (2)' },
    ]);
    expect(outcome.renamed).toEqual([
      { school: 'МБОУ «СОШ № 5»', given: 'Пятая: основная', tab: 'Пятая основная', change: 'forbidden' },
      { school: 'МБОУ «СОШ № 6»', given: 'Четвёртая', tab: 'Четвёртая (2)', change: 'taken' },
    ]);
  });

  it('stops before a tab when told to and leaves the rest, with their «Лист», to the next run', () => {
    const workbook = memoryWorkbook({
      'Список ОО': [HEADER, ...[1, 2, 3].map((n) => [`МБОУ «СОШ № ${n}»`, '', '', '', ''])],
    });
    let asked = 0;
    const first = createRosterSchoolSheets(workbook, findRoster(workbook)!, '2025/2026', {
      canContinue: () => ++asked <= 2,
    });
    expect(first.created).toEqual(['МБОУ «СОШ № 1»', 'МБОУ «СОШ № 2»']);
    expect(first.remaining).toBe(1);
    expect(first.tabCells.map((cell) => cell.row)).toEqual([2, 3]);
  });
});

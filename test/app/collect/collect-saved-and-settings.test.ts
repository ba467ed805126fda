import { describe, expect, it } from 'vitest';
import { planCollection, type CollectInput } from '../../../src/app/collect/collect-plan';
import { BUILTIN_CATALOGUE } from '../../../src/core/catalogue/catalogue';
import { modelToGrid } from '../../../src/core/templates/model-grid';
import { schoolTemplate } from '../../../src/core/templates/school-template';
import { memoryWorkbook } from '../../tools/memory-workbook';

const SCHOOL = 'МБОУ «СОШ № 1»';

/** A school tab of the template with every value set to `value` (1 reads as a count and as «да»). */
function tab(value: unknown): unknown[][] {
  const values = modelToGrid(schoolTemplate(SCHOOL, BUILTIN_CATALOGUE, '2025/2026')).values.map((row) => [
    ...row,
  ]);
  for (const row of values.slice(5)) row[4] = value;
  return values;
}

const PARAMETERS = [
  ['Параметр', 'Значение'],
  ['Муниципалитет', 'Усть-Ишимский муниципальный район'],
];
const ROSTER = [
  ['ОО', 'Лист', 'Руководитель', 'Куратор', 'E-mail куратора'],
  [SCHOOL, '', '', '', ''],
  ['МКОУ «ООШ № 7»', '', '', '', ''],
];

describe('planCollection: a resubmission', () => {
  it('wins by when it was saved, even over fewer errors, and the reason gives both times', () => {
    const inputs: CollectInput[] = [
      {
        file: 'СОШ.xlsx',
        workbook: memoryWorkbook({ Лист: tab(1) }),
        saved: { at: new Date(2026, 2, 1, 9, 30, 5), from: 'book' },
      },
      {
        file: 'СОШ2.xlsx',
        workbook: memoryWorkbook({ Лист: tab('много') }),
        saved: { at: new Date(2026, 2, 5, 12, 0, 0), from: 'file' },
      },
    ];
    const plan = planCollection(inputs, BUILTIN_CATALOGUE, null);
    expect(plan.tabs.map((each) => each.file)).toEqual(['СОШ2.xlsx']);
    expect(plan.skipped).toContainEqual({
      file: 'СОШ.xlsx',
      sheet: 'Лист',
      reason:
        'ОО «МБОУ „СОШ № 1“» уже представлена файлом «СОШ2.xlsx» (лист «Лист»): ' +
        'он сохранён позже: 05.03.2026 12:00:00 (время изменения файла) против 01.03.2026 09:30:05',
    });
  });
});

describe('planCollection: the municipality’s settings', () => {
  it('come from the first input with «Список ОО»; a school file’s copy of «Параметры» is not taken', () => {
    const inputs: CollectInput[] = [
      { file: 'школа.xlsx', workbook: memoryWorkbook({ Лист: tab(1), Параметры: PARAMETERS }) },
      {
        file: 'муниципалитет.xlsx',
        workbook: memoryWorkbook({ Параметры: PARAMETERS, 'Список ОО': ROSTER }),
      },
    ];
    const plan = planCollection(inputs, BUILTIN_CATALOGUE, null);
    expect(plan.settings).toEqual({
      file: 'муниципалитет.xlsx',
      sheets: [
        { sheet: 'Параметры', kind: 'parameters' },
        { sheet: 'Список ОО', kind: 'roster' },
      ],
    });
    expect(
      plan.taken.filter((entry) => entry.file === 'муниципалитет.xlsx').map((entry) => entry.sheet),
    ).toEqual(['Параметры', 'Список ОО']);
    expect(plan.skipped).toEqual([
      {
        file: 'школа.xlsx',
        sheet: 'Параметры',
        reason:
          'лист «Параметры» не переносится: настройки и списки взяты из книги муниципалитета «муниципалитет.xlsx»',
      },
    ]);
    // Its list is the roster: the school's tab in the new book is set on it, the other school has none.
    expect(plan.roster?.map((entry) => [entry.name, entry.sheet ?? null])).toEqual([
      [SCHOOL, SCHOOL],
      ['МКОУ «ООШ № 7»', null],
    ]);
  });

  it('are none without a municipal book: a school file’s «Параметры» is named as not taken', () => {
    const inputs: CollectInput[] = [
      { file: 'школа.xlsx', workbook: memoryWorkbook({ Лист: tab(1), Параметры: PARAMETERS }) },
    ];
    const plan = planCollection(inputs, BUILTIN_CATALOGUE, null);
    expect(plan.settings).toBeNull();
    expect(plan.skipped.map((entry) => entry.reason)).toEqual([
      'лист «Параметры» не переносится: настройки и списки берутся из книги муниципалитета (--roster), а не из файлов ОО',
    ]);
  });
});

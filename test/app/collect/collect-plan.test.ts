import { describe, expect, it } from 'vitest';
import { planCollection, type CollectInput } from '../../../src/app/collect/collect-plan';
import { BUILTIN_CATALOGUE } from '../../../src/core/catalogue/catalogue';
import type { RosterEntry } from '../../../src/core/roster';
import { catalogueTemplate } from '../../../src/core/templates/catalogue-template';
import { modelToGrid } from '../../../src/core/templates/model-grid';
import { schoolTemplate } from '../../../src/core/templates/school-template';
import { memoryWorkbook } from '../../tools/memory-workbook';

/** A school tab of the template with every value set to `value` (1 reads as a count and as «да»). */
function tab(school: string, value: unknown): unknown[][] {
  const values = modelToGrid(schoolTemplate(school, BUILTIN_CATALOGUE, '2025/2026')).values.map((row) => [
    ...row,
  ]);
  for (const row of values.slice(5)) row[4] = value;
  return values;
}

const entry = (name: string, row: number, sheet?: string): RosterEntry => ({
  name,
  curatorEmails: [],
  row,
  ...(sheet ? { sheet } : {}),
});

describe('planCollection', () => {
  it('keeps of two tabs of one school in one file the one with fewer errors, and says so', () => {
    const inputs: CollectInput[] = [
      {
        file: 'a.xlsx',
        workbook: memoryWorkbook({ Старый: tab('МБОУ «СОШ № 1»', 'много'), Новый: tab('МБОУ «СОШ № 1»', 1) }),
      },
    ];
    const plan = planCollection(inputs, BUILTIN_CATALOGUE, null);
    expect(plan.taken).toEqual([{ file: 'a.xlsx', sheet: 'Новый', school: 'МБОУ «СОШ № 1»' }]);
    expect(plan.skipped).toEqual([
      {
        file: 'a.xlsx',
        sheet: 'Старый',
        reason: 'второй лист ОО «МБОУ „СОШ № 1“» в файле: взят лист «Новый»',
      },
    ]);
  });

  it('names generated and settings sheets, and skips a file with nothing of a school as one entry', () => {
    const inputs: CollectInput[] = [
      {
        file: 'a.xlsx',
        workbook: memoryWorkbook(
          {
            'МБОУ «СОШ № 1»': tab('МБОУ «СОШ № 1»', 1),
            Сводная: [['Сводная']],
            Показатели: modelToGrid(catalogueTemplate(BUILTIN_CATALOGUE)).values.map((row) => [...row]),
          },
          { generated: { Сводная: 'summary' } },
        ),
      },
      { file: 'b.xlsx', workbook: memoryWorkbook({ Расписание: [['День', 'Урок']], Заметки: [] }) },
      { file: 'c.xlsx', reason: 'книга защищена паролем' },
    ];
    const plan = planCollection(inputs, BUILTIN_CATALOGUE, null);
    expect(plan.skipped.map(({ file, sheet }) => [file, sheet])).toEqual([
      ['a.xlsx', 'Сводная'],
      ['a.xlsx', 'Показатели'],
      ['b.xlsx', null],
      ['c.xlsx', null],
    ]);
    expect(plan.skipped[1].reason).toContain('настройки и списки берутся из книги муниципалитета');
  });

  it('orders the tabs as the roster does, names them by its «Лист», and fills «Лист» for the rest', () => {
    const inputs: CollectInput[] = [
      { file: '1.xlsx', workbook: memoryWorkbook({ Лист1: tab('МАОУ «Лицей № 3»', 1) }) },
      { file: '2.xlsx', workbook: memoryWorkbook({ Лист1: tab('МБОУ «СОШ № 1»', 1) }) },
      { file: '3.xlsx', workbook: memoryWorkbook({ Лист1: tab('Частная школа «Логос»', 1) }) },
    ];
    const roster = [
      entry('МБОУ «СОШ № 1»', 2, 'СОШ 1'),
      entry('МАОУ «Лицей № 3»', 3),
      entry('МКОУ «ООШ № 7»', 4),
    ];
    const plan = planCollection(inputs, BUILTIN_CATALOGUE, roster);
    expect(plan.tabs.map(({ file, name }) => [file, name])).toEqual([
      ['2.xlsx', 'СОШ 1'],
      ['1.xlsx', 'МАОУ «Лицей № 3»'],
      ['3.xlsx', 'Частная школа «Логос»'],
    ]);
    expect(plan.roster?.map((each) => each.sheet)).toEqual(['СОШ 1', 'МАОУ «Лицей № 3»', undefined]);
    expect(plan.notOnRoster).toEqual(['Частная школа «Логос»']);
  });
});

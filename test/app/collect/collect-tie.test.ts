import { describe, expect, it } from 'vitest';
import { planCollection, type CollectInput } from '../../../src/app/collect/collect-plan';
import { BUILTIN_CATALOGUE } from '../../../src/core/catalogue/catalogue';
import { modelToGrid } from '../../../src/core/templates/model-grid';
import { schoolTemplate } from '../../../src/core/templates/school-template';
import { memoryWorkbook } from '../../tools/memory-workbook';

const SCHOOL = 'МБОУ «СОШ № 1»';

/** A school tab of the template with every value set to `value` (1 reads as a count and as «да»). */
function tab(school: string, value: unknown): unknown[][] {
  const values = modelToGrid(schoolTemplate(school, BUILTIN_CATALOGUE, '2025/2026')).values.map((row) => [
    ...row,
  ]);
  for (const row of values.slice(5)) row[4] = value;
  return values;
}

describe('planCollection with two equally good tabs of one school', () => {
  it('keeps the one of the earlier file and says why the other lost', () => {
    const inputs: CollectInput[] = [
      { file: '01 СОШ 1.xlsx', workbook: memoryWorkbook({ 'СОШ 1': tab(SCHOOL, 1) }) },
      { file: '02 СОШ 1 (повторно).xlsx', workbook: memoryWorkbook({ 'СОШ 1': tab(SCHOOL, 1) }) },
    ];
    const plan = planCollection(inputs, BUILTIN_CATALOGUE, null);
    expect(plan.taken).toEqual([{ file: '01 СОШ 1.xlsx', sheet: 'СОШ 1', school: SCHOOL }]);
    expect(plan.tabs.map((each) => each.file)).toEqual(['01 СОШ 1.xlsx']);
    expect(plan.skipped).toEqual([
      {
        file: '02 СОШ 1 (повторно).xlsx',
        sheet: 'СОШ 1',
        reason: expect.stringContaining('он идёт раньше по порядку файлов') as unknown as string,
      },
    ]);
    expect(plan.skipped[0].reason).toContain('01 СОШ 1.xlsx');
  });

  it('keeps the earlier of three, whichever order the later ones come in', () => {
    const inputs: CollectInput[] = ['a.xlsx', 'b.xlsx', 'c.xlsx'].map((file) => ({
      file,
      workbook: memoryWorkbook({ Лист1: tab(SCHOOL, 1) }),
    }));
    const plan = planCollection(inputs, BUILTIN_CATALOGUE, null);
    expect(plan.taken.map((each) => each.file)).toEqual(['a.xlsx']);
    expect(plan.skipped.map((each) => each.file)).toEqual(['b.xlsx', 'c.xlsx']);
  });

  it('keeps the first of two equal tabs in one file', () => {
    const inputs: CollectInput[] = [
      { file: 'a.xlsx', workbook: memoryWorkbook({ Первый: tab(SCHOOL, 1), Второй: tab(SCHOOL, 1) }) },
    ];
    const plan = planCollection(inputs, BUILTIN_CATALOGUE, null);
    expect(plan.taken).toEqual([{ file: 'a.xlsx', sheet: 'Первый', school: SCHOOL }]);
    expect(plan.skipped).toEqual([
      {
        file: 'a.xlsx',
        sheet: 'Второй',
        reason: 'второй лист ОО «МБОУ „СОШ № 1“» в файле: взят лист «Первый»',
      },
    ]);
  });

  it('still prefers a later tab that is better: fewer errors, then more values filled', () => {
    // An optional figure left empty: no error, one value fewer.
    const partly = tab(SCHOOL, 1);
    const interns = partly.findIndex((row) => row.includes('Педагоги-стажёры стажёрских площадок'));
    partly[interns][4] = '';
    const inputs: CollectInput[] = [
      { file: 'a.xlsx', workbook: memoryWorkbook({ 'СОШ 1': tab(SCHOOL, 'много') }) },
      { file: 'b.xlsx', workbook: memoryWorkbook({ 'СОШ 1': partly }) },
      { file: 'c.xlsx', workbook: memoryWorkbook({ 'СОШ 1': tab(SCHOOL, 1) }) },
    ];
    const plan = planCollection(inputs, BUILTIN_CATALOGUE, null);
    expect(plan.taken.map((each) => each.file)).toEqual(['c.xlsx']);
    const reasons = Object.fromEntries(plan.skipped.map((each) => [each.file, each.reason]));
    expect(reasons['a.xlsx']).toMatch(/меньше показателей с ошибками \(0 против \d+\)/);
    expect(reasons['b.xlsx']).toMatch(/заполнено больше показателей \((\d+) против \d+\)/);
  });
});

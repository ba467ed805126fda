import { describe, expect, it } from 'vitest';
import { filledPeriod, periodInForce, schoolYearOn } from '../../src/app/school-year';
import { summarise } from '../../src/app/summarise';
import { createSchoolSheets } from '../../src/app/templates';
import { BUILTIN_CATALOGUE, isInput } from '../../src/core/catalogue/catalogue';
import { memoryWorkbook } from '../tools/memory-workbook';

describe('schoolYearOn', () => {
  it('starts the school year on 1 September', () => {
    expect(schoolYearOn({ year: 2025, month: 9 })).toBe('2025/2026');
    expect(schoolYearOn({ year: 2025, month: 12 })).toBe('2025/2026');
  });

  it('keeps August, and every month from January, in the year that started the September before', () => {
    expect(schoolYearOn({ year: 2025, month: 8 })).toBe('2024/2025');
    expect(schoolYearOn({ year: 2026, month: 1 })).toBe('2025/2026');
    expect(schoolYearOn({ year: 2026, month: 6 })).toBe('2025/2026');
  });
});

/** «Параметры» as the coordinator fills it: the period typed as the documents write it. */
const PARAMETERS = [
  ['Параметр', 'Значение'],
  ['Муниципалитет', 'г. Ижевск'],
  ['Период', '2025/2026 учебный год'],
];

/** A school tab whose «Период» says the year it was made in, as the template writes it. */
function schoolTab(period: string): unknown[][] {
  const rows: unknown[][] = [
    ['Мониторинг реализации целевой модели наставничества'],
    ['Образовательная организация:', 'МБОУ «СОШ № 1»'],
    ['Период:', period],
    [],
    ['Код', 'Показатель', 'Значение', 'Комментарий / ссылка'],
  ];
  for (const def of BUILTIN_CATALOGUE.indicators.filter(isInput)) rows.push([def.code, def.title, 1, '']);
  return rows;
}

describe('the period in force', () => {
  it('is «Период» of «Параметры» when filled, else the school year given', () => {
    expect(periodInForce('2025/2026 учебный год', '2026/2027')).toBe('2025/2026 учебный год');
    expect(periodInForce('  2025 год ', '2026/2027')).toBe('2025 год');
    expect(periodInForce('', '2026/2027')).toBe('2026/2027');
    expect(periodInForce('   ', '2026/2027')).toBe('2026/2027');
    expect(periodInForce(null, '2026/2027')).toBe('2026/2027');
    expect(periodInForce(undefined, '2026/2027')).toBe('2026/2027');
  });

  it('is read from «Параметры» whatever the case of the tab’s name, and is null without the sheet', () => {
    const workbook = memoryWorkbook({ параметры: PARAMETERS });
    expect(filledPeriod(workbook, ['параметры'])).toBe('2025/2026 учебный год');
    expect(filledPeriod(memoryWorkbook({}), [])).toBeNull();
    const empty = memoryWorkbook({ Параметры: [PARAMETERS[0], ['Период', '']] });
    expect(filledPeriod(empty, ['Параметры'])).toBeNull();
  });

  it('heads «Сводная» with «Параметры» even when the tabs say another year, and with today’s school year without it', () => {
    const today = { year: 2026, month: 12, day: 7 };
    const withParameters = memoryWorkbook({ Параметры: PARAMETERS, 'СОШ 1': schoolTab('2026/2027') });
    expect(summarise(withParameters, { today }).result.period).toBe('2025/2026 учебный год');
    const without = memoryWorkbook({ 'СОШ 1': schoolTab('2024/2025') });
    expect(summarise(without, { today }).result.period).toBe('2026/2027');
  });

  it('is what a new school tab says when «Параметры» is filled', () => {
    const workbook = memoryWorkbook({ Параметры: PARAMETERS });
    createSchoolSheets(workbook, ['МБОУ «СОШ № 7»'], '2026/2027');
    const tab = Object.values(workbook.models)[0];
    const periodRow = tab.cells.find((row) => String(row[0]?.value ?? '').startsWith('Период'));
    expect(periodRow?.map((cell) => cell.value)).toContain('2025/2026 учебный год');
  });
});

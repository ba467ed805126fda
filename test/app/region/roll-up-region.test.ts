import { describe, expect, it } from 'vitest';
import { generateRegionalSummary, rollUpRegion } from '../../../src/app/region/roll-up-region';
import { memoryWorkbook } from '../../tools/memory-workbook';
import { book, GOOD } from './books';

const sosnovsky = book('Сосновский район', { 'СОШ 1': GOOD, 'СОШ 2': { ...GOOD, ped_mentors: 20 } });
const berezovsky = book('Берёзовский район', { 'СОШ 3': { ...GOOD, ped_total: 10, ped_mentors: 10 } });

describe('rollUpRegion', () => {
  it('makes the municipalities the organisations, alphabetically, with the schools each book holds', () => {
    const { region, schools, errors } = rollUpRegion([sosnovsky, berezovsky]);
    expect(region.organizations.map((org) => [org.name, org.sheet])).toEqual([
      ['Берёзовский район', 'Берёзовский район.xlsx'],
      ['Сосновский район', 'Сосновский район.xlsx'],
    ]);
    expect([...schools]).toEqual([
      ['Сосновский район.xlsx', 2],
      ['Берёзовский район.xlsx', 1],
    ]);
    expect(errors).toBe(0);
  });

  it('weighs a regional share over schools (Σ/Σ), never as a mean of the municipal shares', () => {
    const { region } = rollUpRegion([sosnovsky, berezovsky]);
    const mentors = region.indicators.find((indicator) => indicator.id === 'share_mentors');
    // (10 + 20 + 10) / (40 + 40 + 10); the mean of 30/80 and 10/10 would be 0.6875.
    expect(mentors?.value).toBeCloseTo(40 / 90, 10);
  });

  it('counts the errors of every book', () => {
    const broken = book('Ивановский район', {
      'СОШ 4': { ...GOOD, ped_total: 'сорок' },
      'СОШ 5': { ...GOOD, ped_mentors: 'десять' },
    });
    expect(rollUpRegion([sosnovsky, broken]).errors).toBe(2);
  });

  it('draws the regional «Сводная» with the municipalities as rows and the regional total', () => {
    const workbook = memoryWorkbook({});
    generateRegionalSummary(workbook, rollUpRegion([sosnovsky, berezovsky]).region, '02.12.2025 10:00');
    expect(workbook.listSheets()).toEqual([{ name: 'Сводная', generated: 'summary' }]);
    const text = workbook.readSheet('Сводная').values.flat().map(String);
    expect(text).toContain('Итого по региону');
    expect(text).toContain('Берёзовский район');
    expect(text).toContain('Муниципалитет');
  });
});

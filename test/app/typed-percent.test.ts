/**
 * A percent typed into a count cell (0.35 under a percent format) is written «35 %» by the full analysis,
 * which reads the number formats only of the tabs that may hold one: those with a fraction among their values.
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/app/analyse';
import { mayHoldTypedPercent } from '../../src/core/monitoring/typed-percent';
import { rowOf, schoolTab, validValues } from '../core/monitoring/school-tab-fixture';
import { memoryWorkbook } from '../tools/memory-workbook';

const TYPED = '«35\u00a0%»';

function percentFormats(rows: number, row: number): string[][] {
  return Array.from({ length: rows }, (_, r) =>
    Array.from({ length: 6 }, (_, c) => (r === row - 1 && c === 4 ? '0%' : 'General')),
  );
}

describe('mayHoldTypedPercent', () => {
  it('is true for a fraction in the value column only', () => {
    expect(
      mayHoldTypedPercent(schoolTab('СОШ 1', 'МБОУ «СОШ № 1»', { ...validValues(), ped_total: 0.35 })),
    ).toBe(true);
    expect(mayHoldTypedPercent(schoolTab('СОШ 1', 'МБОУ «СОШ № 1»', validValues()))).toBe(false);
    // A fraction typed as text, «0,35», is shown as typed without the format.
    expect(
      mayHoldTypedPercent(schoolTab('СОШ 1', 'МБОУ «СОШ № 1»', { ...validValues(), ped_total: '0,35' })),
    ).toBe(false);
  });

  it('is false without a monitoring header', () => {
    expect(mayHoldTypedPercent({ name: 'x', values: [['Код'], [0.5]] })).toBe(false);
  });
});

describe('analyse with a percent typed into a count cell', () => {
  const typed = schoolTab('СОШ 1', 'МБОУ «СОШ № 1»', { ...validValues(), ped_total: 0.35 });
  const plain = schoolTab('СОШ 2', 'МБОУ «СОШ № 2»', validValues());
  const workbook = memoryWorkbook(
    { 'СОШ 1': typed.values as unknown[][], 'СОШ 2': plain.values as unknown[][] },
    { numberFormats: { 'СОШ 1': percentFormats(typed.values.length, rowOf('ped_total')) } },
  );
  const analysis = analyse(workbook);

  it('writes the value as typed, «35 %», in the message and its value', () => {
    const issue = analysis.result.issues.find(
      (each) => each.sheet === 'СОШ 1' && each.row === rowOf('ped_total'),
    );
    expect(issue?.message).toContain(TYPED);
    expect(issue?.params.value).toBe('35\u00a0%');
  });

  it('reads the formats of that tab only: one read more, none for a tab of whole numbers', () => {
    expect(workbook.reads).toEqual({ 'СОШ 1': 2, 'СОШ 2': 1 });
  });
});

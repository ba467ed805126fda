import { describe, it, expect } from 'vitest';
import { labelledValue } from '../../../src/core/monitoring/labelled-cell';

const labels = ['Образовательная организация', 'Наименование ОО', 'ОО'];

describe('labelledValue', () => {
  it('takes the value to the right of the label', () => {
    const grid = {
      name: 'x',
      values: [
        ['Мониторинг', ''],
        ['Образовательная организация:', 'МБОУ «СОШ № 1»'],
      ],
    };
    expect(labelledValue(grid, labels, 5)).toEqual({ value: 'МБОУ «СОШ № 1»', row: 2, column: 2 });
  });

  it('skips the rest of a merged label and empty cells', () => {
    const grid = {
      name: 'x',
      values: [['ОО', '', '', 'МКОУ «Ивановская ООШ»']],
      merges: [{ row: 1, column: 1, rows: 1, columns: 2 }],
    };
    expect(labelledValue(grid, labels, 5)).toEqual({ value: 'МКОУ «Ивановская ООШ»', row: 1, column: 4 });
  });

  it('reads «label: value» written in one cell', () => {
    const grid = { name: 'x', values: [['Наименование ОО: МБОУ «Лицей № 2»']] };
    expect(labelledValue(grid, labels, 5)).toEqual({ value: 'МБОУ «Лицей № 2»', row: 1, column: 1 });
  });

  it('returns null when the label has no value or lies below the last row searched', () => {
    expect(labelledValue({ name: 'x', values: [['ОО:', '']] }, labels, 5)).toBeNull();
    expect(labelledValue({ name: 'x', values: [[''], ['ОО', 'МБОУ «СОШ № 3»']] }, labels, 1)).toBeNull();
  });

  it('takes a label with a note in brackets for the label', () => {
    const grid = {
      name: 'x',
      values: [['Образовательная организация (полное наименование):', 'МБОУ «СОШ № 1» г. Ишима']],
    };
    expect(labelledValue(grid, labels, 5)).toEqual({ value: 'МБОУ «СОШ № 1» г. Ишима', row: 1, column: 2 });
    expect(labelledValue({ name: 'x', values: [['ОО (сокращённо): СОШ № 4']] }, labels, 5)?.value).toBe(
      'СОШ № 4',
    );
  });
});

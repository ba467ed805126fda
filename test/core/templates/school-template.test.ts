import { describe, expect, it } from 'vitest';
import { BUILTIN_CATALOGUE, isInput } from '../../../src/core/catalogue/catalogue';
import { parseSchoolTab } from '../../../src/core/monitoring/school-tab';
import { modelToGrid } from '../../../src/core/templates/model-grid';
import { schoolTemplate } from '../../../src/core/templates/school-template';

const inputs = BUILTIN_CATALOGUE.indicators.filter(isInput);

describe('schoolTemplate', () => {
  const model = schoolTemplate('МБОУ «СОШ № 1»', BUILTIN_CATALOGUE, '2025');

  it('follows the layout of the school tab (docs/domain.md#school-tab)', () => {
    const v = (row: number, column: number) => model.cells[row - 1]?.[column - 1]?.value;
    expect(v(1, 1)).toBe('Мониторинг реализации целевой модели наставничества');
    expect([v(2, 1), v(2, 2)]).toEqual(['Образовательная организация:', 'МБОУ «СОШ № 1»']);
    expect([v(3, 1), v(3, 2)]).toEqual(['Период:', '2025']);
    // The instruction is visible on the tab, across the table's width, not only in a note.
    expect(String(v(4, 1))).toContain('Заполните столбец «Значение»');
    expect(String(v(4, 1))).toContain('Розовая заливка ячейки — ошибка, оранжевая — предупреждение');
    expect(model.merges).toEqual([{ row: 4, column: 1, rows: 1, columns: 7 }]);
    expect(model.note).toBeUndefined();
    expect(model.cells[4].map((cell) => cell.value)).toEqual([
      'Код',
      'Раздел',
      'Показатель',
      'Ед. изм.',
      'Значение',
      'Комментарий / ссылка',
      'Обязательный',
    ]);
    expect(model.cells).toHaveLength(5 + inputs.length);
    expect(model.frozenRows).toBe(5);
  });

  it('lists every input indicator with its code, title and unit, and leaves the value empty', () => {
    expect(model.cells[5].map((cell) => cell.value)).toEqual([
      '1.1',
      'Педагогические работники в программах наставничества',
      'Общая численность педагогических работников',
      'чел.',
      null,
      null,
      'да',
    ]);
    // «Обязательный» follows the catalogue in force.
    const marks = model.cells.slice(5).map((r) => r[6].value);
    expect(marks).toEqual(inputs.map((def) => (def.required ? 'да' : null)));
    expect(marks).toContain(null);
    const row = (id: string) => model.cells[5 + inputs.findIndex((def) => def.id === id)];
    expect(row('programs_approved')[3].value).toBe('ед.');
    expect(row('doc_order')[3].value).toBe('да/нет');
    expect(model.cells.slice(5).every((r) => r[4].value === null)).toBe(true);
  });

  it('puts a non-strict да/нет dropdown on exactly the flag rows', () => {
    const covered = model.dataValidations.flatMap((dv) => {
      expect(dv).toMatchObject({ values: ['да', 'нет'], strict: false, area: { column: 5, columns: 1 } });
      return Array.from({ length: dv.area.rows }, (_, i) => dv.area.row + i);
    });
    const flagRows = inputs.flatMap((def, i) => (def.type === 'flag' ? [6 + i] : []));
    expect(covered).toEqual(flagRows);
    expect(model.dataValidations.length).toBeLessThan(flagRows.length);
  });

  it('is read by the monitoring parser: name, period and filled values', () => {
    const grid = modelToGrid(model);
    const values = grid.values.map((row) => row.slice());
    values[5][4] = 64;
    values[5 + inputs.findIndex((def) => def.id === 'doc_order')][4] = 'да';
    const tab = parseSchoolTab({ ...grid, name: 'СОШ № 1', values }, BUILTIN_CATALOGUE)!;
    expect(tab.name).toBe('МБОУ «СОШ № 1»');
    expect(tab.period).toBe('2025');
    expect(tab.matchedRows).toBe(inputs.length);
    expect(tab.inputs.ped_total.value).toBe(64);
    expect(tab.inputs.doc_order.value).toBe(1);
  });
});

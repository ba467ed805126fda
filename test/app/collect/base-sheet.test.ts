import { describe, expect, it } from 'vitest';
import { mergedBaseSheet } from '../../../src/app/collect/base-sheet';
import { baseTemplate } from '../../../src/core/templates/base-template';
import { HEADER_STYLE } from '../../../src/core/templates/template-style';

describe('mergedBaseSheet', () => {
  const template = baseTemplate();
  // Drawn in each test: a change that throws must fail a test, not the loading of the file.
  const sheet = () =>
    mergedBaseSheet({
      extraHeaders: ['Контакты', 'Стаж'],
      rows: [
        [
          1,
          'Петрова Анна Сергеевна',
          'МБОУ «СОШ № 1»',
          'Методика',
          'Конкурс',
          'Сидоров Иван',
          'педагог — педагог',
          'МБОУ «СОШ № 1»',
          '+7 912',
          null,
        ],
      ],
      files: [],
    });

  it('draws the template’s header, then the extra columns’ headers in the header style', () => {
    const header = sheet().cells[0];
    expect(header.slice(0, template.cells[0].length)).toEqual(template.cells[0]);
    expect(header.slice(template.cells[0].length)).toEqual([
      { value: 'Контакты', style: HEADER_STYLE },
      { value: 'Стаж', style: HEADER_STYLE },
    ]);
  });

  it('puts the rows under it as plain values, replacing the template’s empty rows', () => {
    expect(sheet().cells).toHaveLength(2);
    expect(sheet().cells[1].map((cell) => cell.value)).toEqual([
      1,
      'Петрова Анна Сергеевна',
      'МБОУ «СОШ № 1»',
      'Методика',
      'Конкурс',
      'Сидоров Иван',
      'педагог — педагог',
      'МБОУ «СОШ № 1»',
      '+7 912',
      null,
    ]);
  });

  it('keeps the template’s widths and gives each extra column a readable one', () => {
    expect(sheet().columnWidths).toEqual([...template.columnWidths, 200, 200]);
    expect(sheet().name).toBe(template.name);
  });
});

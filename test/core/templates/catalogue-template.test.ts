import { describe, expect, it } from 'vitest';
import { BUILTIN_CATALOGUE } from '../../../src/core/catalogue/catalogue';
import { parseCatalogueSheet } from '../../../src/core/catalogue/catalogue-sheet';
import { catalogueTemplate } from '../../../src/core/templates/catalogue-template';
import { modelToGrid } from '../../../src/core/templates/model-grid';

describe('catalogueTemplate', () => {
  const model = catalogueTemplate(BUILTIN_CATALOGUE);
  const rowOf = (id: string) => model.cells.find((row) => row[1]?.value === id)!;

  it('has the ten columns of SPEC 2.4 and one row per indicator, derived shares included', () => {
    expect(model.name).toBe('Показатели');
    expect(model.cells[0].map((cell) => cell.value)).toEqual([
      'Код',
      'ID',
      'Раздел',
      'Показатель',
      'Тип',
      'Числитель (ID)',
      'Знаменатель (ID)',
      'Целевое значение',
      'Обязательный',
      'Источник',
    ]);
    expect(model.cells).toHaveLength(BUILTIN_CATALOGUE.indicators.length + 1);
    expect(
      rowOf('share_mentors')
        .map((c) => c.value)
        .slice(0, 7),
    ).toEqual([
      null,
      'share_mentors',
      'Педагогические работники в программах наставничества',
      'Доля наставников в общем количестве педагогических работников',
      'share',
      'ped_mentors',
      'ped_total',
    ]);
  });

  it('writes targets as fractions shown in percent', () => {
    const target = rowOf('share_students_mentees')[7];
    expect(target.value).toBe(0.7);
    expect(target.style?.numberFormat).toBe('0%');
    expect(rowOf('share_oo_implementing')[7].value).toBe(1);
  });

  it('keeps codes as text so that 1.10 does not become 1.1', () => {
    expect(rowOf('mentors_regional_active')[0].value).toBe('1.10');
  });

  it('reads back as the built-in catalogue without a single issue', () => {
    const parsed = parseCatalogueSheet(modelToGrid(model));
    expect(parsed.issues).toEqual([]);
    expect(parsed.catalogue.indicators.map((def) => [def.id, def.target, def.required])).toEqual(
      BUILTIN_CATALOGUE.indicators.map((def) => [def.id, def.target, def.required]),
    );
  });

  it('lets the type be chosen from the four types only, and «Обязательный» from да/нет', () => {
    const [type, required] = model.dataValidations;
    expect(type).toMatchObject({
      values: ['count', 'flag', 'percent', 'share'],
      strict: true,
      area: { column: 5 },
    });
    expect(required).toMatchObject({ values: ['да', 'нет'], strict: false, area: { column: 9 } });
  });
});

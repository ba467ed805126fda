import { describe, expect, it } from 'vitest';
import { BUILTIN_CATALOGUE } from '../../../src/core/catalogue/catalogue';
import { parseCatalogueSheet } from '../../../src/core/catalogue/catalogue-sheet';
import { CATALOGUE_HEADER_ROW, catalogueTemplate } from '../../../src/core/templates/catalogue-template';
import { modelToGrid } from '../../../src/core/templates/model-grid';

describe('catalogueTemplate', () => {
  const model = catalogueTemplate(BUILTIN_CATALOGUE);
  const rowOf = (id: string) => model.cells.find((row) => row[1]?.value === id)!;
  const headerIndex = CATALOGUE_HEADER_ROW - 1;

  it('has the ten columns of «Показатели» and one row per indicator, derived shares included', () => {
    expect(model.name).toBe('Показатели');
    expect(model.cells[headerIndex].map((cell) => cell.value)).toEqual([
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
    expect(model.cells).toHaveLength(CATALOGUE_HEADER_ROW + BUILTIN_CATALOGUE.indicators.length);
    expect(
      rowOf('share_mentors')
        .map((c) => c.value)
        .slice(0, 7),
    ).toEqual([
      null,
      'share_mentors',
      'Педагогические работники в программах наставничества',
      'Доля наставников в общем количестве педагогических работников',
      'доля',
      'ped_mentors',
      'ped_total',
    ]);
  });

  it('writes targets as fractions shown in percent', () => {
    const target = rowOf('share_students_mentees')[7];
    expect(target.value).toBe(0.7);
    // RUSSIAN.md: a non-breaking space before the percent sign, in cell formats too.
    expect(target.style?.numberFormat).toBe('0"\u00a0"%');
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

  it('lets the type be chosen in Russian from the four types only, and «Обязательный» from да/нет', () => {
    const [type, required] = model.dataValidations;
    expect(type).toMatchObject({
      values: ['количество', 'да-нет', 'процент', 'доля'],
      strict: true,
      area: { column: 5, row: CATALOGUE_HEADER_ROW + 1 },
    });
    expect(required).toMatchObject({ values: ['да', 'нет'], strict: false, area: { column: 9 } });
  });

  it('says what may be changed in a visible block above the table, not in a hidden note', () => {
    expect(model.note).toBeUndefined();
    const intro = model.cells.slice(0, headerIndex).map((row) => String(row[0]?.value ?? ''));
    expect(intro.join(' ')).toContain('Коды, ID, типы и формулы встроенных показателей не меняются');
    expect(intro.join(' ')).toContain('количество — целое число; да-нет');
  });

  it('protects the codes and ids of the built-in indicators with a warning only', () => {
    expect(model.protections).toEqual([
      {
        area: {
          row: CATALOGUE_HEADER_ROW,
          column: 1,
          rows: BUILTIN_CATALOGUE.indicators.length + 1,
          columns: 2,
        },
        description: expect.stringContaining('коды и ID встроенных показателей'),
      },
    ]);
  });
});

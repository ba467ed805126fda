import { describe, expect, it } from 'vitest';
import { BUILTIN_CATALOGUE } from '../../../src/core/catalogue/catalogue';
import { parseSchoolTab } from '../../../src/core/monitoring/school-tab';

function tab(rows: unknown[][]) {
  const values = [['Код', 'Показатель', 'Значение'], ...rows];
  const parsed = parseSchoolTab({ name: 'СОШ 1', values }, BUILTIN_CATALOGUE);
  if (parsed === null) throw new Error('not a school tab');
  return parsed;
}

describe('rows in the municipality\u2019s own wording', () => {
  it('reads a close title with an info and the code as the fix, whatever the code cell holds', () => {
    const parsed = tab([['7', 'Численность педагогических работников (чел.)', 40]]);
    expect(parsed.inputs.ped_total.value).toBe(40);
    const note = parsed.issues.find((issue) => issue.code === 'indicator/title-variant');
    expect(note).toMatchObject({ severity: 'info', cell: 'A2', fix: { value: '1.1' } });
    expect(note?.message).toBe(
      'Название в ячейке B2 «Численность педагогических работников (чел.)» отличается от перечня показателей; ' +
        'строка прочитана как показатель 1.1 «Общая численность педагогических работников».',
    );
  });

  it('names the closest indicator when the title is not close enough', () => {
    const parsed = tab([['', 'Количество наставников в методическом активе', 3]]);
    const unknown = parsed.issues.find((issue) => issue.code === 'indicator/unknown');
    expect(unknown).toMatchObject({
      severity: 'warning',
      cell: 'A2',
      params: { suggestion: 'mentors_municipal_active' },
      fix: { value: '1.9' },
    });
    expect(unknown?.message).toContain(
      'возможно, это один из показателей: 1.9 «Наставники в муниципальном методическом активе», 1.10 «Наставники в региональном методическом активе»',
    );
  });

  it('gives no note when the title is the catalogue\u2019s own', () => {
    const parsed = tab([['', 'Общая численность педагогических работников', 40]]);
    expect(
      parsed.issues.filter(
        (issue) => issue.code.startsWith('indicator/') && issue.code !== 'indicator/missing',
      ),
    ).toEqual([]);
  });
});

describe('a form without a code column', () => {
  const read = (rows: unknown[][]) => {
    const parsed = parseSchoolTab(
      { name: 'СОШ 1', values: [['Показатель', 'Значение'], ...rows] },
      BUILTIN_CATALOGUE,
    );
    if (parsed === null) throw new Error('not a school tab');
    return parsed;
  };

  it('puts the closest code before the title as the fix of an unread row, and the fixed row is read', () => {
    const title = 'Количество наставников в методическом активе';
    const unknown = read([[title, 3]]).issues.find((issue) => issue.code === 'indicator/unknown');
    expect(unknown).toMatchObject({ cell: 'A2', fix: { value: `1.9 ${title}` } });
    const fixed = read([[unknown?.fix?.value, 3]]);
    expect(fixed.inputs.mentors_municipal_active).toMatchObject({ value: 3, onForm: true });
  });

  it('skips section rows and counts as required only what the form holds', () => {
    const parsed = read([
      ['Раздел 1. Кадры', ''],
      ['Численность педагогических работников (чел.)', 40],
      ['Педагоги-наставники', 8],
    ]);
    expect(parsed.issues.filter((issue) => issue.severity !== 'info')).toEqual([]);
    expect(parsed.inputs.ped_total).toMatchObject({ value: 40, onForm: true });
    expect(parsed.inputs.doc_order).toMatchObject({
      value: null,
      invalid: false,
      notAsked: true,
      onForm: false,
    });
    expect(parsed.unreadRows).toEqual([]);
  });

  it('reads a value typed in the note column when the value cell is empty, with a warning there', () => {
    const parsed = parseSchoolTab(
      {
        name: 'СОШ 1',
        values: [
          ['Код', 'Показатель', 'Значение', 'Примечание'],
          ['1.2', 'Педагоги в роли наставника', '', '12'],
          ['1.3', 'Педагоги в роли наставляемого', '', 'уточняется'],
        ],
      },
      BUILTIN_CATALOGUE,
    );
    expect(parsed?.inputs.ped_mentors).toMatchObject({ value: 12, invalid: false });
    expect(parsed?.inputs.ped_mentees).toMatchObject({ value: null, invalid: true });
    const moved = parsed?.issues.filter((issue) => issue.code === 'value/in-comment');
    expect(moved?.map((issue) => [issue.cell, issue.severity])).toEqual([['D2', 'warning']]);
  });
});

import { describe, it, expect } from 'vitest';
import { BUILTIN_CATALOGUE } from '../../../src/core/catalogue/catalogue';
import type { Grid } from '../../../src/core/sheet/grid';
import { parseSchoolTab } from '../../../src/core/monitoring/school-tab';
import { rowOf, schoolTab, validValues } from './school-tab-fixture';

function parse(grid: Grid) {
  const tab = parseSchoolTab(grid, BUILTIN_CATALOGUE);
  if (tab === null) throw new Error('not recognised');
  return tab;
}

describe('parseSchoolTab', () => {
  it('reads a correctly filled tab without issues', () => {
    const tab = parse(schoolTab('СОШ 1', 'МБОУ «СОШ № 1»', validValues()));
    expect(tab.name).toBe('МБОУ «СОШ № 1»');
    expect(tab.period).toBe('2025');
    expect(tab.issues).toEqual([]);
    expect(tab.matchedRows).toBe(45);
    expect(tab.inputs.ped_mentors).toEqual({
      value: 8,
      invalid: false,
      row: rowOf('ped_mentors'),
      column: 5,
      onForm: true,
    });
    expect(tab.inputs.doc_order.value).toBe(1);
  });

  it('falls back on the tab name when the labelled cell is absent', () => {
    expect(parse(schoolTab('МКОУ Ивановская ООШ', null, validValues())).name).toBe('МКОУ Ивановская ООШ');
  });

  it('names the cell and the value in a Russian message', () => {
    const tab = parse(schoolTab('СОШ 1', 'МБОУ «СОШ № 1»', validValues({ ped_mentors: '12,5' })));
    const row = rowOf('ped_mentors');
    expect(tab.issues).toHaveLength(1);
    expect(tab.issues[0]).toMatchObject({
      code: 'value/not-integer',
      severity: 'error',
      sheet: 'СОШ 1',
      cell: `E${row}`,
      row,
      column: 5,
    });
    expect(tab.issues[0].message).toBe(
      `В ячейке E${row} «12,5»: количество должно быть целым числом (показатель 1.2 «Педагоги в роли наставника»)`,
    );
    expect(tab.issues[0].hint).toBeTruthy();
    expect(tab.inputs.ped_mentors).toMatchObject({ value: null, invalid: true });
  });

  it('reports formula errors and empty required cells as errors, never zeros', () => {
    const tab = parse(
      schoolTab('СОШ 1', 'МБОУ «СОШ № 1»', validValues({ ped_total: '#REF!', doc_order: '', interns: '' })),
    );
    expect(tab.issues.map((i) => [i.code, i.cell])).toEqual([
      ['cell/formula-error', `E${rowOf('ped_total')}`],
      ['cell/required', `E${rowOf('doc_order')}`],
    ]);
    expect(tab.inputs.ped_total).toMatchObject({ value: null, invalid: true });
    expect(tab.inputs.interns).toMatchObject({ value: null, invalid: false });
    expect(tab.issues[1].message).toContain(
      '2.2 «Приказ о внедрении целевой модели наставничества» обязателен',
    );
  });

  it('keeps a link in a flag cell as evidence, and a link in the comment column too', () => {
    const grid = schoolTab(
      'СОШ 1',
      'МБОУ «СОШ № 1»',
      validValues({ doc_order: 'https://sosh1.ru/prikaz-45.pdf' }),
    );
    const rows = grid.values.map((r) => r.slice());
    rows[rowOf('doc_regulation') - 1][5] = 'Положение: https://sosh1.ru/polozhenie.pdf';
    const tab = parse({ ...grid, values: rows });
    expect(tab.inputs.doc_order).toMatchObject({ value: 1, evidence: 'https://sosh1.ru/prikaz-45.pdf' });
    expect(tab.inputs.doc_regulation).toMatchObject({
      value: 1,
      evidence: 'https://sosh1.ru/polozhenie.pdf',
    });
  });

  it('reports a missing required row as an error and ignores a missing optional one', () => {
    const values = validValues();
    delete values.doc_roadmap;
    delete values.interns;
    const tab = parse(schoolTab('СОШ 1', 'МБОУ «СОШ № 1»', values));
    expect(tab.issues).toHaveLength(1);
    expect(tab.issues[0]).toMatchObject({ code: 'indicator/missing', severity: 'error', cell: 'A5' });
    expect(tab.issues[0].message).toContain('2.4 «Дорожная карта (план мероприятий)»');
    expect(tab.inputs.doc_roadmap).toMatchObject({ value: null, invalid: true });
    expect(tab.inputs.interns).toMatchObject({ value: null, invalid: false });
  });

  it('matches rows by title when the code is empty or was turned into a number', () => {
    const grid = schoolTab('СОШ 1', 'МБОУ «СОШ № 1»', validValues());
    const rows = grid.values.map((r) => r.slice());
    rows[rowOf('ped_total') - 1][0] = '';
    rows[rowOf('ped_total') - 1][2] = '  общая численность  педагогических работников ';
    // «1.10» typed into a number cell becomes 1.1, the code of ped_total.
    rows[rowOf('mentors_regional_active') - 1][0] = 1.1;
    rows[rowOf('mentors_regional_active') - 1][4] = 3;
    const tab = parse({ ...grid, values: rows });
    expect(tab.issues).toEqual([]);
    expect(tab.inputs.ped_total.value).toBe(40);
    expect(tab.inputs.mentors_regional_active.value).toBe(3);
  });

  it('flags duplicate rows as errors and leaves the indicator out', () => {
    const grid = schoolTab('СОШ 1', 'МБОУ «СОШ № 1»', validValues());
    const rows = grid.values.map((r) => r.slice());
    rows.push(['1.2', '', 'Педагоги в роли наставника', 'чел.', 9, '']);
    const tab = parse({ ...grid, values: rows });
    expect(tab.issues).toHaveLength(1);
    expect(tab.issues[0]).toMatchObject({
      code: 'indicator/duplicate',
      severity: 'error',
      cell: `A${rows.length}`,
    });
    expect(tab.issues[0].message).toContain(`дублирует строку ячейки A${rowOf('ped_mentors')}`);
    expect(tab.inputs.ped_mentors).toMatchObject({ value: null, invalid: true });
  });

  it('warns about unknown indicators and skips section headings', () => {
    const grid = schoolTab('СОШ 1', 'МБОУ «СОШ № 1»', validValues());
    const rows = grid.values.map((r) => r.slice());
    rows.splice(5, 0, ['1', '', 'Педагогические работники в программах наставничества', '', '', '']);
    rows.push(['6.1', '', 'Количество конкурсов наставников', 'шт.', 2, '']);
    const tab = parse({ ...grid, values: rows });
    expect(tab.issues).toHaveLength(1);
    expect(tab.issues[0]).toMatchObject({
      code: 'indicator/unknown',
      severity: 'warning',
      cell: `A${rows.length}`,
    });
    expect(tab.issues[0].message).toContain('«6.1»');
  });

  it('skips the regulation’s subclauses as headings: a parent code with no value, «По …» with no code', () => {
    const values = [
      ['Код', 'Наименование показателя', 'Значение'],
      ['6.1.1', 'По наличию локально-нормативных актов, регламентирующих внедрение МСЦМН', ''],
      ['6.1.1.1', 'Разработан приказ о внедрении МСЦМН', 'да'],
      ['', 'По результатам реализации МСЦМН в образовательных организациях', ''],
      ['6.1.3.1', 'Общее количество педагогических работников ОО', 40],
      // Not a heading: nothing is numbered under it.
      ['6.1.4', 'Количество конкурсов наставников', ''],
    ];
    const tab = parse({ name: 'СОШ 1', values });
    expect(tab.inputs.doc_order.value).toBe(1);
    expect(tab.inputs.ped_total.value).toBe(40);
    // «По результатам реализации …» is not read as 2.1, «ОО реализует систему наставничества».
    expect(tab.inputs.implements_model.onForm).toBe(false);
    const unknown = tab.issues.filter((issue) => issue.code === 'indicator/unknown');
    expect(unknown.map((issue) => issue.cell)).toEqual(['A6']);
  });

  it('points at the value of a row that has neither code nor title', () => {
    const grid = schoolTab('СОШ 1', 'МБОУ «СОШ № 1»', validValues());
    const rows = grid.values.map((r) => r.slice());
    rows.push(['', '', '', '', 17, '']);
    const tab = parse({ ...grid, values: rows });
    expect(tab.issues.map((i) => [i.code, i.cell])).toEqual([['indicator/unknown', `E${rows.length}`]]);
    expect(tab.issues[0].message).toContain('«17»');
  });

  it('accepts reordered columns, extra title rows and a merged name cell', () => {
    const values = [
      ['Управление образования Администрации города', '', '', ''],
      ['Мониторинг ЦМН, 2025/2026 учебный год', '', '', ''],
      ['Наименование ОО', '', 'МКОУ «Ивановская ООШ»', ''],
      ['Отчётный период', '2025/2026', '', ''],
      ['Значение', 'Показатель', 'Код', 'Примечание'],
      [5, 'Педагоги в роли наставника', '1.2', ''],
      ['да', 'Приказ о внедрении целевой модели наставничества', '2.2', ''],
    ];
    const tab = parse({ name: 'Ивановская', values, merges: [{ row: 3, column: 1, rows: 1, columns: 2 }] });
    expect(tab.name).toBe('МКОУ «Ивановская ООШ»');
    expect(tab.period).toBe('2025/2026');
    expect(tab.inputs.ped_mentors).toMatchObject({ value: 5, row: 6, column: 1 });
    expect(tab.inputs.doc_order.value).toBe(1);
    expect(tab.issues.filter((i) => i.code === 'indicator/missing')).toHaveLength(20);
  });

  it('reads percents from %-formatted cells of indicators the catalogue sheet adds', () => {
    const catalogue = {
      indicators: [
        ...BUILTIN_CATALOGUE.indicators,
        {
          code: '6.1',
          id: 'kpk_share',
          section: 'Дополнительно',
          title: 'Доля педагогов с КПК',
          type: 'percent' as const,
          target: 0.5,
          required: true,
          source: '',
        },
      ],
    };
    const grid = schoolTab('СОШ 1', 'МБОУ «СОШ № 1»', validValues());
    const rows = grid.values.map((r) => r.slice());
    rows.push(['6.1', '', 'Доля педагогов с КПК', '%', 0.35, '']);
    const formats = rows.map((r) => r.map(() => ''));
    formats[rows.length - 1][4] = '0.0%';
    const tab = parseSchoolTab({ ...grid, values: rows, numberFormats: formats }, catalogue);
    expect(tab?.issues).toEqual([]);
    expect(tab?.inputs.kpk_share.value).toBe(0.35);
  });

  it('reads codes from «Код» when a «№ п/п» column numbers the rows, without a warning', () => {
    const values = [
      ['№ п/п', 'Код', 'Показатель', 'Значение'],
      [1, '1.2', 'Педагоги в роли наставника', 5],
      [2, '2.2', '', 'да'],
    ];
    const tab = parse({ name: 'СОШ 5', values });
    expect(tab.header.columns.code).toBe(2);
    expect(tab.inputs.ped_mentors.value).toBe(5);
    expect(tab.inputs.doc_order.value).toBe(1);
    expect(tab.issues.filter((i) => i.code !== 'indicator/missing')).toEqual([]);
  });

  it('skips the row of column numbers official forms put under the header', () => {
    const grid = schoolTab('СОШ 1', 'МБОУ «СОШ № 1»', validValues());
    const rows = grid.values.map((r) => r.slice());
    rows.splice(5, 0, [1, 2, 3, '4', 5, 6]);
    expect(parse({ ...grid, values: rows }).issues).toEqual([]);
  });

  it('matches a title the curator followed with its unit', () => {
    const values = [
      ['Код', 'Показатель', 'Значение'],
      ['', 'Педагоги в роли наставника (чел.)', 5],
      ['', 'Дорожная карта (план мероприятий) (да/нет)', 'да'],
      ['', 'Утверждённые программы наставничества, ед.', 2],
      ['', 'Педагоги в роли наставника (из них молодых)', 1],
    ];
    const tab = parse({ name: 'СОШ 6', values });
    expect([
      tab.inputs.ped_mentors.value,
      tab.inputs.doc_roadmap.value,
      tab.inputs.programs_approved.value,
    ]).toEqual([5, 1, 2]);
    // The warning stands at the code cell, where its fix would put the closest indicator's code.
    expect(tab.issues.filter((i) => i.code === 'indicator/unknown').map((i) => i.cell)).toEqual(['A5']);
  });

  it('still matches the built-in title of an indicator the coordinator retitled', () => {
    const catalogue = {
      indicators: BUILTIN_CATALOGUE.indicators.map((def) =>
        def.id === 'ped_mentors' ? { ...def, title: 'Педагоги-наставники' } : def,
      ),
    };
    const values = [
      ['Код', 'Показатель', 'Значение'],
      ['', 'Педагоги в роли наставника', 5],
      ['', 'Педагоги-наставники', 6],
    ];
    const tab = parseSchoolTab({ name: 'СОШ 6', values }, catalogue);
    expect(tab?.inputs.ped_mentors.value).toBeNull();
    expect(tab?.issues.filter((i) => i.code === 'indicator/duplicate').map((i) => i.cell)).toEqual(['B3']);
  });

  it('reads a code the sheet turned into a date («1.10» → 1 October) when the title does not match', () => {
    const values = [
      ['Код', 'Показатель', 'Значение'],
      [new Date(2025, 9, 1), 'Наставники в регион. активе', 2],
      [new Date(2025, 0, 1), 'Числ. педагогов', 30],
    ];
    const tab = parse({ name: 'СОШ 8', values });
    expect([tab.inputs.mentors_regional_active.value, tab.inputs.ped_total.value]).toEqual([2, 30]);
  });

  it('does not recognise a tab without the header', () => {
    expect(
      parseSchoolTab(
        { name: 'Инструкция', values: [['Заполните листы ОО до 20 ноября']] },
        BUILTIN_CATALOGUE,
      ),
    ).toBeNull();
  });
});

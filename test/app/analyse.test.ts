import { describe, it, expect } from 'vitest';
import { analyse } from '../../src/app/analyse';
import { BUILTIN_CATALOGUE } from '../../src/core/catalogue/catalogue';
import { catalogueHeader, catalogueRow } from '../../src/core/catalogue/catalogue-sheet';
import { rowOf, schoolTab, validValues } from '../core/monitoring/school-tab-fixture';
import { BASE_HEADER_ROW } from '../core/base/base-grid';
import { memoryWorkbook } from '../tools/memory-workbook';

const tabValues = (name: string, school: string, overrides: Record<string, unknown>, period = '2025') => {
  const rows = schoolTab(name, school, validValues(overrides)).values.map((row) => row.slice());
  rows[2][1] = period;
  return rows;
};

function baseRows(rows: [string, string, string][]): unknown[][] {
  return [
    ['База наставников'],
    BASE_HEADER_ROW,
    ...rows.map(([mentor, school, mentee], i) => [
      i + 1,
      mentor,
      school,
      'Методика преподавания математики',
      'Победитель конкурса «Учитель года — 2023»',
      mentee,
      'педагог — молодой педагог',
      school,
    ]),
  ];
}

function catalogueSheet(edit: (rows: unknown[][]) => void = () => {}): unknown[][] {
  const rows: unknown[][] = [[...catalogueHeader], ...BUILTIN_CATALOGUE.indicators.map(catalogueRow)];
  edit(rows);
  return rows;
}

function municipalWorkbook() {
  return memoryWorkbook(
    {
      Инструкция: [['Как заполнять таблицу'], ['Каждая ОО заполняет свой лист до 20 ноября']],
      Показатели: catalogueSheet((rows) => {
        const share = rows.findIndex((row) => row[1] === 'share_mentors');
        rows[share][7] = '20 %';
      }),
      'База наставников': baseRows([
        ['Петрова Анна Сергеевна', 'МБОУ «СОШ № 1»', 'Смирнова Ольга Игоревна'],
        ['Петрова Анна Сергеевна', 'МБОУ «СОШ № 1»', 'Волков Денис Андреевич'],
        ['Кузнецова Мария Петровна', 'МКОУ «Ивановская ООШ»', 'Зайцева Елена Викторовна'],
        ['Орлова Нина Васильевна', 'МБОУ «СОШ № 7»', 'Громов Илья Сергеевич'],
      ]),
      Лицей: tabValues('Лицей', 'МБОУ «Лицей № 2»', {
        ped_total: '#REF!',
        ped_mentors: 0,
        mentors_of_young: 0,
      }),
      'СОШ 1': tabValues('СОШ 1', 'МБОУ «СОШ № 1»', { ped_total: 40, ped_mentors: 1, mentors_of_young: 1 }),
      Ивановская: tabValues(
        'Ивановская',
        'МКОУ «Ивановская ООШ»',
        { ped_total: 10, ped_mentors: 3, mentors_of_young: 1 },
        '2024',
      ),
      Сводная: [['Сводная (старая)']],
    },
    { generated: { Сводная: 'summary' } },
  );
}

describe('analyse', () => {
  const workbook = municipalWorkbook();
  const analysis = analyse(workbook);
  const { result } = analysis;

  it('reads every sheet at most twice, the layout only where it matters, and never generated sheets', () => {
    // Values of each; the base's merges (merged mentors), the catalogue's number formats (targets
    // in %), and the merges of a sheet recognised as nothing (a header merged over two rows).
    // Tabs need no formats: the catalogue adds no indicator in percent.
    expect(workbook.reads).toEqual({
      Инструкция: 2,
      Показатели: 2,
      'База наставников': 2,
      Лицей: 1,
      'СОШ 1': 1,
      Ивановская: 1,
    });
  });

  it('classifies the sheets and says why each skipped one was skipped', () => {
    expect(analysis.sheets.base?.[0] ?? null).toBe('База наставников');
    expect(analysis.sheets.catalogue?.[0] ?? null).toBe('Показатели');
    expect(analysis.schoolSheets).toEqual(['Лицей', 'СОШ 1', 'Ивановская']);
    expect(result.skipped).toEqual([
      {
        sheet: 'Инструкция',
        reason: 'в первых 15 строках нет строки заголовка со столбцами «Код», «Показатель» и «Значение»',
      },
      { sheet: 'Сводная', reason: 'лист сформирован надстройкой' },
    ]);
  });

  it('lists schools alphabetically with their values, issue counts and exclusions', () => {
    expect(result.organizations.map((o) => o.name)).toEqual([
      'МБОУ «Лицей № 2»',
      'МБОУ «СОШ № 1»',
      'МКОУ «Ивановская ООШ»',
    ]);
    const lyceum = result.organizations[0];
    expect(lyceum).toMatchObject({
      sheet: 'Лицей',
      errors: 1,
      warnings: 0,
      excludedFrom: ['ped_total', 'share_mentors', 'share_mentees'],
    });
    expect(lyceum.values.ped_total).toBeNull();
    const sosh = result.organizations[1];
    expect(sosh).toMatchObject({ errors: 0, warnings: 0 });
    expect(sosh.values.share_mentors).toBe(0.025);
  });

  it('applies the catalogue sheet and aggregates in catalogue order', () => {
    const share = result.indicators.find((f) => f.id === 'share_mentors');
    expect(share).toMatchObject({
      numerator: 4,
      denominator: 50,
      value: 0.08,
      target: 0.2,
      met: false,
      schoolsCounted: 2,
      excluded: ['МБОУ «Лицей № 2»'],
    });
    expect(share?.belowTarget).toEqual(['МБОУ «СОШ № 1»']);
    expect(result.indicators.map((f) => f.id).slice(0, 3)).toEqual([
      'ped_total',
      'ped_mentors',
      'ped_mentees',
    ]);
    expect(result.indicators.find((f) => f.id === 'ped_mentors')).toMatchObject({
      value: 4,
      schoolsCounted: 3,
    });
  });

  it('takes the most common period', () => {
    expect(result.period).toBe('2025');
  });

  it('checks the base against the tabs, telling an unknown workplace once', () => {
    const cross = result.issues.filter((i) => i.code.startsWith('cross/') || i.code === 'org/unknown');
    expect(cross.map((i) => [i.code, i.sheet, i.cell])).toEqual([
      ['org/unknown', 'База наставников', 'C6'],
      ['cross/mentor-count-mismatch', 'Ивановская', `E${rowOf('ped_mentors')}`],
    ]);
    expect(cross[0].message).toContain('нет среди ОО, для которых в таблице есть листы мониторинга');
    expect(result.organizations[2]).toMatchObject({ warnings: 1 });
  });

  it('gathers the issues of every sheet in workbook order', () => {
    const sheets = [...new Set(result.issues.map((i) => i.sheet))];
    expect(sheets).toEqual(['База наставников', 'Лицей', 'Ивановская']);
    expect(result.issues.find((i) => i.sheet === 'Лицей')).toMatchObject({
      code: 'cell/formula-error',
      cell: `E${rowOf('ped_total')}`,
    });
  });
});

describe('analyse without the optional sheets', () => {
  it('works from the built-in catalogue and skips tabs whose rows match nothing', () => {
    const workbook = memoryWorkbook({
      'СОШ 1': tabValues('СОШ 1', 'МБОУ «СОШ № 1»', {}),
      Прайс: [
        ['Код', 'Показатель', 'Значение'],
        ['A-15', 'Бумага А4', 350],
      ],
      Пустой: [],
    });
    const analysis = analyse(workbook);
    expect(analysis.catalogue).toBe(BUILTIN_CATALOGUE);
    expect(analysis.sheets.base?.[0] ?? null).toBeNull();
    expect(analysis.sheets.catalogue?.[0] ?? null).toBeNull();
    expect(analysis.result.skipped).toEqual([
      { sheet: 'Прайс', reason: 'ни одна строка таблицы не совпала с показателями листа «Показатели»' },
      { sheet: 'Пустой', reason: 'лист пуст' },
    ]);
    expect(analysis.result.issues).toEqual([]);
    expect(analysis.result.indicators.find((f) => f.id === 'share_oo_implementing')).toMatchObject({
      value: 1,
      met: true,
    });
  });

  it('counts a school once when its tab was copied, and says which tab is used', () => {
    const workbook = memoryWorkbook({
      'СОШ 1': tabValues('СОШ 1', 'МБОУ «СОШ № 1»', { ped_total: 40 }),
      'СОШ 1 (копия)': tabValues('СОШ 1 (копия)', 'МБОУ "СОШ №1"', { ped_total: 40 }),
    });
    const analysis = analyse(workbook);
    expect(analysis.result.organizations.map((o) => o.sheet)).toEqual(['СОШ 1']);
    expect(analysis.result.skipped).toEqual([
      { sheet: 'СОШ 1 (копия)', reason: 'второй лист ОО «МБОУ "СОШ №1"»: используется лист «СОШ 1»' },
    ]);
    expect(analysis.result.indicators.find((f) => f.id === 'ped_total')).toMatchObject({
      value: 40,
      schoolsCounted: 1,
    });
  });

  it('gives every issue of a sheet, by row, and counts them all for the school — the report caps lists', () => {
    const broken = Object.fromEntries(Object.keys(validValues()).map((id) => [id, '#N/A']));
    const workbook = memoryWorkbook({ 'СОШ 1': tabValues('СОШ 1', 'МБОУ «СОШ № 1»', broken) });
    const analysis = analyse(workbook);
    expect(analysis.result.issues).toHaveLength(45);
    const rows = analysis.result.issues.map((issue) => issue.row);
    expect(rows).toEqual([...rows].sort((a, b) => a - b));
    expect(analysis.result.organizations[0].errors).toBe(45);
  });
});

describe('values with a note typed into the cell', () => {
  it('count the school with the number or the answer read, and warn at the cell', () => {
    const workbook = memoryWorkbook({
      'СОШ 1': tabValues('СОШ 1', 'МБОУ «СОШ № 1»', {
        ped_mentors: '5 чел.',
        doc_order: 'да (приказ № 112 от 02.09.2025)',
      }),
    });
    const { result } = analyse(workbook);
    const school = result.organizations[0];
    expect(school.values.ped_mentors).toBe(5);
    expect(school.values.doc_order).toBe(1);
    expect(school.excludedFrom).toEqual([]);
    const annotated = result.issues.filter((issue) => issue.code === 'value/annotated');
    expect(annotated.map((issue) => issue.severity)).toEqual(['warning', 'warning']);
    expect(annotated[0].message).toContain('значение принято равным 5');
    expect(annotated[1].message).toContain('значение принято равным «да»');
    expect(school.warnings).toBeGreaterThanOrEqual(2);
  });
});

describe('two tabs of one school', () => {
  it('use the corrected copy over the stale original, and say why', () => {
    const workbook = memoryWorkbook({
      'СОШ 1': tabValues('СОШ 1', 'МБОУ «СОШ № 1»', { ped_total: '12,5', ped_mentors: '#REF!' }),
      'СОШ 1 (исправлено)': tabValues('СОШ 1 (исправлено)', 'МБОУ «СОШ № 1»', { ped_total: 40 }),
    });
    const analysis = analyse(workbook);
    expect(analysis.result.organizations.map((o) => o.sheet)).toEqual(['СОШ 1 (исправлено)']);
    expect(analysis.result.skipped).toEqual([
      {
        sheet: 'СОШ 1',
        reason:
          'второй лист ОО «МБОУ «СОШ № 1»»: используется лист «СОШ 1 (исправлено)», в нём меньше показателей с ошибками (0 против 2)',
      },
    ]);
    expect(analysis.result.indicators.find((f) => f.id === 'ped_total')).toMatchObject({
      value: 40,
      schoolsCounted: 1,
    });
    expect(analysis.result.issues.some((issue) => issue.sheet === 'СОШ 1')).toBe(false);
  });
});

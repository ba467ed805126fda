/**
 * Acceptance: one school tab at a time, every way of typing a value that docs/domain.md#school-tab lists and
 * every planted defect, read through the whole engine (`summarise` over an in-memory workbook). The tab is
 * laid out unlike the template: header on row 7, «Значение» first, no codes for some rows.
 */
import { describe, expect, it } from 'vitest';
import { summarise } from '../../src/app/summarise';
import { createSchoolSheets, createTemplate } from '../../src/app/templates';
import { BUILTIN_CATALOGUE, isInput } from '../../src/core/catalogue/catalogue';
import type { Merge } from '../../src/core/sheet/grid';
import type { SummaryResult } from '../../src/core/findings/analysis-result';
import { memoryWorkbook } from '../tools/memory-workbook';
import { curatorTab, line, type CuratorTab } from './curator-tab';

const SCHOOL = 'МАОУ «Лицей № 7 им. А. С. Пушкина»';
const SHEET = 'Лицей 7';

/** A fully and correctly filled school, by id (consistent: every part within its total). */
const CLEAN: Record<string, unknown> = {
  ped_total: 40,
  ped_mentors: 10,
  ped_mentees: 12,
  ped_under35: 9,
  ped_under35_mentees: 6,
  young_total: 4,
  young_mentees: 4,
  mentors_of_young: 2,
  mentors_municipal_active: 1,
  mentors_regional_active: 0,
  kpk_trained: 8,
  interns: 0,
  network_mentors: 2,
  network_mentees: 1,
  implements_model: 1,
  doc_order: 1,
  doc_regulation: 1,
  doc_roadmap: 1,
  doc_curator: 1,
  doc_pairs_order: 1,
  doc_monitoring_order: 1,
  doc_internal_report: 1,
  programs_approved: 2,
  personal_programs: 4,
  pairs_count: 10,
  partner_agreements: 1,
  shmo_count: 1,
  site_tab: 1,
  site_monthly_update: 1,
  best_practices_published: 1,
  practices_platform: 1,
  students_10_19: 1300,
  students_mentees: 920,
  students_mentees_risk: 12,
  students_mentees_ovz: 4,
  students_mentees_gifted: 30,
  students_15_19: 400,
  student_mentors: 40,
  enterprises: 2,
  enterprise_mentors: 3,
  enterprise_projects: 1,
  mentors_surveyed: 10,
  mentors_satisfied: 9,
  mentees_surveyed: 12,
  mentees_satisfied: 12,
};

const PROGRESS = {
  id: 'mentees_progress_pct',
  code: '6.1',
  title: 'Доля наставляемых с положительной динамикой',
};

/** «Показатели» listing only the coordinator's addition: the built-in indicators stay as they are. */
const CATALOGUE_SHEET = [
  [
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
  ],
  [PROGRESS.code, PROGRESS.id, 'Дополнительные показатели', PROGRESS.title, 'percent', '', '', '', 'нет', ''],
];

/**
 * The lyceum's tab: a merged title, the name after a merged label, header on row 7 with
 * «Значение» first; codes typed on odd rows only (the others matched by title).
 */
function lyceumTab(typed: Record<string, unknown>, formats: Record<string, string> = {}): CuratorTab {
  const top = [
    ['Мониторинг реализации целевой модели наставничества в ОО'],
    [],
    ['Наименование ОО', '', SCHOOL],
    ['Период:', '2025'],
    ['Ответственный:', 'Кузнецова Е. В., зам. директора по УВР'],
    [],
  ];
  const columns = [
    { field: 'value', header: 'Значение' },
    { field: 'title', header: 'Показатель' },
    { field: 'code', header: 'Код' },
    { field: 'comment', header: 'Примечание' },
  ] as const;
  const inputs = BUILTIN_CATALOGUE.indicators.filter(isInput);
  const lines = inputs.map((def, i) =>
    line(
      def.id,
      {
        value: typed[def.id],
        title: def.title,
        code: i % 2 === 0 ? def.code : '',
        comment: typed[`${def.id}#comment`] ?? '',
      },
      formats[def.id],
    ),
  );
  lines.push(
    line(
      PROGRESS.id,
      { value: typed[PROGRESS.id] ?? '', title: PROGRESS.title, code: PROGRESS.code },
      formats[PROGRESS.id],
    ),
  );
  const merges: Merge[] = [
    { row: 1, column: 1, rows: 1, columns: 4 },
    { row: 3, column: 1, rows: 1, columns: 2 },
  ];
  return curatorTab(top, columns, lines, merges);
}

function read(
  typed: Record<string, unknown>,
  formats: Record<string, string> = {},
): { result: SummaryResult; tab: CuratorTab } {
  const tab = lyceumTab({ ...CLEAN, ...typed }, formats);
  const workbook = memoryWorkbook(
    { Показатели: CATALOGUE_SHEET, [SHEET]: tab.values },
    { merges: { [SHEET]: tab.merges }, numberFormats: { [SHEET]: tab.numberFormats } },
  );
  return { result: summarise(workbook).result, tab };
}

/** The lyceum's tab as given, next to the same «Показатели». */
function withCatalogue(values: unknown[][], merges: Merge[] = []) {
  return memoryWorkbook({ Показатели: CATALOGUE_SHEET, [SHEET]: values }, { merges: { [SHEET]: merges } });
}

function issuesOf(result: SummaryResult): [string, string, string][] {
  return result.issues.filter((i) => i.sheet === SHEET).map((i) => [i.code, i.severity, i.cell]);
}

describe('the lyceum tab, filled correctly', () => {
  const { result, tab } = read({});

  it('is found by its header on row 7, named from the merged label, with no issues', () => {
    expect(tab.headerRow).toBe(7);
    expect(result.organizations.map((o) => [o.name, o.sheet])).toEqual([[SCHOOL, SHEET]]);
    expect(result.period).toBe('2025');
    expect(issuesOf(result)).toEqual([]);
  });

  it('reads every input, coded or matched by title only', () => {
    const values = result.organizations[0].values;
    for (const [id, value] of Object.entries(CLEAN)) expect(values[id], id).toBe(value);
    expect(values[PROGRESS.id]).toBeNull();
  });
});

type Case = readonly [
  typed: unknown,
  expected: number | null,
  issues: readonly (readonly [string, string])[],
];

/** Runs each case on the indicator `id`: its value, and the issues of the tab (code, severity) at its value cell. */
function cases(id: string, table: readonly Case[], format?: string) {
  it.each(table.map(([typed, expected, issues]) => ({ typed, expected, issues })))(
    `${id} typed as $typed → $expected`,
    ({ typed, expected, issues }) => {
      const { result, tab } = read({ [id]: typed }, format === undefined ? {} : { [id]: format });
      expect(result.organizations[0].values[id]).toBe(expected);
      expect(issuesOf(result)).toEqual(issues.map(([code, severity]) => [code, severity, tab.cell(id)]));
      for (const issue of result.issues) {
        expect(issue.message).toContain(tab.cell(id));
        expect(issue.message).toMatch(/[а-я]/);
        expect(issue.hint ?? '').toMatch(/[а-я]/);
      }
    },
  );
}

const NOT_INTEGER = [['value/not-integer', 'error']] as const;
const NEGATIVE = [['value/negative', 'error']] as const;
const NOT_NUMBER = [['cell/type', 'error']] as const;
const FORMULA = [['cell/formula-error', 'error']] as const;
const REQUIRED = [['cell/required', 'error']] as const;
const FLAG = [['value/flag', 'error']] as const;
const RANGE = [['value/percent-range', 'error']] as const;
const AMBIGUOUS = [['value/percent-ambiguous', 'warning']] as const;

describe('counts (1.2 «Педагоги в роли наставника», required)', () => {
  cases('ped_mentors', [
    [12, 12, []],
    ['12', 12, []],
    ['12,0', 12, []],
    ['12.0', 12, []],
    [' 12 ', 12, []],
    [2, 2, []],
    ['12,5', null, NOT_INTEGER],
    [12.5, null, NOT_INTEGER],
    [-3, null, NEGATIVE],
    ['-3', null, NEGATIVE],
    ['−3', null, NEGATIVE],
    ['двенадцать', null, NOT_NUMBER],
    [true, null, NOT_NUMBER],
    ['#REF!', null, FORMULA],
    ['#DIV/0!', null, FORMULA],
    ['#N/A', null, FORMULA],
    ['#VALUE!', null, FORMULA],
    ['#NAME?', null, FORMULA],
    ['', null, REQUIRED],
    ['   ', null, REQUIRED],
  ]);
});

describe('counts with thousands (4.1 «Обучающиеся 10–19 лет»)', () => {
  cases('students_10_19', [
    ['1 234', 1234, []],
    ['1\u00a0234', 1234, []],
    ['1 234,0', 1234, []],
    [1234, 1234, []],
  ]);
});

describe('an optional count (1.12 «Педагоги-стажёры стажёрских площадок»)', () => {
  cases('interns', [
    ['', null, []],
    [3, 3, []],
    ['#REF!', null, FORMULA],
  ]);
});

describe('flags (2.4 «Дорожная карта (план мероприятий)», required)', () => {
  cases('doc_roadmap', [
    [1, 1, []],
    [0, 0, []],
    ['1', 1, []],
    ['0', 0, []],
    ['да', 1, []],
    ['Да', 1, []],
    ['ДА', 1, []],
    ['нет', 0, []],
    ['Нет', 0, []],
    ['есть', 1, []],
    ['+', 1, []],
    ['-', 0, []],
    ['−', 0, []],
    [true, 1, []],
    [false, 0, []],
    ['https://school.ru/nastavnichestvo', 1, []],
    ['www.school.ru/docs/plan.pdf', 1, []],
    [2, null, FLAG],
    ['частично', null, FLAG],
    ['#REF!', null, FORMULA],
    ['', null, REQUIRED],
  ]);

  it('keeps the link of a flag as evidence, from the value cell or the comment next to it', () => {
    const { result } = read({
      doc_roadmap: 'https://school.ru/nastavnichestvo',
      doc_order: 'да',
      'doc_order#comment': 'приказ № 112 от 01.09.2025: https://school.ru/docs/prikaz-112.pdf',
    });
    expect(result.organizations[0].evidence).toEqual({
      doc_order: 'https://school.ru/docs/prikaz-112.pdf',
      doc_roadmap: 'https://school.ru/nastavnichestvo',
    });
  });
});

describe('percents (6.1, added on «Показатели»)', () => {
  cases(PROGRESS.id, [
    ['35%', 0.35, []],
    ['35 %', 0.35, []],
    ['35\u00a0%', 0.35, []],
    [35, 0.35, []],
    ['35', 0.35, []],
    ['35,5%', 0.355, []],
    [0.35, 0.35, AMBIGUOUS],
    ['0,35', 0.35, AMBIGUOUS],
    ['135%', null, RANGE],
    [135, null, RANGE],
    [-5, null, RANGE],
    ['#DIV/0!', null, FORMULA],
    ['много', null, NOT_NUMBER],
    ['', null, []],
  ]);
  cases(
    PROGRESS.id,
    [
      [0.35, 0.35, []],
      [1, 1, []],
    ],
    '0%',
  );
  cases(PROGRESS.id, [[0.355, 0.355, []]], '0.0%');
});

describe('defects of the table itself', () => {
  it('reports a required row that is missing at the header, by name', () => {
    const tab = lyceumTab(CLEAN);
    const values = tab.values.filter((_, i) => i + 1 !== tab.row('doc_regulation'));
    const { result } = summarise(withCatalogue(values, tab.merges));
    expect(issuesOf(result)).toEqual([['indicator/missing', 'error', tab.headerCell('code')]]);
    expect(result.issues[0].message).toContain('2.3 «Положение о системе наставничества»');
    expect(result.organizations[0].values.doc_regulation).toBeNull();
    expect(result.organizations[0].excludedFrom).toContain('share_oo_with_doc_regulation');
  });

  it('reports a duplicate row at its own code cell and leaves the indicator out', () => {
    const tab = lyceumTab(CLEAN);
    const values = tab.values.map((r) => r.slice());
    values.push([11, 'Педагоги в роли наставника', '1.2', 'исправлено']);
    const { result } = summarise(withCatalogue(values));
    expect(issuesOf(result)).toEqual([['indicator/duplicate', 'error', `C${values.length}`]]);
    expect(result.issues[0].message).toContain(tab.cell('ped_mentors', 'code'));
    expect(result.organizations[0].values.ped_mentors).toBeNull();
    expect(result.organizations[0].values.share_mentors).toBeNull();
  });

  it('warns about an unknown row and does not count it anywhere', () => {
    const tab = lyceumTab(CLEAN);
    const values = tab.values.map((r) => r.slice());
    values.push([3, 'Педагоги — победители конкурсов профессионального мастерства', '1.15', '']);
    values.push([5, 'Количество родительских собраний', '', '']);
    const { result } = summarise(withCatalogue(values));
    expect(issuesOf(result)).toEqual([
      ['indicator/unknown', 'warning', `C${values.length - 1}`],
      ['indicator/unknown', 'warning', `B${values.length}`],
    ]);
    expect(result.organizations[0].warnings).toBe(2);
    expect(result.organizations[0].errors).toBe(0);
  });

  it('reports a part above its total at the part, and a positive share over a zero total', () => {
    const { result, tab } = read({
      young_mentees: 5,
      students_10_19: 0,
      students_mentees: 0,
      students_15_19: 0,
      student_mentors: 0,
      students_mentees_risk: 0,
      students_mentees_ovz: 0,
      students_mentees_gifted: 0,
      mentors_surveyed: 0,
      mentors_satisfied: 2,
    });
    expect(issuesOf(result)).toEqual([
      ['logic/part-exceeds-total', 'error', tab.cell('young_mentees')],
      ['logic/zero-denominator', 'error', tab.cell('mentors_satisfied')],
    ]);
    const values = result.organizations[0].values;
    expect([values.young_mentees, values.share_young_mentees, values.young_total]).toEqual([null, null, 4]);
    // 0 of 0 pupils is undefined, not 0 % and not an error.
    expect(values.share_students_mentees).toBeNull();
    expect(values.satisfaction_mentors).toBeNull();
  });

  it('warns, without excluding anything, when pairs are fixed by an order that lists none', () => {
    const { result, tab } = read({ pairs_count: 0 });
    expect(issuesOf(result)).toEqual([['logic/implausible', 'warning', tab.cell('pairs_count')]]);
    expect(result.organizations[0].values.pairs_count).toBe(0);
    expect(result.organizations[0].excludedFrom).toEqual([]);
  });
});

describe('where the school name comes from', () => {
  const header = ['Код', 'Показатель', 'Значение'];
  const row = ['1.1', 'Общая численность педагогических работников', 30];
  const nameOf = (values: unknown[][], merges: Merge[] = []) =>
    summarise(memoryWorkbook({ 'СОШ 3': values }, { merges: { 'СОШ 3': merges } })).result.organizations[0]
      ?.name;

  it('reads «Образовательная организация:», «Наименование ОО», «ОО: …» and a label merged over two cells', () => {
    expect(nameOf([['Образовательная организация:', 'МБОУ «СОШ № 3»'], header, row])).toBe('МБОУ «СОШ № 3»');
    expect(nameOf([['Наименование ОО', '', 'МБОУ «СОШ № 3»'], header, row])).toBe('МБОУ «СОШ № 3»');
    expect(nameOf([['ОО: МБОУ «СОШ № 3»'], header, row])).toBe('МБОУ «СОШ № 3»');
    expect(
      nameOf(
        [['Наименование ОО:', '', 'МБОУ «СОШ № 3»'], header, row],
        [{ row: 1, column: 1, rows: 1, columns: 2 }],
      ),
    ).toBe('МБОУ «СОШ № 3»');
  });

  it('falls back on the tab name when there is no label', () => {
    expect(nameOf([['Мониторинг'], header, row])).toBe('СОШ 3');
  });
});

describe('tabs that are not school tabs', () => {
  it('skips a tab whose header is right but whose rows are none of the indicators, saying why', () => {
    const other = [
      ['Код', 'Показатель', 'Значение'],
      ['7.1', 'Количество кружков', 4],
    ];
    const { result } = summarise(memoryWorkbook({ 'Доп. форма': other }));
    expect(result.organizations).toEqual([]);
    expect(result.skipped).toEqual([
      { sheet: 'Доп. форма', reason: 'ни одна строка таблицы не совпала с показателями листа «Показатели»' },
    ]);
  });

  it('skips a tab without «Значение» and names the missing column', () => {
    const { result } = summarise(
      memoryWorkbook({
        'СОШ 4': [
          ['Код', 'Показатель', 'Факт'],
          ['1.1', 'Общая численность педагогических работников', 30],
        ],
      }),
    );
    expect(result.skipped).toEqual([{ sheet: 'СОШ 4', reason: 'в строке заголовка нет столбца «Значение»' }]);
  });
});

describe("tabs made by the add-on's own templates", () => {
  it('read back without an issue once filled from the dropdowns, and an unfilled tab lists every required cell', () => {
    const blank = memoryWorkbook({});
    createTemplate(blank, 'catalogue');
    createSchoolSheets(
      blank,
      [
        'МБОУ «Средняя общеобразовательная школа № 12 с углублённым изучением отдельных предметов»',
        'МКОУ «Петровская НОШ»',
      ],
      '2025/2026',
    );
    const names = blank.listSheets().map((s) => s.name);
    expect(names).toHaveLength(3);
    const sheets = Object.fromEntries(
      names.map((name) => [name, blank.readSheet(name).values.map((row) => row.slice())]),
    );
    const [catalogueName, longName, shortName] = names;
    // The first curator fills every value cell the way the dropdowns and the note suggest.
    const filled = sheets[longName];
    const header = filled.findIndex((row) => row.includes('Значение'));
    const valueColumn = filled[header].indexOf('Значение');
    const titles = new Map(BUILTIN_CATALOGUE.indicators.map((def) => [def.title, def]));
    for (const row of filled.slice(header + 1)) {
      const def = titles.get(String(row[filled[header].indexOf('Показатель')]));
      if (def === undefined) continue;
      row[valueColumn] = def.type === 'flag' ? 'да' : (CLEAN[def.id] as number);
    }
    const { result } = summarise(memoryWorkbook(sheets));
    expect(result.skipped).toEqual([]);
    expect(result.issues.filter((i) => i.sheet !== shortName && i.severity !== 'info')).toEqual([]);
    expect(result.organizations.map((o) => o.name)).toEqual([
      'МБОУ «Средняя общеобразовательная школа № 12 с углублённым изучением отдельных предметов»',
      'МКОУ «Петровская НОШ»',
    ]);
    expect(result.period).toBe('2025/2026');
    const required = BUILTIN_CATALOGUE.indicators.filter((def) => isInput(def) && def.required).length;
    const unfilled = result.issues.filter((i) => i.sheet === shortName);
    expect(unfilled.map((i) => i.code)).toEqual(Array.from({ length: required }, () => 'cell/required'));
    expect(result.organizations[1]).toMatchObject({ errors: required, warnings: 0 });
    expect(catalogueName).toBe('Показатели');
  });
});

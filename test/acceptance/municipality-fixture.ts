/**
 * A municipal workbook as it comes back from four curators, none of whom used the template
 * exactly, plus the coordinator's own sheets:
 *
 * - «Гимназия 2» (МБОУ «Гимназия № 2»): header on row 3 after a merged title, «№ п/п» before
 *   «Код», «Значение» before «Показатель», an extra «Ответственный» column, codes typed as «1.2.»,
 *   «1,2», « 1.2», values as text ('12,0', '1 234', '15'), flags as да / + / TRUE / есть / links /
 *   Нет / FALSE / «−»; no errors.
 * - «Ивановская ООШ» (МКОУ «Ивановская ООШ»): header on row 7, the code column left empty and every
 *   title retyped (ё/е, quotes, dashes, extra spaces, line breaks), section headings between rows,
 *   '#REF!' in 1.1 and '#DIV/0!' in 5.2.
 * - «СОШ №1» (МБОУ «СОШ № 1»): the template layout with planted defects ('12,5', a part above its
 *   total, a duplicate row, -3, an unknown row, «в процессе» in a flag, an empty required cell).
 * - «СОШ 10» (МБОУ «СОШ № 10»): clean data full of deficits, the «ОО: …» label in one cell, a row of
 *   column numbers under the header, an extra «Источник данных» column.
 * - «Показатели» with changed targets (25, '100 %', 0.7, '70%'), three added inputs (count, percent,
 *   flag), an added share and two broken rows; «Инструкция», «Списки», an empty «Лист1» and a
 *   «Сводная» generated earlier.
 */
import { BUILTIN_CATALOGUE, isInput, type IndicatorDef } from '../../src/core/catalogue/catalogue';
import { catalogueRow } from '../../src/core/catalogue/catalogue-sheet';
import type { Merge } from '../../src/core/sheet/grid';
import type { GeneratedKind } from '../../src/core/sheet/sheet-model';
import { curatorTab, line, type CuratorTab, type Line } from './curator-tab';

export const GYMNASIUM = 'МБОУ «Гимназия № 2»';
export const IVANOVSKAYA = 'МКОУ «Ивановская ООШ»';
export const SCHOOL_1 = 'МБОУ «СОШ № 1»';
export const SCHOOL_10 = 'МБОУ «СОШ № 10»';

const INPUTS: readonly IndicatorDef[] = BUILTIN_CATALOGUE.indicators.filter(isInput);

/** The three inputs the «Показатели» sheet adds, as the school tabs spell them. */
export const ADDED = {
  events: { code: '6.1', id: 'events_count', title: 'Мероприятия по наставничеству' },
  progress: { code: '6.2', id: 'mentees_progress_pct', title: 'Доля наставляемых с положительной динамикой' },
  council: { code: '6.3', id: 'mentor_council', title: 'Совет наставников' },
} as const;

// ---------------------------------------------------------------- «Гимназия 2»

/** What the gymnasium's curator typed, by id. */
const GYMNASIUM_TYPED: Record<string, unknown> = {
  ped_total: 52,
  ped_mentors: '12,0',
  ped_mentees: '15',
  ped_under35: 10,
  ped_under35_mentees: 7,
  young_total: 5,
  young_mentees: 5,
  mentors_of_young: 5,
  mentors_municipal_active: 2,
  mentors_regional_active: 1,
  kpk_trained: 20,
  interns: '',
  network_mentors: 4,
  network_mentees: 3,
  implements_model: 'да',
  doc_order: '+',
  doc_regulation: true,
  doc_roadmap: 'Да',
  doc_curator: 'есть',
  doc_pairs_order: 'https://gymn2.ru/docs/prikaz-pary.pdf',
  doc_monitoring_order: 'Нет',
  doc_internal_report: false,
  programs_approved: 3,
  personal_programs: 5,
  pairs_count: 12,
  partner_agreements: 2,
  shmo_count: 1,
  site_tab: 'https://gymn2.ru/nastavnichestvo',
  site_monthly_update: '−',
  best_practices_published: 1,
  practices_platform: 3,
  students_10_19: '1 234',
  students_mentees: 900,
  students_mentees_risk: 30,
  students_mentees_ovz: 12,
  students_mentees_gifted: 80,
  students_15_19: 400,
  student_mentors: 60,
  enterprises: 3,
  enterprise_mentors: 4,
  enterprise_projects: 2,
  mentors_surveyed: 12,
  mentors_satisfied: 11,
  mentees_surveyed: 15,
  mentees_satisfied: 14,
};

/** Codes as typed: «1.1.», «1,2», « 1.3», «1.4», then again. */
function looseCode(code: string, index: number): string {
  return [`${code}.`, code.replace('.', ','), ` ${code}`, code][index % 4];
}

function gymnasium(): CuratorTab {
  const top = [
    ['Мониторинг реализации целевой модели наставничества в 2025 году'],
    ['Наименование ОО:', '', GYMNASIUM, '', 'Период:', 2025],
  ];
  const columns = [
    { field: 'number', header: '№ п/п' },
    { field: 'code', header: 'Код' },
    { field: 'value', header: 'Значение' },
    { field: 'title', header: 'Показатель' },
    { field: 'other', header: 'Ответственный' },
    { field: 'comment', header: 'Ссылка на документ' },
  ] as const;
  const lines: Line[] = INPUTS.map((def, i) =>
    line(def.id, {
      number: i + 1,
      code: looseCode(def.code as string, i),
      value: GYMNASIUM_TYPED[def.id],
      title: def.title,
      other: def.type === 'flag' ? 'Петрова А. С.' : '',
      comment: def.id === 'doc_regulation' ? 'Положение: https://gymn2.ru/docs/polozhenie.pdf' : '',
    }),
  );
  lines.push(
    line(ADDED.events.id, { number: 46, code: '6.1', value: 6, title: ADDED.events.title }),
    line(ADDED.progress.id, { number: 47, code: '6.2', value: '40%', title: ADDED.progress.title }),
    line(ADDED.council.id, { number: 48, code: '6.3', value: 'да', title: ADDED.council.title }),
  );
  const merges: Merge[] = [
    { row: 1, column: 1, rows: 1, columns: 6 },
    { row: 2, column: 1, rows: 1, columns: 2 },
  ];
  return curatorTab(top, columns, lines, merges);
}

// ---------------------------------------------------------------- «Ивановская ООШ»

/** Titles as the Ivanovskaya curator retyped them, with the value typed, in catalogue order. */
const IVANOVSKAYA_ROWS: readonly (readonly [string, string, unknown])[] = [
  ['ped_total', 'Общая численность\nпедагогических работников', '#REF!'],
  ['ped_mentors', 'Педагоги  в роли   наставника', 6],
  ['ped_mentees', 'педагоги в роли наставляемого', 5],
  ['ped_under35', 'Педагоги в возрасте до 35 лет ', 4],
  ['ped_under35_mentees', 'Педагоги до 35 лет в роли наставляемого', 2],
  ['young_total', 'Молодые педагоги (стаж 0-3 года)', 2],
  ['young_mentees', 'Молодые педагоги в роли наставляемого', 1],
  ['mentors_of_young', 'Педагоги - наставники молодых педагогов', 1],
  ['mentors_municipal_active', 'Наставники в муниципальном методическом активе', 0],
  ['mentors_regional_active', 'Наставники в региональном методическом активе.', 0],
  ['kpk_trained', 'Педагоги, прошедшие КПК по вопросам наставничества', 3],
  ['interns', 'Педагоги-стажеры стажерских площадок', 0],
  ['network_mentors', 'Педагоги в сетевых сообществах в роли наставника', 1],
  ['network_mentees', 'Педагоги в сетевых сообществах в роли наставляемого', 0],
  ['implements_model', 'ОО реализует систему (целевую модель) наставничества', 1],
  ['doc_order', 'Приказ о внедрении целевой модели наставничества', 1],
  ['doc_regulation', 'Положение о системе наставничества', 1],
  ['doc_roadmap', 'Дорожная карта (план мероприятий)', 1],
  ['doc_curator', 'Приказ о назначении куратора', 1],
  ['doc_pairs_order', 'Приказ(ы) о закреплении наставнических пар/групп', 1],
  ['doc_monitoring_order', 'Приказ о мониторинге реализации целевой модели', 1],
  ['doc_internal_report', 'Справка по итогам внутреннего мониторинга', 1],
  ['programs_approved', 'Утвержденные программы наставничества', 1],
  ['personal_programs', 'Персонализированные программы наставничества', 2],
  ['pairs_count', 'Наставнические пары/группы по приказу', 2],
  ['partner_agreements', 'Соглашения о сотрудничестве по наставничеству', 0],
  ['shmo_count', 'Методические объединения наставников', 0],
  ['site_tab', 'Раздел "Наставничество" на официальном сайте ОО', 1],
  ['site_monthly_update', 'Информация обновляется не реже 1 раза в месяц', 1],
  ['best_practices_published', 'Лучшие практики размещены на ресурсах ОО', 0],
  ['practices_platform', 'Практики на муниципальной методической платформе', 0],
  ['students_10_19', 'Обучающиеся 10 – 19 лет', 80],
  ['students_mentees', 'Обучающиеся 10-19 лет в роли наставляемого', 50],
  ['students_mentees_risk', 'Наставляемые из „группы риска“', 3],
  ['students_mentees_ovz', 'Наставляемые с ОВЗ и дети-инвалиды', 1],
  ['students_mentees_gifted', 'Наставляемые из числа “одаренных детей”', 5],
  ['students_15_19', 'Обучающиеся 15—19 лет', 30],
  ['student_mentors', 'Обучающиеся 15–19 лет в роли наставника', 6],
  ['enterprises', 'Предприятия и организации - участники программ', 1],
  ['enterprise_mentors', 'Наставники из числа сотрудников предприятий', 1],
  ['enterprise_projects', 'Совместные проекты с предприятиями', 0],
  ['mentors_surveyed', 'Наставники, участвовавшие в опросе', 6],
  ['mentors_satisfied', 'Наставники, удовлетворенные участием', '#DIV/0!'],
  ['mentees_surveyed', 'Наставляемые, участвовавшие в опросе', 5],
  ['mentees_satisfied', 'НАСТАВЛЯЕМЫЕ, УДОВЛЕТВОРЁННЫЕ УЧАСТИЕМ', 5],
];

const SECTION_HEADINGS: Readonly<Record<string, string>> = {
  ped_total: '1. Педагогические работники',
  implements_model: '2. Нормативное обеспечение',
  site_tab: '3. Информационное сопровождение',
  students_10_19: '4. Обучающиеся',
  mentors_surveyed: '5. Удовлетворённость',
};

function ivanovskaya(): CuratorTab {
  const top = [
    ['Мониторинг реализации целевой модели наставничества'],
    ['(заполняется куратором ОО до 20 ноября)'],
    ['Образовательная организация', IVANOVSKAYA, '', ''],
    ['Отчётный период', 2025],
    ['Куратор ОО:', 'Сидорова Мария Петровна'],
    [],
  ];
  const columns = [
    { field: 'section', header: 'Раздел' },
    { field: 'title', header: 'Наименование показателя' },
    { field: 'unit', header: 'Ед.\nизм.' },
    { field: 'value', header: 'Значение показателя' },
    { field: 'code', header: 'Код' },
    { field: 'comment', header: 'Примечание' },
  ] as const;
  const lines: Line[] = [];
  for (const [id, title, value] of IVANOVSKAYA_ROWS) {
    const heading = SECTION_HEADINGS[id];
    if (heading !== undefined) lines.push(line(undefined, { section: heading }));
    lines.push(line(id, { title, unit: 'ед.', value, code: '' }));
  }
  lines.push(
    line(undefined, { title: 'Дополнительные показатели' }),
    line(ADDED.events.id, { title: 'Мероприятия  по наставничеству', value: 2 }),
    line(ADDED.progress.id, { title: 'доля наставляемых с положительной динамикой', value: '35 %' }),
    line(ADDED.council.id, { title: 'Совет наставников', value: 'нет' }),
  );
  const merges: Merge[] = [
    { row: 1, column: 1, rows: 1, columns: 6 },
    { row: 3, column: 2, rows: 1, columns: 3 },
  ];
  return curatorTab(top, columns, lines, merges);
}

// ---------------------------------------------------------------- «СОШ №1»

const SCHOOL_1_TYPED: Record<string, unknown> = {
  ped_total: 30,
  ped_mentors: 6,
  ped_mentees: '12,5',
  ped_under35: 6,
  ped_under35_mentees: 8,
  young_total: 3,
  young_mentees: 3,
  mentors_of_young: 2,
  mentors_municipal_active: 1,
  mentors_regional_active: 0,
  kpk_trained: 15,
  interns: '',
  network_mentors: -3,
  network_mentees: 1,
  implements_model: 1,
  doc_order: 1,
  doc_regulation: 1,
  doc_roadmap: 1,
  doc_curator: 'в процессе',
  doc_pairs_order: 1,
  doc_monitoring_order: 1,
  doc_internal_report: 1,
  programs_approved: '',
  personal_programs: 3,
  pairs_count: 6,
  partner_agreements: 1,
  shmo_count: 1,
  site_tab: 1,
  site_monthly_update: 1,
  best_practices_published: 1,
  practices_platform: 1,
  students_10_19: 200,
  students_mentees: 150,
  students_mentees_risk: 5,
  students_mentees_ovz: 2,
  students_mentees_gifted: 10,
  students_15_19: 70,
  student_mentors: 10,
  enterprises: 0,
  enterprise_mentors: 0,
  enterprise_projects: 0,
  mentors_surveyed: 6,
  mentors_satisfied: 5,
  mentees_surveyed: 10,
  mentees_satisfied: 9,
};

function templateLine(def: IndicatorDef, value: unknown, tag: string = def.id): Line {
  return line(tag, {
    code: def.code,
    section: def.section,
    title: def.title,
    unit: def.type === 'flag' ? 'да/нет' : 'чел.',
    value,
    comment: '',
  });
}

function school1(): CuratorTab {
  const top = [
    ['Мониторинг реализации целевой модели наставничества'],
    ['Образовательная организация:', SCHOOL_1],
    ['Период:', '2025'],
    [],
  ];
  const columns = [
    { field: 'code', header: 'Код' },
    { field: 'section', header: 'Раздел' },
    { field: 'title', header: 'Показатель' },
    { field: 'unit', header: 'Ед. изм.' },
    { field: 'value', header: 'Значение' },
    { field: 'comment', header: 'Комментарий / ссылка' },
  ] as const;
  const lines: Line[] = [];
  for (const def of INPUTS) {
    lines.push(templateLine(def, SCHOOL_1_TYPED[def.id]));
    if (def.id === 'network_mentees') {
      const mentorsOfYoung = INPUTS.find((d) => d.id === 'mentors_of_young') as IndicatorDef;
      lines.push(templateLine(mentorsOfYoung, 3, 'mentors_of_young#2'));
      lines.push(
        line('unknown', {
          code: '1.15',
          section: def.section,
          title: 'Педагоги — участники конкурсов профессионального мастерства',
          unit: 'чел.',
          value: 4,
        }),
      );
    }
  }
  lines.push(
    line(ADDED.events.id, { code: '6.1', title: ADDED.events.title, value: 0 }),
    line(ADDED.progress.id, { code: '6.2', title: ADDED.progress.title, value: 0.5 }, '0%'),
    line(ADDED.council.id, { code: '6.3', title: ADDED.council.title, value: '' }),
  );
  return curatorTab(top, columns, lines);
}

// ---------------------------------------------------------------- «СОШ 10»

const SCHOOL_10_TYPED: Record<string, unknown> = {
  ped_total: 35,
  ped_mentors: 4,
  ped_mentees: 3,
  ped_under35: 9,
  ped_under35_mentees: 3,
  young_total: 4,
  young_mentees: 2,
  mentors_of_young: 2,
  mentors_municipal_active: 0,
  mentors_regional_active: 0,
  kpk_trained: 5,
  interns: 1,
  network_mentors: 0,
  network_mentees: 0,
  implements_model: 1,
  doc_order: 0,
  doc_regulation: 0,
  doc_roadmap: 0,
  doc_curator: 1,
  doc_pairs_order: 0,
  doc_monitoring_order: 1,
  doc_internal_report: 0,
  programs_approved: 1,
  personal_programs: 0,
  pairs_count: 0,
  partner_agreements: 0,
  shmo_count: 0,
  site_tab: 0,
  site_monthly_update: 0,
  best_practices_published: 0,
  practices_platform: 0,
  students_10_19: 150,
  students_mentees: 60,
  students_mentees_risk: 2,
  students_mentees_ovz: 0,
  students_mentees_gifted: 3,
  students_15_19: 50,
  student_mentors: 0,
  enterprises: 0,
  enterprise_mentors: 0,
  enterprise_projects: 0,
  mentors_surveyed: 4,
  mentors_satisfied: 2,
  mentees_surveyed: 3,
  mentees_satisfied: 3,
};

function school10(): CuratorTab {
  const top = [['МОНИТОРИНГ ЦМН'], ['ОО: ' + SCHOOL_10], ['Период: 2025'], []];
  const columns = [
    { field: 'code', header: 'Код' },
    { field: 'title', header: 'Показатель' },
    { field: 'unit', header: 'Единица измерения' },
    { field: 'value', header: 'Значение' },
    { field: 'other', header: 'Источник данных' },
    { field: 'comment', header: 'Комментарий' },
  ] as const;
  const lines: Line[] = [line('numbering', { code: 1, title: 2, unit: 3, value: 4, other: 5, comment: 6 })];
  INPUTS.forEach((def, i) => {
    lines.push(
      line(def.id, {
        code: i % 2 === 0 ? ` ${def.code as string}` : `${def.code as string}.`,
        title: def.title,
        unit: def.type === 'flag' ? '1/0' : 'чел.',
        value: SCHOOL_10_TYPED[def.id],
        other: 'приказы ОО',
      }),
    );
  });
  lines.push(
    line(ADDED.events.id, { code: '6.1', title: ADDED.events.title, value: 1 }),
    line(ADDED.progress.id, { code: '6.2', title: ADDED.progress.title, value: 45 }),
    line(ADDED.council.id, { code: '6.3', title: ADDED.council.title, value: 1 }),
  );
  return curatorTab(top, columns, lines);
}

// ---------------------------------------------------------------- «Показатели»

export interface CatalogueFixture {
  readonly values: unknown[][];
  /** 1-based rows of the broken lines. */
  readonly brokenShareRow: number;
  readonly brokenTypeRow: number;
}

const TARGET_COLUMN = 8;

function catalogueSheet(): CatalogueFixture {
  const header = [
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
  ];
  const rows: unknown[][] = [
    ['Перечень показателей мониторинга (редактирует муниципальный координатор)'],
    header,
  ];
  // The sheet as the add-on created it in September…
  for (const def of BUILTIN_CATALOGUE.indicators) rows.push(catalogueRow(def).map((v) => v ?? ''));
  // …then the coordinator changed four targets,
  const targets: Record<string, unknown> = {
    share_mentors: 25,
    share_young_mentees: '100 %',
    share_students_mentees: 0.7,
    share_under35_mentees: '70%',
  };
  for (const r of rows) if (typeof r[1] === 'string' && r[1] in targets) r[TARGET_COLUMN - 1] = targets[r[1]];
  // …added three inputs and a share,
  rows.push(
    [
      '6.1',
      ADDED.events.id,
      'Дополнительные показатели',
      ADDED.events.title,
      'count',
      '',
      '',
      '',
      'нет',
      'приказ УО',
    ],
    [
      '6.2',
      ADDED.progress.id,
      'Дополнительные показатели',
      ADDED.progress.title,
      'percent',
      '',
      '',
      '80%',
      'нет',
      '',
    ],
    [
      '6.3',
      ADDED.council.id,
      'Дополнительные показатели',
      ADDED.council.title,
      'flag',
      '',
      '',
      '',
      'нет',
      '',
    ],
    [
      '',
      'share_kpk',
      'Дополнительные показатели',
      'Доля педагогов, прошедших КПК по наставничеству',
      'доля',
      'kpk_trained',
      'ped_total',
      '50 %',
      '',
      '',
    ],
  );
  // …and broke two rows.
  rows.push([
    '',
    'share_winners',
    '',
    'Доля наставников — победителей конкурсов',
    'share',
    'mentor_winners',
    'ped_mentors',
    '',
    '',
    '',
  ]);
  const brokenShareRow = rows.length;
  rows.push(['6.4', 'kpk_hours', '', 'Часы КПК по наставничеству', 'часы', '', '', '', 'нет', '']);
  const brokenTypeRow = rows.length;
  return { values: rows, brokenShareRow, brokenTypeRow };
}

// ---------------------------------------------------------------- the workbook

export interface Municipality {
  readonly sheets: Record<string, unknown[][]>;
  readonly merges: Record<string, Merge[]>;
  readonly numberFormats: Record<string, string[][]>;
  readonly generated: Record<string, GeneratedKind>;
  readonly tabs: {
    gymnasium: CuratorTab;
    ivanovskaya: CuratorTab;
    school1: CuratorTab;
    school10: CuratorTab;
  };
  readonly catalogue: CatalogueFixture;
}

export function municipality(): Municipality {
  const tabs = {
    gymnasium: gymnasium(),
    ivanovskaya: ivanovskaya(),
    school1: school1(),
    school10: school10(),
  };
  const catalogue = catalogueSheet();
  const sheets: Record<string, unknown[][]> = {
    Инструкция: [
      ['Инструкция по заполнению мониторинга'],
      ['1. Найдите лист своей ОО и заполните столбец «Значение».'],
      ['2. Количество — целым числом; наличие документа — «да» или «нет», можно вставить ссылку.'],
      ['3. Срок заполнения — до 20 ноября.'],
    ],
    Показатели: catalogue.values,
    'Гимназия 2': tabs.gymnasium.values,
    'Ивановская ООШ': tabs.ivanovskaya.values,
    'СОШ №1': tabs.school1.values,
    'СОШ 10': tabs.school10.values,
    Списки: [
      ['Да/нет', 'Формы наставничества'],
      ['да', 'педагог — педагог'],
      ['нет', 'ученик — ученик'],
    ],
    Лист1: [],
    Сводная: [
      ['Аналитическая справка по итогам мониторинга реализации целевой модели наставничества'],
      ['Период:', '2024'],
      ['ОО', '1.1 Общая численность педагогических работников'],
      ['МБОУ «СОШ № 1»', 28],
    ],
  };
  return {
    sheets,
    merges: {
      'Гимназия 2': tabs.gymnasium.merges,
      'Ивановская ООШ': tabs.ivanovskaya.merges,
    },
    numberFormats: { 'СОШ №1': tabs.school1.numberFormats },
    generated: { Сводная: 'summary' },
    tabs,
    catalogue,
  };
}

/**
 * Two municipalities' own school forms built from the wording of the monitoring regulation (§6.1) and of the
 * Ижевск order № 644, in two layouts real municipalities use, with values typed the way schools type them.
 */

/** A school's values by indicator id; a value of `{ note }` is typed in the note column, the value cell empty. */
export type OwnFormValues = Readonly<Record<string, unknown>>;

/** «№ п/п | Наименование показателя | Ед. изм. | Значение | Примечание», a title block of three rows. */
export const REGULATION_ROWS: readonly (readonly [id: string, title: string, unit: string])[] = [
  ['ped_total', 'Общее количество педагогических работников ОО', 'чел.'],
  [
    'ped_mentors',
    'Количество педагогических работников, вовлечённых в различные формы наставничества в роли наставника',
    'чел.',
  ],
  [
    'ped_mentees',
    'Количество педагогов, участвующих в программах наставничества в роли наставляемого',
    'чел.',
  ],
  ['young_mentees', 'из них молодых специалистов', 'чел.'],
  ['young_total', 'Количество молодых специалистов (стаж до 3 лет)', 'чел.'],
  ['ped_under35', 'Количество педагогических работников в возрасте до 35 лет', 'чел.'],
  [
    'ped_under35_mentees',
    'Количество педагогических работников в возрасте до 35 лет, вовлеченных в различные формы сопровождения, вошедших в программы наставничества в роли наставляемого',
    'чел.',
  ],
  ['mentors_municipal_active', 'Количество наставников, входящих в муниципальный методический актив', 'чел.'],
  ['mentors_regional_active', 'Количество наставников, входящих в региональный методический актив', 'чел.'],
  [
    'practices_platform',
    'Количество методических практик наставничества, размещенных на муниципальной методической платформе',
    'ед.',
  ],
  ['doc_order', 'Разработан приказ о внедрении МСЦМН', 'да/нет'],
  ['doc_regulation', 'Разработано положение о реализации системы наставничества', 'да/нет'],
  [
    'doc_roadmap',
    'Разработана дорожная карта (план мероприятий) по реализации положения о системе наставничества',
    'да/нет',
  ],
  ['doc_pairs_order', 'Приказами закреплены наставнические пары/группы', 'да/нет'],
  ['personal_programs', 'Подготовлены персонализированные программы наставничества', 'ед.'],
  [
    'site_tab',
    'Наличие вкладки «Внедрение целевой модели наставничества» на официальном сайте образовательных организаций',
    'да/нет',
  ],
  [
    'site_monthly_update',
    'Обновление информации о процессе реализации МСЦМН (освещение мероприятий Дорожной карты/планов) не реже 1 раз в месяц',
    'да/нет',
  ],
  [
    'share_mentors',
    'Доля наставников в общем количестве педагогических работников образовательной организации',
    '%',
  ],
];

export function regulationForm(school: string, values: OwnFormValues): unknown[][] {
  const rows: unknown[][] = [
    ['Мониторинг реализации муниципальной системы (целевой модели) наставничества', '', '', '', ''],
    ['Образовательная организация:', school, '', '', ''],
    ['Период:', '2025', '', '', ''],
    ['№ п/п', 'Наименование показателя', 'Ед. изм.', 'Значение', 'Примечание'],
  ];
  REGULATION_ROWS.forEach(([id, title, unit], index) => {
    const value = values[id];
    const inNote = typeof value === 'object' && value !== null && 'note' in value;
    rows.push([index + 1, title, unit, inNote ? '' : (value ?? ''), inNote ? value.note : '']);
  });
  for (const [title, value] of Object.entries((values.extra ?? {}) as Record<string, unknown>))
    rows.push([rows.length - 3, title, 'шт.', value, '']);
  return rows;
}

/** «Код | Показатель | Всего» with the municipality's own codes and section rows between the indicators. */
export const SECTIONED_ROWS: readonly (readonly [id: string, title: string])[] = [
  ['', 'Раздел 1. Кадровое обеспечение наставничества'],
  ['ped_total', 'Численность педагогов, всего (чел.)'],
  ['ped_mentors', 'Педагоги-наставники'],
  ['ped_mentees', 'Педагоги-наставляемые'],
  ['young_mentees', 'в т. ч. молодые специалисты (стаж 0–3 года)'],
  ['young_total', 'Молодые специалисты (стаж 0–3 года), всего'],
  ['', 'Раздел 2. Обучающиеся'],
  ['students_10_19', 'Обучающиеся в возрасте 10–19 лет'],
  ['students_mentees', 'Обучающиеся 10–19 лет, включённые в программы наставничества в роли наставляемого'],
  ['students_15_19', 'Обучающиеся в возрасте 15–19 лет'],
  ['student_mentors', 'Обучающиеся 15–19 лет — наставники'],
  ['', 'Раздел 3. Нормативное обеспечение и открытость'],
  ['doc_order', 'Приказ о внедрении целевой модели наставничества (1/0)'],
  ['site_tab', 'Вкладка «Наставничество» на сайте ОО'],
  ['site_monthly_update', 'Ежемесячное обновление информации на сайте'],
];

export function sectionedForm(school: string, values: OwnFormValues): unknown[][] {
  const rows: unknown[][] = [
    ['Сведения о реализации целевой модели наставничества', '', ''],
    ['ОО:', school, ''],
    ['Код', 'Показатель', 'Всего'],
  ];
  let code = 0;
  for (const [id, title] of SECTIONED_ROWS) {
    if (id === '') rows.push(['', title, '']);
    else rows.push([`П-${String(++code).padStart(2, '0')}`, title, values[id] ?? '']);
  }
  return rows;
}

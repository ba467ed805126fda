/** The monitoring regulation, §6.1.1–6.1.3, and the counts its shares are computed from, in its own words. */
const REGULATION_WORDINGS: Readonly<Record<string, readonly string[]>> = {
  ped_total: ['Общее количество педагогических работников образовательной организации'],
  ped_mentors: [
    'Количество педагогических работников, вовлечённых в различные формы наставничества в роли наставника',
  ],
  ped_under35: ['Количество педагогических работников в возрасте до 35 лет'],
  ped_under35_mentees: [
    'Количество педагогических работников в возрасте до 35 лет, вовлеченных в различные формы сопровождения, вошедших в программы наставничества в роли наставляемого',
  ],
  mentors_municipal_active: ['Количество наставников, входящих в муниципальный методический актив'],
  mentors_regional_active: ['Количество наставников, входящих в региональный методический актив'],
  practices_platform: [
    'Количество методических практик наставничества, размещенных на муниципальной методической платформе',
  ],
  doc_order: ['Разработан приказ о внедрении МСЦМН'],
  doc_regulation: ['Разработано положение о реализации системы наставничества'],
  doc_roadmap: [
    'Разработана дорожная карта (план мероприятий) по реализации положения о системе наставничества',
  ],
  doc_pairs_order: ['Приказами закреплены наставнические пары/группы'],
  personal_programs: ['Подготовлены персонализированные программы наставничества'],
  site_tab: [
    'Наличие вкладки «Внедрение целевой модели наставничества» на официальном сайте образовательных организаций',
  ],
  site_monthly_update: [
    'Обновление информации о процессе реализации МСЦМН (освещение мероприятий Дорожной карты/планов) не реже 1 раз в месяц',
  ],
};

/** The Ижевск order № 644, Приложение 1: the rows a school reports. */
const ORDER_WORDINGS: Readonly<Record<string, readonly string[]>> = {
  programs_approved: ['Количество утверждённых программ наставничества в ОО по различным формам'],
  partner_agreements: [
    'Количество дополнительных соглашений о сотрудничестве с другими ОО, АОУ ДПО УР ИРО, предприятиями г. Ижевска по вопросам наставничества',
  ],
  doc_internal_report: ['Наличие информационной справки по итогам внутреннего мониторинга ОО'],
  doc_regulation: [
    'Количество ОО, в которых утверждены Положения о системе наставничества педагогических работников в образовательной организации',
  ],
  doc_roadmap: ['Количество дорожных карт ОО внедрения целевой модели наставничества'],
  doc_monitoring_order: [
    'Количество ОО, в которых есть приказ о мониторинге реализации целевой модели наставничества',
  ],
  best_practices_published: ['Наличие лучших практик, размещенных на информационных ресурсах ОО'],
  enterprise_mentors: [
    'Количество наставников из числа сотрудников предприятий и организаций (в соответствии с приказом)',
  ],
  enterprise_projects: [
    'Количество реализованных образовательных и культурных проектов на базе образовательных организаций совместно с представителями предприятий наставника и организаций, участвующих в реализации программ наставничества',
  ],
  enterprises: ['Количество предприятий и иных организаций участвующих в программах наставничества'],
  students_mentees_risk: [
    'Количество обучающихся в возрасте от 10 до 19 лет из числа «группы риска», включенных в программы наставничества в роли наставляемого',
  ],
  students_mentees_ovz: [
    'Количество обучающихся в возрасте от 10 до 19 лет из числа ОВЗ и детей-инвалидов, включенных в программы наставничества в роли наставляемого',
  ],
  students_mentees_gifted: [
    'Количество обучающихся в возрасте от 10 до 19 лет из числа «одаренных детей» (вошедших в реестры), включенных в программы наставничества в роли наставляемого',
  ],
  students_mentees: [
    'Количество обучающихся (от 10 до 19 лет), включенных в программы наставничества в роли наставляемого',
  ],
  student_mentors: [
    'Количество наставников из числа обучающихся (в возрасте от 15 до 19) в базе наставников (по приказу)',
  ],
  satisfaction_mentors: [
    'Уровень удовлетворенности наставников участием в программах наставничества по различным формам наставничества (опросный)',
  ],
  satisfaction_mentees: [
    'Уровень удовлетворенности наставляемых участием в программах наставничества по различным формам наставничества (опросный)',
  ],
  young_total: ['Количество молодых педагогов (с опытом работы от 0 до 3 лет)'],
  young_mentees: [
    'Количество молодых педагогов, участвующих в программах наставничества в роли наставляемых',
  ],
  mentors_of_young: ['Количество педагогов, выполняющих функции наставника над молодыми педагогами'],
  personal_programs: [
    'Количество персонализированных программ наставничества, разработанных и утвержденных в образовательных организациях',
  ],
  interns: ['Количество педагогов, участвующих в стажерских площадках в роли стажера'],
  kpk_trained: ['Количество педагогических работников, обучившихся на КПК по вопросам наставничества'],
  shmo_count: [
    'Количество методических объединений наставников из числа педагогов в образовательной организации (ШМО)',
  ],
  ped_mentors: ['Количество педагогов, участвующих в программах наставничества в роли наставника'],
  network_mentors: ['Количество педагогов, включенных в сетевые сообщества (наставников) в роли наставника'],
  ped_mentees: ['Количество педагогов, участвующих в программах наставничества в роли наставляемого'],
  network_mentees: [
    'Количество педагогов, включенных в сетевые сообщества (наставников) в роли наставляемых',
  ],
};

/**
 * Wordings of the built-in indicators as the official documents print them, so a form copied from them is read
 * without configuring anything: the municipal monitoring regulation, §6.1 (docs/domain.md#indicators), and the
 * Ижевск order № 644, Приложение 1 (docs/domain.md#monitoring-order), word for word. A row in such a wording
 * (or in any ordinary variant of it, title-meaning.ts) is matched with an `indicator/title-variant` note. Rows
 * of the order that a school cannot report (the municipality's own documents, counts of schools, the
 * municipal contests) are not listed: they are not indicators of one school.
 */
export const TITLE_VARIANTS: Readonly<Record<string, readonly string[]>> = mergedWordings();

/**
 * Rows of the Ижевск order № 644, Приложение 1 (docs/domain.md#monitoring-order) that are the municipality's
 * own figures, not a school's: a school form copied from the order carries them, and they are let be with a
 * note instead of being read as the school indicator they resemble («распорядительный акт … в муниципалитете»
 * is not the school's приказ о внедрении).
 */
export const MUNICIPAL_WORDINGS: readonly string[] = [
  'Количество наставников в муниципальной базе',
  'Наличие положения о муниципальной Целевой модели наставничества',
  'Наличие распорядительного акта о внедрении Целевой модели наставничества в муниципалитете',
  'Количество ОО, в которых утверждены Положения о системе наставничества обучающихся в образовательной организации',
  'Количество организованных и проведенных профессиональных конкурсов по наставничеству в муниципалитете',
  'Количество баз наставников из числа обучающихся (в возрасте от 15 до 19)',
];

function mergedWordings(): Record<string, readonly string[]> {
  const merged: Record<string, string[]> = {};
  for (const source of [REGULATION_WORDINGS, ORDER_WORDINGS])
    for (const [id, wordings] of Object.entries(source)) merged[id] = [...(merged[id] ?? []), ...wordings];
  return merged;
}

/**
 * Every wording an indicator is known by: its titles, the official documents' wordings, and each of them with
 * its bracketed part left out («Молодые педагоги (стаж 0–3 года)» is also «Молодые педагоги»).
 */
export function wordingsOf(id: string, titles: readonly string[]): string[] {
  const all = [...titles, ...(TITLE_VARIANTS[id] ?? [])];
  const bare = all.map((wording) => wording.replace(/\s*\([^)]*\)/g, '').trim()).filter((w) => w !== '');
  return [...new Set([...all, ...bare])];
}

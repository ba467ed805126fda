/**
 * The built-in indicator catalogue (docs/domain.md#indicators): what each school tab reports and which shares
 * the add-on derives from it. The «Показатели» sheet may override titles, targets and required flags and add
 * indicators; ids and codes are stable identifiers and are never renamed.
 */
import type { IndicatorType } from '../findings/analysis-result';

export type { IndicatorType };

export interface IndicatorDef {
  /** Code printed on school tabs, e.g. `1.2`; null for derived figures (never entered). */
  readonly code: string | null;
  /** Stable id used in JSON, formulas and recommendations, e.g. `ped_mentors`. */
  readonly id: string;
  /** Section title (Раздел). */
  readonly section: string;
  readonly title: string;
  readonly type: IndicatorType;
  /** For shares: the id whose value is divided; for shares of schools: the flag id. */
  readonly numerator?: string;
  /** For shares: the id it is divided by; absent for shares of schools (share_oo_*). */
  readonly denominator?: string;
  /** Fraction for shares, percents and flags (1 = 100 %), a number for counts; null when none. */
  readonly target: number | null;
  /** A required input must be filled on every school tab. Derived figures are never required. */
  readonly required: boolean;
  /** Where the indicator comes from (seed document, Р-145). */
  readonly source: string;
}

export interface Catalogue {
  /** In catalogue order: inputs by section, then derived figures. */
  readonly indicators: readonly IndicatorDef[];
}

export const SECTIONS = {
  staff: 'Педагогические работники в программах наставничества',
  documents: 'Нормативное обеспечение и организация наставничества',
  openness: 'Информационное сопровождение',
  students: 'Обучающиеся, предприятия и организации',
  satisfaction: 'Удовлетворённость участием в программах наставничества',
} as const;

/** Prefix of the share of schools that have a flag set, e.g. `share_oo_with_doc_order`. */
export const SHARE_OO_WITH_PREFIX = 'share_oo_with_';
/**
 * The flag whose share of schools is `share_oo_implementing` (docs/domain.md#mentor-base: 100 % of schools
 * implement the model) rather than share_oo_with_….
 */
export const IMPLEMENTING_FLAG = 'implements_model';
export const SHARE_OO_IMPLEMENTING = 'share_oo_implementing';

function input(
  code: string,
  id: string,
  section: string,
  title: string,
  type: 'count' | 'flag',
  required: boolean,
  source: string,
): IndicatorDef {
  return { code, id, section, title, type, target: null, required, source };
}

function share(
  id: string,
  section: string,
  title: string,
  numerator: string,
  denominator: string,
  target: number | null,
  source: string,
): IndicatorDef {
  return {
    code: null,
    id,
    section,
    title,
    type: 'share',
    numerator,
    denominator,
    target,
    required: false,
    source,
  };
}

const S = SECTIONS;

const INPUTS: readonly IndicatorDef[] = [
  input(
    '1.1',
    'ped_total',
    S.staff,
    'Общая численность педагогических работников',
    'count',
    true,
    '000 (знаменатель долей)',
  ),
  input('1.2', 'ped_mentors', S.staff, 'Педагоги в роли наставника', 'count', true, '000, 003 №11'),
  input('1.3', 'ped_mentees', S.staff, 'Педагоги в роли наставляемого', 'count', true, '003 №12'),
  input('1.4', 'ped_under35', S.staff, 'Педагоги в возрасте до 35 лет', 'count', true, '000'),
  input(
    '1.5',
    'ped_under35_mentees',
    S.staff,
    'Педагоги до 35 лет в роли наставляемого',
    'count',
    true,
    '000',
  ),
  input('1.6', 'young_total', S.staff, 'Молодые педагоги (стаж 0–3 года)', 'count', true, '003 №9'),
  input('1.7', 'young_mentees', S.staff, 'Молодые педагоги в роли наставляемого', 'count', true, '003 №9'),
  input('1.8', 'mentors_of_young', S.staff, 'Педагоги-наставники молодых педагогов', 'count', true, '003 №9'),
  input(
    '1.9',
    'mentors_municipal_active',
    S.staff,
    'Наставники в муниципальном методическом активе',
    'count',
    true,
    '000',
  ),
  input(
    '1.10',
    'mentors_regional_active',
    S.staff,
    'Наставники в региональном методическом активе',
    'count',
    true,
    '000',
  ),
  input(
    '1.11',
    'kpk_trained',
    S.staff,
    'Педагоги, прошедшие КПК по вопросам наставничества',
    'count',
    true,
    '003 №10',
  ),
  input('1.12', 'interns', S.staff, 'Педагоги-стажёры стажёрских площадок', 'count', false, '003 №10'),
  input(
    '1.13',
    'network_mentors',
    S.staff,
    'Педагоги в сетевых сообществах в роли наставника',
    'count',
    false,
    '003 №11',
  ),
  input(
    '1.14',
    'network_mentees',
    S.staff,
    'Педагоги в сетевых сообществах в роли наставляемого',
    'count',
    false,
    '003 №12',
  ),
  input(
    '2.1',
    'implements_model',
    S.documents,
    'ОО реализует систему (целевую модель) наставничества',
    'flag',
    true,
    '002',
  ),
  input(
    '2.2',
    'doc_order',
    S.documents,
    'Приказ о внедрении целевой модели наставничества',
    'flag',
    true,
    '000 6.1.1',
  ),
  input(
    '2.3',
    'doc_regulation',
    S.documents,
    'Положение о системе наставничества',
    'flag',
    true,
    '000, 002, 003',
  ),
  input('2.4', 'doc_roadmap', S.documents, 'Дорожная карта (план мероприятий)', 'flag', true, '000, 003'),
  input('2.5', 'doc_curator', S.documents, 'Приказ о назначении куратора', 'flag', true, '002'),
  input(
    '2.6',
    'doc_pairs_order',
    S.documents,
    'Приказ(ы) о закреплении наставнических пар/групп',
    'flag',
    true,
    '000, 002',
  ),
  input(
    '2.7',
    'doc_monitoring_order',
    S.documents,
    'Приказ о мониторинге реализации целевой модели',
    'flag',
    false,
    '003 №2',
  ),
  input(
    '2.8',
    'doc_internal_report',
    S.documents,
    'Справка по итогам внутреннего мониторинга',
    'flag',
    false,
    '003 №1',
  ),
  input(
    '2.9',
    'programs_approved',
    S.documents,
    'Утверждённые программы наставничества',
    'count',
    true,
    '003 №1',
  ),
  input(
    '2.10',
    'personal_programs',
    S.documents,
    'Персонализированные программы наставничества',
    'count',
    true,
    '000, 003 №10',
  ),
  input(
    '2.11',
    'pairs_count',
    S.documents,
    'Наставнические пары/группы по приказу',
    'count',
    true,
    'внешняя форма',
  ),
  input(
    '2.12',
    'partner_agreements',
    S.documents,
    'Соглашения о сотрудничестве по наставничеству',
    'count',
    false,
    '003 №1',
  ),
  input('2.13', 'shmo_count', S.documents, 'Методические объединения наставников', 'count', false, '003 №10'),
  input(
    '3.1',
    'site_tab',
    S.openness,
    'Раздел «Наставничество» на официальном сайте ОО',
    'flag',
    true,
    '000 6.1.2, 001',
  ),
  input(
    '3.2',
    'site_monthly_update',
    S.openness,
    'Информация обновляется не реже 1 раза в месяц',
    'flag',
    true,
    '000 6.1.2',
  ),
  input(
    '3.3',
    'best_practices_published',
    S.openness,
    'Лучшие практики размещены на ресурсах ОО',
    'flag',
    false,
    '003 №3',
  ),
  input(
    '3.4',
    'practices_platform',
    S.openness,
    'Практики на муниципальной методической платформе',
    'count',
    false,
    '000',
  ),
  input('4.1', 'students_10_19', S.students, 'Обучающиеся 10–19 лет', 'count', false, 'Р-145'),
  input(
    '4.2',
    'students_mentees',
    S.students,
    'Обучающиеся 10–19 лет в роли наставляемого',
    'count',
    false,
    '003 №5',
  ),
  input(
    '4.3',
    'students_mentees_risk',
    S.students,
    'Наставляемые из «группы риска»',
    'count',
    false,
    '003 №5',
  ),
  input(
    '4.4',
    'students_mentees_ovz',
    S.students,
    'Наставляемые с ОВЗ и дети-инвалиды',
    'count',
    false,
    '003 №5',
  ),
  input(
    '4.5',
    'students_mentees_gifted',
    S.students,
    'Наставляемые из числа «одарённых детей»',
    'count',
    false,
    '003 №5',
  ),
  input('4.6', 'students_15_19', S.students, 'Обучающиеся 15–19 лет', 'count', false, 'Р-145'),
  input(
    '4.7',
    'student_mentors',
    S.students,
    'Обучающиеся 15–19 лет в роли наставника',
    'count',
    false,
    '003 №6',
  ),
  input(
    '4.8',
    'enterprises',
    S.students,
    'Предприятия и организации — участники программ',
    'count',
    false,
    '003 №4',
  ),
  input(
    '4.9',
    'enterprise_mentors',
    S.students,
    'Наставники из числа сотрудников предприятий',
    'count',
    false,
    '003 №4',
  ),
  input(
    '4.10',
    'enterprise_projects',
    S.students,
    'Совместные проекты с предприятиями',
    'count',
    false,
    '003 №4',
  ),
  input(
    '5.1',
    'mentors_surveyed',
    S.satisfaction,
    'Наставники, участвовавшие в опросе',
    'count',
    false,
    '003 №7',
  ),
  input(
    '5.2',
    'mentors_satisfied',
    S.satisfaction,
    'Наставники, удовлетворённые участием',
    'count',
    false,
    '003 №7',
  ),
  input(
    '5.3',
    'mentees_surveyed',
    S.satisfaction,
    'Наставляемые, участвовавшие в опросе',
    'count',
    false,
    '003 №8',
  ),
  input(
    '5.4',
    'mentees_satisfied',
    S.satisfaction,
    'Наставляемые, удовлетворённые участием',
    'count',
    false,
    '003 №8',
  ),
];

const SHARES: readonly IndicatorDef[] = [
  share(
    'share_mentors',
    S.staff,
    'Доля наставников в общем количестве педагогических работников',
    'ped_mentors',
    'ped_total',
    null,
    '000 6.1.3',
  ),
  share(
    'share_mentees',
    S.staff,
    'Доля педагогов в роли наставляемого',
    'ped_mentees',
    'ped_total',
    null,
    '003 №12',
  ),
  share(
    'share_under35_mentees',
    S.staff,
    'Доля педагогов до 35 лет в роли наставляемого',
    'ped_under35_mentees',
    'ped_under35',
    null,
    '000 6.1.3',
  ),
  share(
    'share_young_mentees',
    S.staff,
    'Доля молодых педагогов в роли наставляемого',
    'young_mentees',
    'young_total',
    1,
    '003 №9',
  ),
  share(
    'share_students_mentees',
    S.students,
    'Доля обучающихся 10–19 лет в роли наставляемого',
    'students_mentees',
    'students_10_19',
    0.7,
    'Р-145 (70 % к 2024 году), 003 №5',
  ),
  share(
    'share_student_mentors',
    S.students,
    'Доля обучающихся 15–19 лет в роли наставника',
    'student_mentors',
    'students_15_19',
    null,
    'Р-145, 003 №6',
  ),
  share(
    'satisfaction_mentors',
    S.satisfaction,
    'Удовлетворённость наставников участием в программах наставничества',
    'mentors_satisfied',
    'mentors_surveyed',
    null,
    '003 №7',
  ),
  share(
    'satisfaction_mentees',
    S.satisfaction,
    'Удовлетворённость наставляемых участием в программах наставничества',
    'mentees_satisfied',
    'mentees_surveyed',
    null,
    '003 №8',
  ),
];

/** Hand-written titles for the shares of schools of the built-in flags. */
const SCHOOL_SHARE_TITLES: Readonly<Record<string, string>> = {
  implements_model: 'Доля ОО, реализующих систему (целевую модель) наставничества',
  doc_order: 'Доля ОО, в которых издан приказ о внедрении целевой модели наставничества',
  doc_regulation: 'Доля ОО, в которых принято положение о системе наставничества',
  doc_roadmap: 'Доля ОО, в которых утверждена дорожная карта (план мероприятий)',
  doc_curator: 'Доля ОО, в которых приказом назначен куратор',
  doc_pairs_order: 'Доля ОО, в которых приказами закреплены наставнические пары/группы',
  doc_monitoring_order: 'Доля ОО, в которых издан приказ о мониторинге реализации целевой модели',
  doc_internal_report: 'Доля ОО, в которых есть справка по итогам внутреннего мониторинга',
  site_tab: 'Доля ОО с разделом «Наставничество» на официальном сайте',
  site_monthly_update: 'Доля ОО, обновляющих информацию о наставничестве не реже 1 раза в месяц',
  best_practices_published: 'Доля ОО, разместивших лучшие практики на своих ресурсах',
};

/** Id of the share of schools where `flagId` = 1. */
export function schoolShareId(flagId: string): string {
  return SHARE_OO_WITH_PREFIX + flagId;
}

/**
 * The share of schools with `flag` = 1 (target 100 %: every school implements the model,
 * docs/domain.md#mentor-base).
 */
export function schoolShareOf(flag: IndicatorDef): IndicatorDef {
  return {
    code: null,
    id: schoolShareId(flag.id),
    section: flag.section,
    title: SCHOOL_SHARE_TITLES[flag.id] ?? `Доля ОО: ${flag.title}`,
    type: 'share',
    numerator: flag.id,
    target: 1,
    required: false,
    source: flag.source,
  };
}

const FLAGS = INPUTS.filter((def) => def.type === 'flag');

/**
 * docs/domain.md#indicators names the share of schools implementing the model `share_oo_implementing` (target
 * 100 %, docs/domain.md#mentor-base) and the JSON contract (docs/domain.md#command-line) also asks for
 * `share_oo_with_<flag>` for every flag, implements_model included: both ids are kept, the second a plain
 * alias with the same figure.
 */
const IMPLEMENTING_SHARE: IndicatorDef = {
  ...schoolShareOf(FLAGS.find((def) => def.id === IMPLEMENTING_FLAG) as IndicatorDef),
  id: SHARE_OO_IMPLEMENTING,
};

export const BUILTIN_CATALOGUE: Catalogue = {
  indicators: [...INPUTS, ...SHARES, IMPLEMENTING_SHARE, ...FLAGS.map(schoolShareOf)],
};

/** Inputs are read from school tabs; shares are always computed. */
export function isInput(def: IndicatorDef): boolean {
  return def.type !== 'share';
}

/** A share of schools (share_oo_*): a numerator flag and no denominator. */
export function isSchoolShare(def: IndicatorDef): boolean {
  return def.type === 'share' && def.denominator === undefined;
}

export function indicatorById(catalogue: Catalogue, id: string): IndicatorDef | undefined {
  return catalogue.indicators.find((def) => def.id === id);
}

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
  /**
   * A share a school's form may give as its own percent instead of the two counts (satisfaction by a survey,
   * docs/domain.md#satisfaction): read from such a row, and counted as docs/domain.md#satisfaction says.
   */
  readonly reported?: true;
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

/** An input of a school tab: a count or a flag, without a target of its own. */
interface InputRow {
  readonly code: string;
  readonly id: string;
  readonly section: string;
  readonly title: string;
  readonly type: 'count' | 'flag';
  readonly required: boolean;
  readonly source: string;
}

function input({ code, id, section, title, type, required, source }: InputRow): IndicatorDef {
  return { code, id, section, title, type, target: null, required, source };
}

/** A share the add-on derives: `numerator` divided by `denominator`, never required. */
interface ShareRow {
  readonly id: string;
  readonly section: string;
  readonly title: string;
  readonly numerator: string;
  readonly denominator: string;
  readonly target: number | null;
  readonly source: string;
  readonly reported?: true;
}

function share({
  id,
  section,
  title,
  numerator,
  denominator,
  target,
  source,
  reported,
}: ShareRow): IndicatorDef {
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
    ...(reported ? { reported } : {}),
  };
}

const S = SECTIONS;

const INPUTS: readonly IndicatorDef[] = [
  input({
    code: '1.1',
    id: 'ped_total',
    section: S.staff,
    title: 'Общая численность педагогических работников',
    type: 'count',
    required: true,
    source: '000 (знаменатель долей)',
  }),
  input({
    code: '1.2',
    id: 'ped_mentors',
    section: S.staff,
    title: 'Педагоги в роли наставника',
    type: 'count',
    required: true,
    source: '000, 003 №11',
  }),
  input({
    code: '1.3',
    id: 'ped_mentees',
    section: S.staff,
    title: 'Педагоги в роли наставляемого',
    type: 'count',
    required: true,
    source: '003 №12',
  }),
  input({
    code: '1.4',
    id: 'ped_under35',
    section: S.staff,
    title: 'Педагоги в возрасте до 35 лет',
    type: 'count',
    required: true,
    source: '000',
  }),
  input({
    code: '1.5',
    id: 'ped_under35_mentees',
    section: S.staff,
    title: 'Педагоги до 35 лет в роли наставляемого',
    type: 'count',
    required: true,
    source: '000',
  }),
  input({
    code: '1.6',
    id: 'young_total',
    section: S.staff,
    title: 'Молодые педагоги (стаж 0–3 года)',
    type: 'count',
    required: true,
    source: '003 №9',
  }),
  input({
    code: '1.7',
    id: 'young_mentees',
    section: S.staff,
    title: 'Молодые педагоги в роли наставляемого',
    type: 'count',
    required: true,
    source: '003 №9',
  }),
  input({
    code: '1.8',
    id: 'mentors_of_young',
    section: S.staff,
    title: 'Педагоги-наставники молодых педагогов',
    type: 'count',
    required: true,
    source: '003 №9',
  }),
  input({
    code: '1.9',
    id: 'mentors_municipal_active',
    section: S.staff,
    title: 'Наставники в муниципальном методическом активе',
    type: 'count',
    required: true,
    source: '000',
  }),
  input({
    code: '1.10',
    id: 'mentors_regional_active',
    section: S.staff,
    title: 'Наставники в региональном методическом активе',
    type: 'count',
    required: true,
    source: '000',
  }),
  input({
    code: '1.11',
    id: 'kpk_trained',
    section: S.staff,
    title: 'Педагоги, прошедшие КПК по вопросам наставничества',
    type: 'count',
    required: true,
    source: '003 №10',
  }),
  input({
    code: '1.12',
    id: 'interns',
    section: S.staff,
    title: 'Педагоги-стажёры стажёрских площадок',
    type: 'count',
    required: false,
    source: '003 №10',
  }),
  input({
    code: '1.13',
    id: 'network_mentors',
    section: S.staff,
    title: 'Педагоги в сетевых сообществах в роли наставника',
    type: 'count',
    required: false,
    source: '003 №11',
  }),
  input({
    code: '1.14',
    id: 'network_mentees',
    section: S.staff,
    title: 'Педагоги в сетевых сообществах в роли наставляемого',
    type: 'count',
    required: false,
    source: '003 №12',
  }),
  input({
    code: '2.1',
    id: 'implements_model',
    section: S.documents,
    title: 'ОО реализует систему (целевую модель) наставничества',
    type: 'flag',
    required: true,
    source: '002',
  }),
  input({
    code: '2.2',
    id: 'doc_order',
    section: S.documents,
    title: 'Приказ о внедрении целевой модели наставничества',
    type: 'flag',
    required: true,
    source: '000 6.1.1',
  }),
  input({
    code: '2.3',
    id: 'doc_regulation',
    section: S.documents,
    title: 'Положение о системе наставничества',
    type: 'flag',
    required: true,
    source: '000, 002, 003',
  }),
  input({
    code: '2.4',
    id: 'doc_roadmap',
    section: S.documents,
    title: 'Дорожная карта (план мероприятий)',
    type: 'flag',
    required: true,
    source: '000, 003',
  }),
  input({
    code: '2.5',
    id: 'doc_curator',
    section: S.documents,
    title: 'Приказ о назначении куратора',
    type: 'flag',
    required: true,
    source: '002',
  }),
  input({
    code: '2.6',
    id: 'doc_pairs_order',
    section: S.documents,
    title: 'Приказ(ы) о закреплении наставнических пар/групп',
    type: 'flag',
    required: true,
    source: '000, 002',
  }),
  input({
    code: '2.7',
    id: 'doc_monitoring_order',
    section: S.documents,
    title: 'Приказ о мониторинге реализации целевой модели',
    type: 'flag',
    required: false,
    source: '003 №2',
  }),
  input({
    code: '2.8',
    id: 'doc_internal_report',
    section: S.documents,
    title: 'Справка по итогам внутреннего мониторинга',
    type: 'flag',
    required: false,
    source: '003 №1',
  }),
  input({
    code: '2.9',
    id: 'programs_approved',
    section: S.documents,
    title: 'Утверждённые программы наставничества',
    type: 'count',
    required: true,
    source: '003 №1',
  }),
  input({
    code: '2.10',
    id: 'personal_programs',
    section: S.documents,
    title: 'Персонализированные программы наставничества',
    type: 'count',
    required: true,
    source: '000, 003 №10',
  }),
  input({
    code: '2.11',
    id: 'pairs_count',
    section: S.documents,
    title: 'Наставнические пары/группы по приказу',
    type: 'count',
    required: true,
    source: 'внешняя форма',
  }),
  input({
    code: '2.12',
    id: 'partner_agreements',
    section: S.documents,
    title: 'Соглашения о сотрудничестве по наставничеству',
    type: 'count',
    required: false,
    source: '003 №1',
  }),
  input({
    code: '2.13',
    id: 'shmo_count',
    section: S.documents,
    title: 'Методические объединения наставников',
    type: 'count',
    required: false,
    source: '003 №10',
  }),
  input({
    code: '3.1',
    id: 'site_tab',
    section: S.openness,
    title: 'Раздел «Наставничество» на официальном сайте ОО',
    type: 'flag',
    required: true,
    source: '000 6.1.2, 001',
  }),
  input({
    code: '3.2',
    id: 'site_monthly_update',
    section: S.openness,
    title: 'Информация обновляется не реже 1 раза в месяц',
    type: 'flag',
    required: true,
    source: '000 6.1.2',
  }),
  input({
    code: '3.3',
    id: 'best_practices_published',
    section: S.openness,
    title: 'Лучшие практики размещены на ресурсах ОО',
    type: 'flag',
    required: false,
    source: '003 №3',
  }),
  input({
    code: '3.4',
    id: 'practices_platform',
    section: S.openness,
    title: 'Практики на муниципальной методической платформе',
    type: 'count',
    required: false,
    source: '000',
  }),
  input({
    code: '4.1',
    id: 'students_10_19',
    section: S.students,
    title: 'Обучающиеся 10–19 лет',
    type: 'count',
    required: false,
    source: 'Р-145',
  }),
  input({
    code: '4.2',
    id: 'students_mentees',
    section: S.students,
    title: 'Обучающиеся 10–19 лет в роли наставляемого',
    type: 'count',
    required: false,
    source: '003 №5',
  }),
  input({
    code: '4.3',
    id: 'students_mentees_risk',
    section: S.students,
    title: 'Наставляемые из «группы риска»',
    type: 'count',
    required: false,
    source: '003 №5',
  }),
  input({
    code: '4.4',
    id: 'students_mentees_ovz',
    section: S.students,
    title: 'Наставляемые с ОВЗ и дети-инвалиды',
    type: 'count',
    required: false,
    source: '003 №5',
  }),
  input({
    code: '4.5',
    id: 'students_mentees_gifted',
    section: S.students,
    title: 'Наставляемые из числа «одарённых детей»',
    type: 'count',
    required: false,
    source: '003 №5',
  }),
  input({
    code: '4.6',
    id: 'students_15_19',
    section: S.students,
    title: 'Обучающиеся 15–19 лет',
    type: 'count',
    required: false,
    source: 'Р-145',
  }),
  input({
    code: '4.7',
    id: 'student_mentors',
    section: S.students,
    title: 'Обучающиеся 15–19 лет в роли наставника',
    type: 'count',
    required: false,
    source: '003 №6',
  }),
  input({
    code: '4.8',
    id: 'enterprises',
    section: S.students,
    title: 'Предприятия и организации — участники программ',
    type: 'count',
    required: false,
    source: '003 №4',
  }),
  input({
    code: '4.9',
    id: 'enterprise_mentors',
    section: S.students,
    title: 'Наставники из числа сотрудников предприятий',
    type: 'count',
    required: false,
    source: '003 №4',
  }),
  input({
    code: '4.10',
    id: 'enterprise_projects',
    section: S.students,
    title: 'Совместные проекты с предприятиями',
    type: 'count',
    required: false,
    source: '003 №4',
  }),
  input({
    code: '5.1',
    id: 'mentors_surveyed',
    section: S.satisfaction,
    title: 'Наставники, участвовавшие в опросе',
    type: 'count',
    required: false,
    source: '003 №7',
  }),
  input({
    code: '5.2',
    id: 'mentors_satisfied',
    section: S.satisfaction,
    title: 'Наставники, удовлетворённые участием',
    type: 'count',
    required: false,
    source: '003 №7',
  }),
  input({
    code: '5.3',
    id: 'mentees_surveyed',
    section: S.satisfaction,
    title: 'Наставляемые, участвовавшие в опросе',
    type: 'count',
    required: false,
    source: '003 №8',
  }),
  input({
    code: '5.4',
    id: 'mentees_satisfied',
    section: S.satisfaction,
    title: 'Наставляемые, удовлетворённые участием',
    type: 'count',
    required: false,
    source: '003 №8',
  }),
];

const SHARES: readonly IndicatorDef[] = [
  share({
    id: 'share_mentors',
    section: S.staff,
    title: 'Доля наставников в общем количестве педагогических работников',
    numerator: 'ped_mentors',
    denominator: 'ped_total',
    target: null,
    source: '000 6.1.3',
  }),
  share({
    id: 'share_mentees',
    section: S.staff,
    title: 'Доля педагогов в роли наставляемого',
    numerator: 'ped_mentees',
    denominator: 'ped_total',
    target: null,
    source: '003 №12',
  }),
  share({
    id: 'share_under35_mentees',
    section: S.staff,
    title: 'Доля педагогов до 35 лет в роли наставляемого',
    numerator: 'ped_under35_mentees',
    denominator: 'ped_under35',
    target: null,
    source: '000 6.1.3',
  }),
  share({
    id: 'share_young_mentees',
    section: S.staff,
    title: 'Доля молодых педагогов в роли наставляемого',
    numerator: 'young_mentees',
    denominator: 'young_total',
    target: 1,
    source: '003 №9',
  }),
  share({
    id: 'share_students_mentees',
    section: S.students,
    title: 'Доля обучающихся 10–19 лет в роли наставляемого',
    numerator: 'students_mentees',
    denominator: 'students_10_19',
    target: 0.7,
    source: 'Р-145 (70 % к 2024 году), 003 №5',
  }),
  share({
    id: 'share_student_mentors',
    section: S.students,
    title: 'Доля обучающихся 15–19 лет в роли наставника',
    numerator: 'student_mentors',
    denominator: 'students_15_19',
    target: null,
    source: 'Р-145, 003 №6',
  }),
  share({
    id: 'satisfaction_mentors',
    section: S.satisfaction,
    title: 'Удовлетворённость наставников участием в программах наставничества',
    numerator: 'mentors_satisfied',
    denominator: 'mentors_surveyed',
    target: null,
    source: '003 №7',
    reported: true,
  }),
  share({
    id: 'satisfaction_mentees',
    section: S.satisfaction,
    title: 'Удовлетворённость наставляемых участием в программах наставничества',
    numerator: 'mentees_satisfied',
    denominator: 'mentees_surveyed',
    target: null,
    source: '003 №8',
    reported: true,
  }),
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

/** A share a school's form may give as a percent of its own (IndicatorDef.reported). */
export function isReported(def: IndicatorDef): boolean {
  return def.reported === true;
}

/** A share of schools (share_oo_*): a numerator flag and no denominator. */
export function isSchoolShare(def: IndicatorDef): boolean {
  return def.type === 'share' && def.denominator === undefined;
}

export function indicatorById(catalogue: Catalogue, id: string): IndicatorDef | undefined {
  return catalogue.indicators.find((def) => def.id === id);
}

/**
 * The deficit rules as data: when a school has a deficit, what it is called, which stage of the algorithm of
 * docs/domain.md#algorithm deals with it, the draft text and the term. The «Шаблоны рекомендаций» sheet may
 * override the wording, stage and term per code; the conditions stay as built in.
 *
 * Stages (docs/domain.md#algorithm): documents the school starts with — приказ о внедрении, положение,
 * куратор, раздел «Наставничество» на официальном сайте — are stage 1; the plan (дорожная карта) is stage 2;
 * base of mentors, приказы о закреплении пар, programmes are stage 4; spreading practices is stage 5; the
 * final (internal) monitoring is stage 6; filling the site tab and correcting the filled monitoring form —
 * «заполненные формы итогового мониторинга» are a stage 7 document — is stage 7.
 *
 * Shares below target: the ones about involving students and mentors go to stage 3, because the algorithm
 * (docs/domain.md#algorithm) puts «плановые показатели вовлечения в наставнические практики» and the analysis
 * of existing practices there, and one can only involve people once it is known who and where; the ones about
 * teachers as mentees go to stage 4, because the remedy is a document of that stage (приказ о закреплении
 * наставника, персонализированная программа); satisfaction goes to stage 8, where shortcomings found by the
 * analysis correct the plan.
 */

/** When a school has the deficit; values come from its `OrganizationSummary.values`. */
export type DeficitCondition =
  /** The flag is 0 (a missing flag is a data error, not a deficit). */
  | { readonly kind: 'flag-absent'; readonly indicator: string }
  /** The count is 0. */
  | { readonly kind: 'count-zero'; readonly indicator: string }
  /** The school's share is below the target of the catalogue in force. */
  | { readonly kind: 'below-target'; readonly indicator: string }
  /** Any other share with a target (e.g. one added on «Показатели»); the deficit code is the share's id. */
  | { readonly kind: 'other-below-target' }
  /** The school's tab or its rows of «База наставников» have errors. */
  | { readonly kind: 'data-errors' }
  /** Fewer mentors in «База наставников» than the school declares (1.2), or rows without a form. */
  | { readonly kind: 'base-incomplete' }
  /** Any other deficit (not data errors): the plan is corrected by the monitoring's results. */
  | { readonly kind: 'any-deficit' }
  /** A school of «Список ОО» with no tab or an empty one (docs/domain.md#roster-and-parameters). */
  | { readonly kind: 'not-submitted' };

export interface RecommendationTemplate {
  /** Stable deficit code, the key for regeneration together with the school. */
  readonly code: string;
  readonly condition: DeficitCondition;
  /** Deficit as shown in «Выявленный дефицит»; placeholders allowed. */
  readonly deficit: string;
  /** Stage of the algorithm of docs/domain.md#algorithm, 1..8. */
  readonly stage: number;
  /** Draft text; placeholders {ОО}, {показатель}, {значение}, {цель}. */
  readonly text: string;
  /** As written; drafts carry it as a date counted from the day they are made (deadline.ts). */
  readonly term: string;
  /**
   * Drafts asking for the same document are one row: the code of the template whose text speaks
   * for them all (the others add their deficit and figure to it).
   */
  readonly document?: string;
}

export const DATA_ERRORS_CODE = 'data_errors';
export const NOT_SUBMITTED_CODE = 'data_not_submitted';
export const OTHER_BELOW_TARGET_CODE = 'share_below_target';
export const BASE_INCOMPLETE_CODE = 'base_incomplete';
export const PLAN_CORRECTION_CODE = 'plan_correction';

const MONTH = 'в течение месяца';
const BY_DECEMBER = 'до 20 декабря';
const MONITORING_TERM = '20–25 ноября';
/** Stage 8 of docs/domain.md#algorithm: «январь–февраль» after the monitoring. */
const PLAN_TERM = 'январь–февраль';

/** A template on the indicator whose id is its code: everything but the condition. */
type OnIndicator = Omit<RecommendationTemplate, 'condition'>;

/** A template on one indicator, naming the document it asks for when drafts share one. */
function onIndicator(kind: 'flag-absent' | 'below-target') {
  return ({ code, deficit, stage, text, term, document }: OnIndicator): RecommendationTemplate => {
    const template: RecommendationTemplate = {
      code,
      condition: { kind, indicator: code },
      deficit,
      stage,
      text,
      term,
    };
    return document === undefined ? template : { ...template, document };
  };
}

const flag = onIndicator('flag-absent');
const below = onIndicator('below-target');

function zero({ code, deficit, stage, text, term }: Omit<OnIndicator, 'document'>): RecommendationTemplate {
  return { code, condition: { kind: 'count-zero', indicator: code }, deficit, stage, text, term };
}

export const BUILTIN_TEMPLATES: readonly RecommendationTemplate[] = [
  flag({
    code: 'implements_model',
    deficit: 'ОО не реализует целевую модель наставничества',
    stage: 1,
    text:
      'Начать внедрение целевой модели наставничества в ОО по алгоритму: определить координаторов и состав ' +
      'управленческой команды (рабочей группы), издать приказ о её создании и о внедрении целевой модели наставничества.',
    term: MONTH,
    document: 'doc_order',
  }),
  flag({
    code: 'doc_order',
    deficit: 'Нет приказа о внедрении целевой модели наставничества',
    stage: 1,
    text:
      'Издать приказ ОО о внедрении целевой модели наставничества по примерному шаблону регионального ' +
      'наставнического центра; тем же приказом сформировать управленческую команду (рабочую группу) по внедрению.',
    term: MONTH,
    document: 'doc_order',
  }),
  flag({
    code: 'doc_regulation',
    deficit: 'Нет положения о системе наставничества',
    stage: 1,
    text:
      'Разработать и утвердить положение о реализации целевой модели наставничества в ОО по примерному образцу ' +
      'регионального наставнического центра и разместить его в разделе «Наставничество» на официальном сайте ОО.',
    term: MONTH,
  }),
  flag({
    code: 'doc_curator',
    deficit: 'Не назначен куратор внедрения целевой модели наставничества',
    stage: 1,
    text:
      'Назначить приказом куратора внедрения и реализации целевой модели наставничества в ОО из числа руководителей, ' +
      'заместителей директора или представителей методических объединений ОО.',
    term: MONTH,
  }),
  flag({
    code: 'site_tab',
    deficit: 'Нет раздела «Наставничество» на официальном сайте ОО',
    stage: 1,
    text:
      'Создать на официальном сайте ОО раздел «Наставничество» и разместить в нём нормативно-правовое обеспечение ' +
      'внедрения целевой модели наставничества: приказ о внедрении, положение, план реализации.',
    term: MONTH,
  }),
  flag({
    code: 'doc_roadmap',
    deficit: 'Нет дорожной карты (плана мероприятий) внедрения целевой модели наставничества',
    stage: 2,
    text:
      'Разработать и утвердить план реализации целевой модели наставничества в ОО (дорожную карту), ориентируясь ' +
      'на дорожную карту внедрения целевой модели наставничества в регионе.',
    term: MONTH,
  }),
  below({
    code: 'share_mentors',
    deficit: '{показатель} ниже целевого значения',
    stage: 3,
    text:
      'Провести анализ имеющихся наставнических практик ОО и определить педагогов, которых можно включить в ' +
      'программы наставничества в роли наставника ({значение} при целевом значении {цель}); учесть плановые показатели ' +
      'вовлечения в наставнические практики.',
    term: MONTH,
  }),
  below({
    code: 'share_students_mentees',
    deficit: '{показатель} ниже целевого значения',
    stage: 3,
    text:
      'Провести анализ имеющихся наставнических практик ОО с учётом критериев отнесения мероприятий к наставническим ' +
      'практикам и плановых показателей вовлечения обучающихся; определить формы наставничества, в которые можно ' +
      'включить обучающихся 10–19 лет в роли наставляемого ({значение} при целевом значении {цель}).',
    term: MONTH,
  }),
  below({
    code: 'share_student_mentors',
    deficit: '{показатель} ниже целевого значения',
    stage: 3,
    text:
      'Провести анализ имеющихся практик наставничества «ученик — ученик» и «студент — ученик» и определить ' +
      'обучающихся 15–19 лет, готовых стать наставниками ({значение} при целевом значении {цель}).',
    term: MONTH,
  }),
  below({
    code: 'share_mentees',
    deficit: '{показатель} ниже целевого значения',
    stage: 4,
    text:
      'Внести педагогов, нуждающихся в сопровождении, в базу наставляемых, закрепить за ними наставников приказом ' +
      'и разработать персонализированные программы наставничества ({значение} при целевом значении {цель}).',
    term: MONTH,
  }),
  below({
    code: 'share_under35_mentees',
    deficit: '{показатель} ниже целевого значения',
    stage: 4,
    text:
      'Включить педагогов в возрасте до 35 лет в программы наставничества в роли наставляемого: закрепить за ними ' +
      'наставников приказом, оформить согласия на обработку персональных данных и индивидуальные планы ' +
      '({значение} при целевом значении {цель}).',
    term: MONTH,
  }),
  below({
    code: 'share_young_mentees',
    deficit: '{показатель} ниже целевого значения',
    stage: 4,
    text:
      'Закрепить приказом наставников за всеми молодыми педагогами (стаж 0–3 года), не включёнными в программы ' +
      'наставничества; внести их в базу наставляемых, оформить согласия на обработку персональных данных и ' +
      'индивидуальные планы наставнических пар ({значение} при целевом значении {цель}).',
    term: MONTH,
  }),
  flag({
    code: 'doc_pairs_order',
    deficit: 'Нет приказа о закреплении наставнических пар (групп)',
    stage: 4,
    text:
      'Издать приказ (приказы) о закреплении наставнических пар (групп); сформировать базу наставников и наставляемых по ' +
      'установленной форме, оформить согласия на обработку персональных данных и соглашения о сотрудничестве ' +
      'между наставником и наставляемым.',
    term: MONTH,
    document: 'doc_pairs_order',
  }),
  {
    code: BASE_INCOMPLETE_CODE,
    condition: { kind: 'base-incomplete' },
    deficit: 'База наставников заполнена не полностью',
    stage: 4,
    text:
      'Дополнить базу наставников на листе «База наставников» по установленной форме: внести всех наставников ОО ' +
      'с их наставляемыми и указать для каждой наставнической пары (группы) форму наставничества.',
    term: MONTH,
    document: 'doc_pairs_order',
  },
  zero({
    code: 'programs_approved',
    deficit: 'Нет утверждённых программ наставничества',
    stage: 4,
    text:
      'Разработать программы наставничества по различным формам наставничества, используя методические ' +
      'рекомендации и «Портфель программ по наставничеству для ОО» регионального наставнического центра, ' +
      'обсудить их с участниками образовательных отношений и утвердить.',
    term: BY_DECEMBER,
  }),
  zero({
    code: 'personal_programs',
    deficit: 'Нет персонализированных программ наставничества',
    stage: 4,
    text:
      'Разработать и утвердить персонализированные программы наставничества педагогических работников с учётом ' +
      'выявленных профессиональных дефицитов; закрепить их в индивидуальных планах наставнических пар.',
    term: BY_DECEMBER,
  }),
  flag({
    code: 'best_practices_published',
    deficit: 'Лучшие практики наставничества не размещены на ресурсах ОО',
    stage: 5,
    text:
      'Сформировать перечень практик наставничества ОО для распространения, создать ресурсную карту и разместить ' +
      'лучшие практики на сайте ОО; принять участие в мероприятиях по обмену опытом (конкурсы, круглые столы, ' +
      'мастер-классы, семинары).',
    term: BY_DECEMBER,
  }),
  flag({
    code: 'doc_monitoring_order',
    deficit: 'Нет приказа о мониторинге реализации целевой модели наставничества',
    stage: 6,
    text:
      'Издать приказ о проведении мониторинга реализации целевой модели наставничества в ОО и провести итоговый ' +
      'мониторинг эффективности по обязательной форме.',
    term: MONITORING_TERM,
  }),
  flag({
    code: 'doc_internal_report',
    deficit: 'Нет справки по итогам внутреннего мониторинга',
    stage: 6,
    text:
      'Провести итоговый мониторинг эффективности реализации целевой модели наставничества в ОО и оформить справку ' +
      'по его итогам с указанием ссылок на реализованные программы наставничества.',
    term: MONITORING_TERM,
  }),
  flag({
    code: 'site_monthly_update',
    deficit: 'Информация в разделе «Наставничество» обновляется реже одного раза в месяц',
    stage: 7,
    text:
      'Обновлять раздел «Наставничество» на официальном сайте ОО не реже одного раза в месяц: нормативно-правовое обеспечение, ' +
      'анализ наставнических практик, программы наставничества, мероприятия по внедрению, мониторинг реализации ' +
      'целевой модели.',
    term: 'ежемесячно',
  }),
  {
    code: DATA_ERRORS_CODE,
    condition: { kind: 'data-errors' },
    deficit: 'Ошибки в данных мониторинга ОО',
    stage: 7,
    text:
      'Исправить {значение} в данных мониторинга ОО: до исправления сведения ОО не учитываются в расчёте ' +
      'показателей с неверными данными.',
    term: 'в течение недели',
  },
  {
    code: NOT_SUBMITTED_CODE,
    condition: { kind: 'not-submitted' },
    deficit: 'Не представлены данные мониторинга ОО',
    stage: 7,
    text:
      'Представить заполненную форму мониторинга для сбора данных о реализации целевой модели наставничества ' +
      'в ОО: пока данные не представлены, ОО не учитывается в расчёте показателей муниципалитета.',
    term: 'в течение недели',
  },
  below({
    code: 'satisfaction_mentors',
    deficit: '{показатель} ниже целевого значения',
    stage: 8,
    text:
      'Проанализировать результаты анкетирования наставников ({значение} при целевом значении {цель}), выявить недостатки ' +
      'программ наставничества и учесть их при корректировке плана реализации целевой модели наставничества в ОО.',
    term: PLAN_TERM,
    document: PLAN_CORRECTION_CODE,
  }),
  below({
    code: 'satisfaction_mentees',
    deficit: '{показатель} ниже целевого значения',
    stage: 8,
    text:
      'Проанализировать результаты анкетирования наставляемых ({значение} при целевом значении {цель}), выявить недостатки ' +
      'программ наставничества и учесть их при корректировке плана реализации целевой модели наставничества в ОО.',
    term: PLAN_TERM,
    document: PLAN_CORRECTION_CODE,
  }),
  {
    code: PLAN_CORRECTION_CODE,
    condition: { kind: 'any-deficit' },
    deficit: 'Выявлены дефициты по итогам мониторинга',
    stage: 8,
    text:
      'Скорректировать план реализации целевой модели наставничества в ОО (дорожную карту) по итогам мониторинга: ' +
      'включить мероприятия по устранению выявленных дефицитов, учесть результаты анкетирования наставников и ' +
      'наставляемых.',
    term: PLAN_TERM,
    document: PLAN_CORRECTION_CODE,
  },
  {
    code: OTHER_BELOW_TARGET_CODE,
    condition: { kind: 'other-below-target' },
    deficit: '{показатель} ниже целевого значения',
    stage: 3,
    text:
      'Проанализировать причины недостижения показателя «{показатель}» ({значение} при целевом значении {цель}) и учесть их ' +
      'при планировании наставнических практик ОО.',
    term: MONTH,
  },
];

/** The built-in template of a code; the sheet may only override codes listed here. */
export function builtinTemplate(code: string): RecommendationTemplate | undefined {
  return BUILTIN_TEMPLATES.find((template) => template.code === code);
}

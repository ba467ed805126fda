/**
 * Russian texts of the analytical report and the letters (docs/domain.md#documents), in the wording of the
 * official documents (docs/domain.md): the Усть-Ишим Положение п. 8.5–8.6 (аналитический отчёт, адресные
 * рекомендации), the letter № 28 (письмо «О направлении адресных рекомендаций», этапы алгоритма),
 * the Ижевск order № 644, п. 13 (no public comparison of schools). School names stand only where the
 * nominative fits (RUSSIAN.md §1).
 */
import type { Weighting } from '../findings/analysis-result';
import type { Coverage } from './coverage';
import { countOf, plural } from '../text/plural';
import { quote } from '../text/quote';

const SCHOOLS_FORMS = ['ОО', 'ОО', 'ОО'] as const;
const DEFICIT_FORMS = ['дефицит', 'дефицита', 'дефицитов'] as const;
const ERROR_FORMS = ['ошибка', 'ошибки', 'ошибок'] as const;

export const REPORT_NAME = 'Аналитическая справка';
export const PUBLIC_REPORT_NAME = 'Аналитическая справка для публикации';
export const LETTERS_NAME = 'Адресные рекомендации';

export const REPORT_TITLE = 'Аналитическая справка';
export const REPORT_SUBTITLE = 'по итогам мониторинга реализации целевой модели наставничества';

export function asOfLine(period: string, asOf: string): string {
  return `за ${periodPhrase(period)} (по состоянию на ${asOf})`;
}

export const LABEL_BASIS = 'Основание: ';
export const LABEL_DATES = 'Сроки проведения: ';

export const SECTION_PURPOSE = '1. Цель и задачи мониторинга';
export const SECTION_PARTICIPANTS = '2. Участники и охват';
export const SECTION_METHOD = '3. Методика';
export const SECTION_RESULTS = '0. Результаты мониторинга: показатели по муниципалитету';
export const SECTION_SCHOOLS = '0. Ключевые показатели по ОО';
export const SECTION_ANALYSIS = '0. Анализ результатов';
export const SECTION_CONCLUSIONS = '0. Выводы';
export const SECTION_DECISIONS = '0. Управленческие решения';
export const SECTION_RECOMMENDATIONS = '0. Адресные рекомендации (кратко)';

/** Numbered in place with the other sections (the report renumbers them in the order they appear). */
export function sectionDynamics(period: string): string {
  return `0. Динамика по сравнению с прошлым периодом (${period})`;
}

export const DYNAMICS_HEADERS = ['Показатель', 'Прошлый период', 'Текущий период', 'Изменение'] as const;

/** When the two periods count different numbers of schools, a comparison says so (docs/decisions.md). */
export function dynamicsSets(period: string, now: number, previousPeriod: string, before: number): string {
  return (
    `Значения периодов рассчитаны по разному числу ОО: за ${periodPhrase(period)} — ${countOf(now, SCHOOLS_FORMS)}, ` +
    `за ${periodPhrase(previousPeriod)} — ${countOf(before, SCHOOLS_FORMS)}; изменения отражают и изменение состава ОО.`
  );
}

export const PURPOSE_LABEL = 'Цель мониторинга — ';
/** Положение о муниципальной системе наставничества, п. 8.1 (docs/domain.md#regulation). */
export const PURPOSE =
  'повышение управляемости процессами внедрения и реализации целевой модели наставничества в ОО ' +
  'муниципалитета, оказание своевременной качественной методической помощи педагогическим и руководящим ' +
  'работникам.';
export const TASKS_LABEL = 'Задачи мониторинга:';
/** The order on the monitoring, п. 6 (docs/domain.md#monitoring-order), and the Положение, разделы 6 и 8. */
export const TASKS = [
  'получить актуальную информацию о значениях показателей эффективности внедрения целевой модели наставничества ' +
    'в ОО: нормативное обеспечение, информационное сопровождение, результаты реализации;',
  'оценить достижение целевых значений показателей и выявить дефициты ОО;',
  'подготовить адресные рекомендации ОО и предложения для принятия управленческих решений на муниципальном уровне.',
] as const;

export function responsibleLine(responsible: string): string {
  return `Ответственный за проведение мониторинга: ${responsible}.`;
}

/** «… 1 ОО, которой нет в списке», «… 2 ОО, которых нет в списке». */
function offRosterPhrase(count: number): string {
  return `${countOf(count, SCHOOLS_FORMS)}, ${plural(count, ['которой', 'которых', 'которых'])} нет в списке`;
}

export function participantsSubmitted({ submitted, roster, offRoster }: Coverage): string {
  if (roster === null) return `Данные представили: ${countOf(submitted, SCHOOLS_FORMS)}.`;
  const listed = `Данные представили ${submitted} из ${countOf(roster, SCHOOLS_FORMS)} по списку`;
  return offRoster === 0
    ? `${listed}.`
    : `${listed}; кроме того, представлены и учтены данные ${offRosterPhrase(offRoster)}.`;
}

export function participantsCounted(counted: number, withErrors: number): string {
  return withErrors === 0
    ? `Сведения ${countOf(counted, SCHOOLS_FORMS)} учтены в расчёте показателей; ошибок в данных не найдено.`
    : `Сведения ${countOf(counted, SCHOOLS_FORMS)} учтены в расчёте показателей; в данных ${countOf(withErrors, SCHOOLS_FORMS)} ` +
        'есть ошибки, такие ОО не учтены в расчёте тех показателей, к которым относятся ошибки.';
}

export function participantsNotSubmitted(count: number): string {
  return `Не представлены данные: ${countOf(count, SCHOOLS_FORMS)}.`;
}

export const NOT_SUBMITTED_LIST = 'ОО, от которых не представлены данные:';

export const METHOD_TEXT =
  'Доли по муниципалитету рассчитаны как отношение суммы числителей к сумме знаменателей по ОО, ' +
  'представившим корректные данные (Σ числителей / Σ знаменателей), а не как среднее долей ОО. ' +
  'Доля ОО с документом — отношение числа ОО, в которых документ есть, к числу учтённых ОО. ' +
  'Доля с нулевым знаменателем не рассчитывается («—»). ОО с ошибками в исходных данных показателя ' +
  'не учитывается в его расчёте и не считается нулём.';
export const METHOD_SOURCES =
  'Источники данных — формы мониторинга, заполненные ОО по показателям раздела 6 Положения о муниципальной ' +
  'системе наставничества, и база наставников муниципалитета. Целевые значения — установленные в каталоге ' +
  'показателей таблицы мониторинга; показатель без целевого значения приводится справочно.';

/**
 * What a sentence of the method is about: satisfaction as a whole when all its figures were averaged alike
 * (`titles` empty), else the figures named — «По показателю «…»», «По показателям «…», «…»».
 */
export function weightingSubject(titles: readonly string[]): string {
  if (titles.length === 0) return 'Удовлетворённость участием в программах наставничества';
  return `${plural(titles.length, ['По показателю', 'По показателям', 'По показателям'])} ${titles.map(quote).join(', ')} значение`;
}

/**
 * How satisfaction was averaged over the schools (docs/domain.md#satisfaction): weighted by respondents when every
 * school counted gave their number, else the plain mean of the schools' percents.
 */
export function weightingMethod(weighting: Weighting, titles: readonly string[]): string {
  const subject = weightingSubject(titles);
  const computed = titles.length === 0 ? 'рассчитана' : 'рассчитано';
  return weighting === 'respondents'
    ? `${subject} ${computed} с учётом числа респондентов: отношение суммы удовлетворённых участием к сумме ` +
        'участвовавших в опросе по учтённым ОО (Σ удовлетворённых / Σ участвовавших в опросе); для ОО, указавшей ' +
        'только процент, число удовлетворённых — этот процент от числа участвовавших в опросе.'
    : `${subject} — среднее значений учтённых ОО без учёта числа респондентов: не все ОО указали число ` +
        'участвовавших в опросе.';
}

/** «сведения … не учтены», not «ОО не учтены» (RUSSIAN.md § 3), as «Сводная» says it. */
export function methodExcluded(title: string, names: readonly string[]): string {
  return `${title}: сведения не учтены из-за ошибок в данных — ${names.join('; ')}.`;
}

export function methodExcludedCount(title: string, count: number): string {
  return `${title}: сведения ${countOf(count, SCHOOLS_FORMS)} не учтены из-за ошибок в данных.`;
}

export const INDICATOR_HEADERS = [
  'Показатель',
  'Значение',
  'N из M',
  'Целевое значение',
  'Достигнуто',
  'ОО ниже целевого значения',
] as const;
export const MET = 'достигнуто';
export const NOT_MET = 'не достигнуто';
export const NO_TARGET = 'не установлено';
export const NO_VALUE = '—';
/** A catalogue row added by the coordinator without a section of the built-in ones. */
export const OTHER_SECTION = 'Прочие показатели';

export const BELOW_TARGET_HEADING = 'ОО, в которых целевое значение не достигнуто';
export function belowTargetLine(title: string, names: readonly string[]): string {
  return `${title}: ${names.join('; ')}.`;
}
export const NONE_BELOW_TARGET = 'Целевые значения достигнуты во всех учтённых ОО.';

export const SCHOOL_HEADER = 'ОО';
export const BELOW_HEADER = 'Не достигнуто целевых значений';
/** Short column heads of the schools table: the full titles would not fit its narrow columns. */
export const SCHOOL_COLUMNS: Readonly<Record<string, string>> = {
  ped_total: 'Педагогов',
  ped_mentors: 'Наставников',
  ped_mentees: 'Наставляемых',
  share_mentors: 'Доля наставников',
  share_mentees: 'Доля наставляемых',
};
export const TOTAL_ROW = 'Итого по муниципалитету';
export const VALUE_ERROR = 'ошибка';

export const QUALITY_HEADING = 'Качество данных';
export const QUALITY_HEADERS = ['ОО', 'Ошибки', 'Предупреждения'] as const;
export const QUALITY_CLEAN = 'Ошибок и предупреждений в данных ОО не найдено.';
export function qualityCounts(
  withErrors: number,
  withWarnings: number,
  errors: number,
  warnings: number,
): string {
  const parts: string[] = [];
  if (errors > 0)
    parts.push(`ошибки в данных ${countOf(withErrors, SCHOOLS_FORMS)} (всего ошибок: ${errors})`);
  if (warnings > 0)
    parts.push(
      `предупреждения — у ${countOf(withWarnings, SCHOOLS_FORMS)} (всего предупреждений: ${warnings})`,
    );
  return parts.length === 0 ? QUALITY_CLEAN : `Выявлены ${parts.join('; ')}.`;
}

export const DEFICIT_HEADERS = ['Дефицит', 'Этап алгоритма', 'Число ОО'] as const;
export const NO_DEFICITS = 'Дефицитов по показателям мониторинга не выявлено.';

/**
 * What the municipality does at each stage of the algorithm (docs/domain.md#algorithm) when several schools
 * fall short there.
 */
export const MUNICIPAL_MEASURES: Readonly<Record<number, string>> = {
  1: 'провести совещание руководителей ОО по формированию управленческих команд и изданию приказов о внедрении целевой модели наставничества; разместить примерные формы документов на информационном ресурсе системы образования',
  2: 'провести консультации для кураторов ОО по разработке планов мероприятий (дорожных карт) внедрения целевой модели наставничества',
  3: 'организовать анализ наставнических практик ОО с учётом плановых показателей вовлечения педагогов и обучающихся',
  4: 'провести семинар по нормативно-правовому обеспечению наставничества: положение, приказы о закреплении наставнических пар (групп), персонализированные программы наставничества',
  5: 'организовать распространение лучших практик наставничества на муниципальной методической платформе и заседаниях методических объединений',
  6: 'обеспечить проведение итогового мониторинга эффективности реализации целевой модели наставничества в ОО',
  7: 'обеспечить своевременное представление и проверку данных мониторинга, наполнение раздела «Наставничество» на официальных сайтах ОО',
  8: 'рассмотреть итоги мониторинга на заседании муниципальной ассоциации руководителей ОО и скорректировать план работы на следующий период',
};

export const LETTER_FIGURES = 'Показатели ОО';
export const FIGURE_HEADERS = ['Показатель', 'Значение ОО', 'Целевое значение', 'По муниципалитету'] as const;
export const LETTER_DEFICITS = 'Выявленные дефициты и рекомендации';
export const RECOMMENDATION_HEADERS = ['Дефицит', 'Рекомендация', 'Этап алгоритма', 'Срок'] as const;
export const LETTER_NO_DEFICITS =
  'По данным мониторинга дефицитов не выявлено. Рекомендуется поддерживать достигнутые значения показателей ' +
  'и распространять практики наставничества ОО.';
export function errorsCut(shown: number, total: number): string {
  return `Показаны первые ${shown} из ${total}; полный перечень — на листе ОО в таблице мониторинга.`;
}
export const LETTER_NOT_SUBMITTED =
  'Данные мониторинга от ОО не представлены: показатели ОО не рассчитаны и не учтены в значениях по муниципалитету.';
export const NOT_SUBMITTED_DEFICIT = 'Не представлены данные мониторинга';
export const NOT_SUBMITTED_TEXT =
  'Заполнить форму мониторинга ОО и представить её муниципальному координатору; после этого будут подготовлены ' +
  'рекомендации по показателям ОО.';
export const NOT_SUBMITTED_TERM = 'в течение недели';
export const LETTER_CLOSING =
  'О выполнении рекомендаций просим сообщить муниципальному координатору в указанные сроки.';

// The analytical report: analysis, conclusions, management decisions, signature (docs/domain.md#documents).

export function metSentence(met: readonly string[], withTarget: number): string {
  if (withTarget === 0) return 'Целевые значения показателей не установлены.';
  if (met.length === 0)
    return `Целевые значения не достигнуты ни по одному из показателей, для которых они установлены (${withTarget}).`;
  if (met.length === withTarget)
    return `Целевые значения достигнуты по всем показателям, для которых они установлены (${withTarget}).`;
  return `Целевые значения достигнуты по ${met.length} из ${withTarget} показателей: ${met.join('; ')}.`;
}

export interface Shortfall {
  readonly title: string;
  readonly value: string;
  readonly target: string;
  /** «в 5 из 8 ОО»; '' when no school's own value is below the target. */
  readonly units: string;
}

export function furthestSentence(items: readonly Shortfall[]): string {
  const parts = items.map(
    (item) =>
      `${item.title} — ${item.value} при целевом значении ${item.target}` +
      (item.units === '' ? '' : ` (ниже целевого значения ${item.units})`),
  );
  return `Дальше всего от целевых значений: ${parts.join('; ')}.`;
}

export function deficitsSentence(items: readonly { deficit: string; units: string }[]): string {
  return `Наиболее распространённые дефициты: ${items.map((item) => `${item.deficit} (${item.units})`).join('; ')}.`;
}

export function stagesSentence(stages: readonly string[]): string {
  return stages.length === 1
    ? `Дефициты, выявленные в нескольких ОО, относятся к этапу алгоритма ${stages[0]}.`
    : `Дефициты, выявленные в нескольких ОО, относятся к этапам алгоритма: ${stages.join('; ')}.`;
}

export function coverageConclusion({ submitted, roster, offRoster }: Coverage): string {
  if (roster === null) return `В мониторинге приняли участие ${countOf(submitted, SCHOOLS_FORMS)}.`;
  const listed = `В мониторинге приняли участие ${submitted} из ${countOf(roster, SCHOOLS_FORMS)} по списку`;
  return offRoster === 0 ? `${listed}.` : `${listed} и ${offRosterPhrase(offRoster)}.`;
}

export function targetsConclusion(met: number, withTarget: number, furthest: readonly string[]): string {
  const opening =
    withTarget === 0
      ? 'Целевые значения показателей не установлены'
      : `Целевые значения достигнуты по ${met} из ${withTarget} показателей`;
  return furthest.length === 0
    ? `${opening}.`
    : `${opening}; наибольшее отставание — по показателям: ${furthest.join('; ')}.`;
}

export function deficitsConclusion(shared: number): string {
  if (shared === 0)
    return 'Дефицитов, выявленных в нескольких ОО, нет: меры принимаются на уровне ОО по адресным рекомендациям.';
  // «Выявлен 1 дефицит, общий …; он требует», «Выявлено 9 дефицитов, общих …; они требуют» (RUSSIAN.md § 2).
  const found = `${plural(shared, ['Выявлен', 'Выявлены', 'Выявлено'])} ${countOf(shared, DEFICIT_FORMS)}`;
  const common = plural(shared, ['общий', 'общих', 'общих']);
  const needs = plural(shared, ['он требует', 'они требуют', 'они требуют']);
  return `${found}, ${common} для нескольких ОО; ${needs} мер, приведённых в разделе «Управленческие решения».`;
}

export function qualityConclusion(withErrors: string): string {
  return (
    `Данные с ошибками представили: ${withErrors}. До исправления ошибок эти сведения не учтены в расчёте ` +
    'отдельных показателей, что снижает полноту результатов.'
  );
}

export const DECISION_HEADERS = ['№', 'Мероприятие', 'Срок', 'Ответственный'] as const;
export const DECISIONS_INTRO = 'По итогам мониторинга предлагается принять следующие управленческие решения:';
export const HEADS_OF_SCHOOLS = 'руководители ОО';
export const HEADS_AND_CURATORS = 'руководители ОО, кураторы ОО';
/** Положение, п. 8.6: addressed recommendations reach the schools within two months. */
export const DECISION_SEND_LETTERS = 'Направить адресные рекомендации руководителям ОО';
export const DECISION_SEND_LETTERS_TERM = 'в течение двух месяцев после проведения мониторинга';
/** Положение, п. 8.5: the report is published within two months. */
export const DECISION_PUBLISH =
  'Разместить аналитическую справку (версию для публикации) на информационном ресурсе системы образования';
export const DECISION_PUBLISH_TERM = 'не позднее двух месяцев после проведения мониторинга';
export const DECISION_ACT_ON_LETTERS = 'Устранить выявленные дефициты по адресным рекомендациям';
export const DECISION_ACT_ON_LETTERS_TERM = 'в сроки, указанные в рекомендациях';
export const DECISION_FIX_DATA = 'Исправить ошибки в данных мониторинга и представить данные повторно';
export const DECISION_FIX_DATA_TERM = 'в течение недели';

export function recommendationsIntro(schools: number): string {
  return (
    `Адресные рекомендации подготовлены для ${countOf(schools, SCHOOLS_FORMS)}: по каждому выявленному дефициту — ` +
    'рекомендация, этап алгоритма внедрения целевой модели наставничества и срок. Ниже — дефициты с числом ОО, ' +
    'в которых они выявлены.'
  );
}

export const SIGNATURE_LINE = '________________';
/** «г.» stays with the year to be written in: typography cannot see a number in «20____». */
export const SIGNATURE_DATE = '«____» ______________ 20____\u00a0г.';
export function executorLine(name: string, phone: string): string {
  return `Исполнитель: ${name}, тел. ${phone}`;
}

export function schoolsCount(count: number): string {
  return countOf(count, SCHOOLS_FORMS);
}

export function schoolsOf(count: number, total: number): string {
  return `в ${count} из ${countOf(total, SCHOOLS_FORMS)}`;
}

// The letter to a school as an official letter (RUSSIAN.md § 6; docs/decisions.md#letters-to-schools).

/** «Исх. № 28 от 20.12.2025», or blanks to fill by hand when the letter is registered. */
export function letterNumberLine(number: string | undefined, date: string | undefined): string {
  return `Исх. № ${number ?? '_____'} от ${date ?? '__________'}`;
}
export const LETTER_SUBJECT =
  'О направлении адресных рекомендаций по итогам мониторинга реализации целевой модели наставничества';
/**
 * «Директору МБОУ «СОШ № 3»» or a full name already in the genitive; a name the add-on cannot decline
 * stands where the nominative fits.
 */
export function addresseeSchool(school: string, fits: boolean): string {
  return fits ? `Директору ${school}` : `Директору ОО: ${school}`;
}
export const HEAD_PLACEHOLDER = '[указать: фамилия и инициалы руководителя ОО]';
export const NEUTRAL_SALUTATION = 'Уважаемый руководитель!';
export function salutation(gender: 'male' | 'female', nameAndPatronymic: string): string {
  return `${gender === 'male' ? 'Уважаемый' : 'Уважаемая'} ${nameAndPatronymic}!`;
}
/** «2025 год», «2025/2026 учебный год» (RUSSIAN.md §6), else the period as written; «за» goes before it. */
export function periodPhrase(period: string): string {
  if (/^\d{4}$/.test(period.trim())) return `${period.trim()} год`;
  if (/^\d{4}\s*[/–-]\s*\d{4}$/.test(period.trim()))
    return `${period.trim().replace(/\s*[–-]\s*/, '/')} учебный год`;
  return period;
}
/** `submitted`: the school sent its data, which the recommendations rest on; else they cannot say so. */
export function letterBody(basis: string, period: string, submitted: boolean): string {
  return (
    `Направляем адресные рекомендации по итогам мониторинга реализации целевой модели наставничества за ` +
    `${periodPhrase(period)} (основание: ${basis}). Рекомендации ` +
    (submitted ? 'подготовлены по данным, представленным ОО, и ' : '') +
    'предназначены руководителю, заместителям руководителя и куратору ОО.'
  );
}
export const LETTER_BODY_MEASURES =
  'Выявленные дефициты, рекомендуемые меры, этапы алгоритма внедрения целевой модели наставничества и сроки ' +
  'приведены в таблице; документы, которые ОО оформляет на этих этапах, перечислены после неё.';
export const LETTER_BODY_ERRORS =
  'В данных ОО найдены ошибки; их перечень с адресами ячеек приведён в приложении для куратора ОО.';
/** The deficit of the stage-8 row, which is no finding of its own, as the letter words it. */
export const PLAN_CORRECTION_DEFICIT = 'Дефициты, перечисленные выше';
/** Value and target in a sentence (RUSSIAN.md § 6): «58,8 % при целевом значении 70 %». */
export function valueAtTarget(value: string, target: string): string {
  return `${value} при целевом значении ${target}`;
}
export const ERRORS_IN_APPENDIX = 'Перечень ошибок приведён в приложении.';
export const STAGE_DOCUMENTS_HEADING = 'Документы этапов алгоритма';
export const STAGE_DOCUMENTS_INTRO =
  'По алгоритму внедрения целевой модели наставничества на этапах, к которым относятся рекомендации, ' +
  'ОО оформляет следующие документы:';
export function stageDocumentsItem(stage: string, documents: readonly string[]): string {
  return `Этап ${stage}: ${documents.join('; ')}.`;
}
/**
 * The documents a school keeps or prepares at each stage of the algorithm (docs/domain.md#algorithm, the
 * letter № 28, Приложение 1): by their names in the letter, without the links to the samples.
 */
export const STAGE_DOCUMENTS: Readonly<Record<number, readonly string[]>> = {
  1: [
    'приказ ОО «О внедрении целевой модели наставничества обучающихся в ОО»',
    'приказ ОО о создании управленческой команды (рабочей группы) по внедрению целевой модели наставничества',
    'положение «О реализации целевой модели наставничества в ОО»',
    'раздел «Наставничество» на официальном сайте ОО',
  ],
  2: ['план реализации целевой модели наставничества в ОО (дорожная карта)'],
  3: [
    'характеристика форм наставничества',
    'критерии отнесения мероприятий к наставническим практикам',
    'плановые показатели вовлечения обучающихся в наставнические практики на текущий год',
    'форма мониторинга для сбора данных о реализации целевой модели наставничества',
  ],
  4: [
    'база наставников, наставляемых и программ наставничества по установленной форме',
    'согласия на обработку персональных данных',
    'соглашения о сотрудничестве между наставником и наставляемым',
    'индивидуальные планы (комплексы мероприятий) наставнических пар (групп)',
    'программы наставничества',
    'документы реализации программ наставничества: анкеты, дневники наставника и наставляемого, отчёты',
  ],
  5: ['перечень практик наставничества ОО для распространения', 'ресурсная карта'],
  6: [
    'форма итогового мониторинга эффективности реализации целевой модели наставничества со ссылками на программы наставничества',
  ],
  7: [
    'заполненная форма итогового мониторинга реализации целевой модели наставничества',
    'материалы раздела «Наставничество» на официальном сайте ОО: нормативно-правовое обеспечение, анализ наставнических ' +
      'практик, программы наставничества, мероприятия по внедрению, мониторинг реализации целевой модели наставничества',
  ],
  8: ['план реализации целевой модели наставничества в ОО (корректировка)'],
};
/**
 * The term of the errors' correction in a letter: the report's decision «в течение недели», counted from the day the
 * letter reaches the school rather than as a date of the algorithm's stage 7, which would follow the monitoring of
 * the next November (docs/decisions.md, «Documents, third round»).
 */
export const FIX_DATA_TERM = 'в течение недели со дня получения письма';
export const APPENDIX_HEADING = 'Приложение. Ошибки в данных мониторинга ОО';
export function appendixIntro(count: number, onBase: boolean): string {
  const found = `${plural(count, ['Найдена', 'Найдены', 'Найдено'])} ${countOf(count, ERROR_FORMS)}`;
  const fix = plural(count, ['Исправьте её', 'Исправьте их', 'Исправьте их']);
  return (
    `Куратору ОО. ${found}. ${fix} в файле мониторинга ОО по адресам ячеек, указанным ` +
    `в таблице, и представьте файл повторно ${FIX_DATA_TERM}; до исправления сведения ОО не учитываются в расчёте показателей, ` +
    'к которым относятся ошибки.' +
    (onBase
      ? ' Ячейки листа ОО указаны так, как в файле ОО; ячейки листа «База наставников» — по таблице мониторинга ' +
        'муниципалитета, где строки баз всех ОО собраны вместе.'
      : '')
  );
}
export const APPENDIX_HEADERS = ['№', 'Где', 'Ошибка', 'Что сделать'] as const;
export const ON_SCHOOL_TAB = 'лист ОО';
export function errorPlace(sheet: string | null, cell: string): string {
  return `${sheet === null ? ON_SCHOOL_TAB : `лист «${sheet}»`}, ячейка ${cell}`;
}
/** A row of the base in the school's own file, as `collect` recorded it: «файл «…», лист «…», строка 12, столбец «…»». */
export function originPlace(origin: string, column: string): string {
  return column === '' ? origin : `${origin}, столбец «${column}»`;
}
/** What a spreadsheet's error value («#REF!», «#ЗНАЧ!») is, in words. */
export const FORMULA_ERROR = 'ошибка в формуле';

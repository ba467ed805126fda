/**
 * The regional analytical report's words (the roll-up of docs/domain.md#long-format; docs/domain.md#documents
 * by analogy): municipalities take the place of schools, figures are «по региону». «Параметры» has no field
 * for a region's name, so the report names it «регион».
 */
import { countOf } from '../text/plural';
import { reportFigure } from './figure-texts';
import { NO_VALUE, QUALITY_CLEAN, VALUE_ERROR, weightingMethod, weightingSubject } from './messages';
import { MUNICIPAL_REPORT_WORDS, type ReportWords } from './report-words';

export const REGION = 'регион';

const MUNICIPALITIES = ['муниципалитет', 'муниципалитета', 'муниципалитетов'] as const;
/** «сведения 1 муниципалитета», «в данных ОО 3 муниципалитетов». */
const OF_MUNICIPALITIES = ['муниципалитета', 'муниципалитетов', 'муниципалитетов'] as const;

export const REGIONAL_REPORT_WORDS: ReportWords = {
  place: () => REGION,
  placeLine: () => 'Сводные данные муниципалитетов региона',
  purpose:
    'повышение управляемости процессами внедрения и реализации целевой модели наставничества в ОО ' +
    'муниципалитетов региона, оказание своевременной методической помощи муниципальным координаторам, ' +
    'педагогическим и руководящим работникам.',
  tasks: [
    'свести показатели эффективности внедрения целевой модели наставничества, представленные муниципалитетами;',
    'оценить достижение целевых значений показателей по региону и выявить дефициты, общие для ОО разных муниципалитетов;',
    'подготовить предложения для принятия управленческих решений на региональном уровне.',
  ],
  participantsSubmitted: ({ submitted }) => `Сведения представили: ${countOf(submitted, MUNICIPALITIES)}.`,
  participantsCounted: (counted, withErrors) =>
    withErrors === 0
      ? `Сведения ${countOf(counted, OF_MUNICIPALITIES)} учтены в расчёте показателей; ошибок в данных не найдено.`
      : `Сведения ${countOf(counted, OF_MUNICIPALITIES)} учтены в расчёте показателей; в данных ОО ` +
        `${countOf(withErrors, OF_MUNICIPALITIES)} есть ошибки, такие ОО не учтены в расчёте тех показателей, ` +
        'к которым относятся ошибки.',
  tookPart: ({ submitted }) => `В мониторинге приняли участие ОО ${countOf(submitted, OF_MUNICIPALITIES)}.`,
  method:
    'Доли по региону рассчитаны как отношение суммы числителей к сумме знаменателей по всем ОО муниципалитетов, ' +
    'представившим корректные данные (Σ числителей / Σ знаменателей), а не как среднее долей муниципалитетов. ' +
    'Доля ОО с документом — отношение числа ОО, в которых документ есть, к числу учтённых ОО. ' +
    'Доля с нулевым знаменателем не рассчитывается («—»). ОО с ошибками в исходных данных показателя ' +
    'не учитывается в его расчёте и не считается нулём.',
  // The roll-up weights by respondents only when every municipality did; else each municipal figure by its schools.
  weightingMethod: (weighting, titles) =>
    weighting === 'respondents'
      ? weightingMethod(weighting, titles).replace('по учтённым ОО', 'по учтённым ОО всех муниципалитетов')
      : `${weightingSubject(titles)} — среднее значений ` +
        'муниципалитетов, взвешенное по числу учтённых в них ОО: не во всех муниципалитетах ОО указали число ' +
        'участвовавших в опросе.',
  sources:
    'Источники данных — таблицы мониторинга муниципалитетов (формы мониторинга ОО и базы наставников). ' +
    'Целевые значения — установленные в каталоге показателей; показатель без целевого значения приводится справочно.',
  sectionResults: '0. Результаты мониторинга: показатели по региону',
  indicatorHeaders: [
    ...MUNICIPAL_REPORT_WORDS.indicatorHeaders.slice(0, -1),
    'Муниципалитеты ниже целевого значения',
  ],
  indicatorWidths: [0.33, 0.11, 0.14, 0.11, 0.14, 0.17],
  belowTargetHeading: 'Муниципалитеты, в которых целевое значение по муниципалитету не достигнуто',
  noneBelowTarget: 'Целевые значения достигнуты во всех муниципалитетах.',
  sectionUnits: '0. Ключевые показатели по муниципалитетам (в алфавитном порядке)',
  unitHeader: 'Муниципалитет',
  total: 'Итого по региону',
  // A municipality keeps its figure when some of its schools are left out of it: «ошибка» only when none is counted.
  unitValue(key, org) {
    const value = org.values[key.indicator.id] ?? null;
    if (value === null) return org.excludedFrom.includes(key.indicator.id) ? VALUE_ERROR : NO_VALUE;
    return reportFigure(value, key.indicator.type);
  },
  units: (count) => countOf(count, MUNICIPALITIES),
  // A municipality is below a target by its own figure: of every municipality, not of the schools counted.
  unitsCounted: (_indicator, result) => result.organizations.length,
  unitsOf: (count, total) => `в ${count} из ${countOf(total, OF_MUNICIPALITIES)}`,
  qualityHeaders: ['Муниципалитет', 'Ошибки', 'Предупреждения'],
  qualityCounts(withErrors, withWarnings, errors, warnings) {
    const parts: string[] = [];
    if (errors > 0)
      parts.push(`ошибки в данных ОО ${countOf(withErrors, OF_MUNICIPALITIES)} (всего ошибок: ${errors})`);
    if (warnings > 0)
      parts.push(
        `предупреждения в данных ОО ${countOf(withWarnings, OF_MUNICIPALITIES)} (всего предупреждений: ${warnings})`,
      );
    return parts.length === 0 ? QUALITY_CLEAN : `Выявлены ${parts.join('; ')}.`;
  },
  standingDecisions: [
    {
      measure:
        'Направить аналитическую справку муниципальным координаторам для учёта при планировании работы',
      term: 'в течение месяца',
    },
    {
      measure:
        'Разместить аналитическую справку (версию для публикации) на информационном ресурсе системы образования',
      term: 'не позднее двух месяцев после проведения мониторинга',
    },
  ],
  recommendationsIntro: () =>
    'Адресные рекомендации ОО подготовлены в муниципалитетах. Ниже — дефициты, выявленные в ОО региона, ' +
    'с числом ОО, в которых они выявлены.',
};

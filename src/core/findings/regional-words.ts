/**
 * The words of a regional «Сводная» (the roll-up of docs/domain.md#long-format): municipalities as rows, the
 * region as total.
 */
import { plural } from '../text/plural';
import { INDICATOR_HEADERS } from './messages';
import type { SummaryWords } from './scale-words';

const MUNICIPALITIES: readonly [string, string, string] = [
  'муниципалитете',
  'муниципалитетах',
  'муниципалитетах',
];

export const REGIONAL_WORDS: SummaryWords = {
  rowsAreMunicipalities: true,
  over: 'по региону',
  counted: 'Учтено муниципалитетов:',
  sectionUnits: '1. Ключевые показатели по муниципалитетам (в алфавитном порядке)',
  sectionIndicators: '2. Показатели по региону',
  sectionChart: '5. Данные для диаграммы: значения по региону и целевые значения',
  unitHeader: 'Муниципалитет',
  total: 'Итого по региону',
  indicatorHeaders: INDICATOR_HEADERS.map((header) =>
    header === 'ОО ниже целевого значения'
      ? 'Муниципалитеты ниже целевого значения'
      : header === 'ОО ниже целевого значения (перечень)'
        ? 'Муниципалитеты ниже целевого значения (перечень)'
        : header === 'Не учтены из-за ошибок в данных'
          ? 'Не учтены ОО из-за ошибок в данных'
          : header,
  ),
  qualityHeaders: [
    'Муниципалитет',
    'Файл',
    'Обязательные значения заполнены',
    'Ошибки',
    'Предупреждения',
    'Показатели, из расчёта которых исключены ОО',
  ],
  chartHeaders: ['Показатель', 'Значение по региону', 'Целевое значение'],
  chartTitle: 'Показатели региона и целевые значения',
  unitsBelow: (count) => `, в ${count} ${plural(count, MUNICIPALITIES)} значение ниже целевого.`,
  unitsWithDeficit: (count) => `в ${count} ${plural(count, MUNICIPALITIES)}`,
  overview(counted, withErrors, notSubmitted) {
    const parts = [`Учтено муниципалитетов: ${counted}.`];
    if (notSubmitted > 0) parts.push(`Не представлены данные: ${notSubmitted} ОО.`);
    parts.push(
      withErrors === 0
        ? 'Ошибок в данных ОО нет.'
        : `Муниципалитетов с ошибками в данных ОО: ${withErrors}; такие ОО не учтены в расчёте показателей, ` +
            'к которым относятся ошибки, до их исправления.',
    );
    return parts.join(' ');
  },
};

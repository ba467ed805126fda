/**
 * The words of «Сводная» that depend on whose figures it shows: a municipality's schools, or —
 * for a roll-up (SPEC 10) — a region's municipalities, whose rows are municipalities and whose
 * totals are the region's. Everything else on the sheet reads the same for both.
 */
import { plural } from '../text/plural';
import {
  CHART_HEADERS,
  CHART_TITLE,
  clauseSchoolsBelow,
  HEADER_SCHOOL,
  INDICATOR_HEADERS,
  LABEL_COUNTED,
  OVER_MUNICIPALITY,
  overviewConclusion,
  QUALITY_HEADERS,
  SECTION_CHART,
  SECTION_INDICATORS,
  SECTION_SCHOOLS,
  TOTAL_ROW,
} from './messages';

export interface SummaryWords {
  /** «по муниципалитету» / «по региону» after a figure's title. */
  readonly over: string;
  readonly counted: string;
  readonly sectionUnits: string;
  readonly sectionIndicators: string;
  readonly sectionChart: string;
  readonly unitHeader: string;
  readonly total: string;
  readonly indicatorHeaders: readonly string[];
  readonly qualityHeaders: readonly string[];
  readonly chartHeaders: readonly string[];
  readonly chartTitle: string;
  /** The clause closing a share below target: how many units fall short. */
  unitsBelow(count: number): string;
  overview(counted: number, withErrors: number, notSubmitted: number): string;
}

export const MUNICIPAL_WORDS: SummaryWords = {
  over: OVER_MUNICIPALITY,
  counted: LABEL_COUNTED,
  sectionUnits: SECTION_SCHOOLS,
  sectionIndicators: SECTION_INDICATORS,
  sectionChart: SECTION_CHART,
  unitHeader: HEADER_SCHOOL,
  total: TOTAL_ROW,
  indicatorHeaders: INDICATOR_HEADERS,
  qualityHeaders: QUALITY_HEADERS,
  chartHeaders: CHART_HEADERS,
  chartTitle: CHART_TITLE,
  unitsBelow: clauseSchoolsBelow,
  overview: overviewConclusion,
};

const MUNICIPALITIES: readonly [string, string, string] = [
  'муниципалитете',
  'муниципалитетах',
  'муниципалитетах',
];

export const REGIONAL_WORDS: SummaryWords = {
  over: 'по региону',
  counted: 'Учтено муниципалитетов:',
  sectionUnits: '1. Ключевые показатели по муниципалитетам (в алфавитном порядке)',
  sectionIndicators: '2. Показатели по региону',
  sectionChart: '5. Данные для диаграммы: значения по региону и целевые значения',
  unitHeader: 'Муниципалитет',
  total: 'Итого по региону',
  indicatorHeaders: INDICATOR_HEADERS.map((header) =>
    header === 'ОО ниже цели'
      ? 'Муниципалитеты ниже цели'
      : header === 'ОО ниже цели (перечень)'
        ? 'Муниципалитеты ниже цели (перечень)'
        : header === 'Исключены (ошибки в данных)'
          ? 'Исключены ОО (ошибки в данных)'
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
  unitsBelow: (count) => `; не достигнуто в ${count} ${plural(count, MUNICIPALITIES)}.`,
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

/** Russian texts of «Сводная». Figures arrive already formatted (src/core/format). */

export const SUMMARY_SHEET_NAME = 'Сводная';
export const SUMMARY_TITLE =
  'Аналитическая справка по итогам мониторинга реализации целевой модели наставничества';
export const SUMMARY_NOTE =
  'Лист сформирован надстройкой «Мониторинг наставничества» и заменяется при повторном формировании сводной. ' +
  'Правки на этом листе не сохраняются.';

export const LABEL_PERIOD = 'Период:';
export const LABEL_GENERATED = 'Сформировано:';
export const LABEL_COUNTED = 'Учтено ОО:';
export const LABEL_SKIPPED = 'Пропущено листов:';
export const LABEL_NOT_SUBMITTED = 'ОО, не представившие данные:';
/** SPEC 7: a roster school without data is named as such, never shown as zero. */
export const NOT_SUBMITTED = 'не представлены данные';
export const NO_TAB = 'нет листа';
export const NO_PERIOD = 'не указан';
export const SKIPPED_SHEET = 'Лист';
export const SKIPPED_REASON = 'Причина';

export const SECTION_SCHOOLS = '1. Ключевые показатели по ОО (ОО в алфавитном порядке)';
export const SECTION_INDICATORS = '2. Показатели по муниципалитету';
export const SECTION_QUALITY = '3. Качество данных';
export const SECTION_CONCLUSIONS = '4. Выводы';
export const SECTION_CHART = '5. Данные для диаграммы: значения по муниципалитету и целевые значения';

export const HEADER_SCHOOL = 'ОО';
export const TOTAL_ROW = 'Итого по муниципалитету';
export const FLAG_YES = 'да';
export const FLAG_NO = 'нет';
/** A school's value excluded from a figure because its inputs have errors. */
export const VALUE_ERROR = 'ошибка';

export const INDICATOR_HEADERS = [
  'Показатель',
  'Значение',
  'Числитель',
  'Знаменатель',
  'Цель',
  'Выполнено / не выполнено',
  'ОО ниже цели',
  'ОО ниже цели (перечень)',
  'Учтено ОО',
  'Исключены (ошибки в данных)',
] as const;

export const MET = 'выполнено';
export const NOT_MET = 'не выполнено';
export const NO_TARGET = 'цель не установлена';
export const NO_DATA = 'нет данных';

export const QUALITY_HEADERS = [
  'ОО / лист',
  'Лист',
  'Обязательные значения заполнены',
  'Ошибки',
  'Предупреждения',
  'Исключена из расчёта показателей',
] as const;

/** «12 из 30»: required values filled. */
export function filledOf(filled: number, total: number): string {
  return `${filled} из ${total}`;
}
export const QUALITY_ALL_CLEAN = 'Ошибок и предупреждений нет.';

export const CHART_HEADERS = ['Показатель', 'Значение по муниципалитету', 'Целевое значение'] as const;
export const CHART_TITLE = 'Показатели муниципалитета и целевые значения';

/** Names in a cell: «; » keeps commas inside names («МБОУ «СОШ № 1», филиал») readable. */
export function nameList(names: readonly string[]): string {
  return names.join('; ');
}

export function overviewConclusion(counted: number, withErrors: number, notSubmitted = 0): string {
  const base = `Учтено ОО: ${counted}.${notSubmitted > 0 ? ` Не представлены данные: ${notSubmitted} ОО.` : ''}`;
  if (withErrors === 0) return `${base} Ошибок в данных ОО нет.`;
  return (
    `${base} Ошибки в данных — в ${withErrors} ОО; такие ОО не учтены в расчёте показателей, ` +
    'к которым относятся ошибки, до их исправления.'
  );
}

export function countConclusion(title: string, value: string, counted: number): string {
  return `${title} по муниципалитету — ${value} (учтено ОО: ${counted}).`;
}

export function shareOpening(title: string, value: string, parts: string | null): string {
  return `${title} по муниципалитету — ${value}${parts === null ? '' : ` (${parts})`}`;
}

export function shareParts(numerator: string, denominator: string, ofSchools: boolean): string {
  return `${numerator} из ${denominator}${ofSchools ? ' ОО' : ''}`;
}

export const CLAUSE_NO_TARGET = '; целевое значение не установлено.';

export function clauseMet(target: string): string {
  return `, целевое значение ${target} достигнуто`;
}

export function clauseNotMet(target: string): string {
  return `, что ниже целевого значения ${target}`;
}

export function clauseSchoolsBelow(count: number): string {
  return `; не достигнуто в ${count} ОО.`;
}

export function shareUndefined(title: string): string {
  return `${title} по муниципалитету не может быть рассчитана: нет данных.`;
}

export function countUndefined(title: string): string {
  return `${title} по муниципалитету: нет данных.`;
}

export function excludedSentence(count: number): string {
  return ` Не учтены из-за ошибок в данных: ${count} ОО.`;
}

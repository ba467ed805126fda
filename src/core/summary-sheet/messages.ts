/** Russian texts of «Сводная». Figures arrive already formatted (src/core/format). */
import type { NotComputed } from '../findings/analysis-result';
import { notComputedReason } from '../indicators/not-computed-text';

export const SUMMARY_SHEET_NAME = 'Сводная';
export const SUMMARY_TITLE =
  'Аналитическая справка по итогам мониторинга реализации целевой модели наставничества';
export const SUMMARY_NOTE =
  'Лист сформирован надстройкой «Наставничество» и заменяется при повторном формировании сводной. ' +
  'Правки на этом листе не сохраняются.';

export const LABEL_PERIOD = 'Период:';
export const LABEL_GENERATED = 'Сформировано:';
export const LABEL_SKIPPED = 'Пропущено листов:';
export const LABEL_NOT_SUBMITTED = 'ОО, не представившие данные:';
/** A roster school (docs/domain.md#roster-and-parameters) without data is named as such, never shown as zero. */
export const NOT_SUBMITTED = 'не представлены данные';
export const NO_TAB = 'нет листа';
export const NO_PERIOD = 'не указан';
export const SKIPPED_SHEET = 'Лист';
export const SKIPPED_REASON = 'Причина';

export const SECTION_QUALITY = '3. Качество данных';
export const SECTION_CONCLUSIONS = '4. Выводы';
/** A school's value excluded from a figure because its inputs have errors. */
export const VALUE_ERROR = 'ошибка';

/** Figures without a target: listed apart, for reference, instead of rows of «не установлено». */
export const SECTION_REFERENCE = 'Справочно: показатели без целевого значения';
export const REFERENCE_HEADERS = [
  'Показатель',
  'Значение',
  'Числитель',
  'Знаменатель',
  'Учтены сведения ОО',
  'Не учтены из-за ошибок в данных',
] as const;

export const MET = 'достигнуто';
export const NOT_MET = 'не достигнуто';

/** Inserted after «Значение» when last period's figures are given. */
export const PREVIOUS_HEADERS = ['Прошлый период', 'Изменение'] as const;
export const NO_DATA = 'нет данных';

/** «12 из 30»: required values filled. */
export function filledOf(filled: number, total: number): string {
  return `${filled} из ${total}`;
}
export const QUALITY_ALL_CLEAN = 'Ошибок и предупреждений не найдено.';
export const NOT_COMPUTED_LABEL = 'Показатели, которые не рассчитаны:';

/** «Не рассчитана: ни на одном листе не найдена строка «…» (ближайшие строки: …).» */
export function notComputedSentence(why: NotComputed): string {
  const reason = notComputedReason(why);
  return `${reason.charAt(0).toUpperCase()}${reason.slice(1)}.`;
}

/** Names in a cell: «; » keeps commas inside names («МБОУ «СОШ № 1», филиал») readable. */
export function nameList(names: readonly string[]): string {
  return names.join('; ');
}

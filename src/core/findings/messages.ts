/**
 * Russian texts of the findings: the words of a municipality's scale (headers and sections that
 * «Сводная» and the documents share), the flag of a school-share key indicator, and the
 * conclusions. Figures arrive already formatted (src/core/format).
 */

import type { NotComputed } from './analysis-result';
import { rowNotFound } from '../indicators/not-computed-text';

// The words of a municipality (scale-words.ts); a roll-up has its own (regional-words.ts).

export const LABEL_COUNTED = 'Учтены сведения ОО:';
export const SECTION_SCHOOLS = '1. Ключевые показатели по ОО (ОО в алфавитном порядке)';
export const SECTION_INDICATORS = '2. Показатели по муниципалитету';
export const SECTION_CHART = '5. Данные для диаграммы: значения по муниципалитету и целевые значения';

export const HEADER_SCHOOL = 'ОО';
export const TOTAL_ROW = 'Итого по муниципалитету';
export const INDICATOR_HEADERS = [
  'Показатель',
  'Значение',
  'Числитель',
  'Знаменатель',
  'Целевое значение',
  'Целевое значение достигнуто',
  'ОО ниже целевого значения',
  'ОО ниже целевого значения (перечень)',
  'Учтены сведения ОО',
  'Не учтены из-за ошибок в данных',
] as const;

export const QUALITY_HEADERS = [
  'ОО или лист',
  'Лист',
  'Обязательные значения заполнены',
  'Ошибки',
  'Предупреждения',
  'Не учтена в расчёте показателей',
] as const;

export const CHART_HEADERS = ['Показатель', 'Значение по муниципалитету', 'Целевое значение'] as const;
export const CHART_TITLE = 'Показатели муниципалитета и целевые значения';

/** A school-share key indicator: whether the school has it. */
export const FLAG_YES = 'да';
export const FLAG_NO = 'нет';

export function overviewConclusion(counted: number, withErrors: number, notSubmitted = 0): string {
  const missing = notSubmitted > 0 ? ` Не представили данные ${notSubmitted} ОО.` : '';
  const base = `Учтены сведения ${counted} ОО.${missing}`;
  if (withErrors === 0) return counted === 0 ? base : `${base} Ошибок в данных ОО не найдено.`;
  return (
    `${base} Ошибки в данных найдены в ${withErrors} ОО: до их исправления сведения ${withErrors === 1 ? 'этой' : 'этих'} ОО ` +
    'не учитываются в расчёте показателей, к которым относятся ошибки.'
  );
}

/** «в 3 ОО»: where a deficit is found, in a municipality's sentences. */
export function inSchools(count: number): string {
  return `в ${count} ОО`;
}

/** «Основные дефициты: нет приказа … — в 3 ОО; …» (no school named: the Ижевск order № 644, п. 13, docs/domain.md#monitoring-order). */
export function mainDeficits(
  deficits: readonly { readonly deficit: string; readonly schools: number }[],
  within: (count: number) => string = inSchools,
): string {
  if (deficits.length === 0) return 'Дефицитов по показателям с целевыми значениями не выявлено.';
  return `Основные дефициты: ${deficits.map((d) => `${d.deficit} — ${within(d.schools)}`).join('; ')}.`;
}

/** A school-share deficit named by its flag: «нет: Справка по итогам …» when no wording is known. */
export function flagAbsent(title: string): string {
  return `нет: ${title}`;
}

export function belowTargetDeficit(title: string): string {
  return `${title} ниже целевого значения`;
}

export const REFERENCE_CONCLUSIONS = 'Справочно (показатели без целевого значения):';

/** Where a figure belongs in a sentence: «по муниципалитету», or «по региону» for a roll-up. */
export const OVER_MUNICIPALITY = 'по муниципалитету';

export function countConclusion(
  title: string,
  value: string,
  counted: number,
  over = OVER_MUNICIPALITY,
): string {
  return `${title}: ${over} — ${value} (учтены сведения ${counted} ОО).`;
}

/** «394 чел.»: a count with its unit, joined by a no-break space. */
export function withUnit(value: string, unit: string): string {
  return `${value}\u00a0${unit}`;
}

export function shareOpening(
  title: string,
  value: string,
  parts: string | null,
  over = OVER_MUNICIPALITY,
): string {
  return `${title}: ${over} — ${value}${parts === null ? '' : ` (${parts})`}`;
}

export function shareParts(numerator: string, denominator: string, ofSchools: boolean): string {
  return `${numerator} из ${denominator}${ofSchools ? ' ОО' : ''}`;
}

export function clauseMet(target: string): string {
  return `; целевое значение ${target} достигнуто.`;
}

export function clauseNotMet(target: string): string {
  return `; целевое значение ${target} не достигнуто`;
}

/** Closes a share below target: how many schools fall short. */
export function clauseSchoolsBelow(count: number): string {
  return `, в ${count} ОО значение ниже целевого.`;
}

export function shareUndefined(title: string, over = OVER_MUNICIPALITY): string {
  return `${title}: ${over} не рассчитывается — нет данных.`;
}

/** A share no school tab has a row for: why, instead of «нет данных» (docs/domain.md#own-forms). */
export function shareNotComputed(title: string, why: NotComputed, over = OVER_MUNICIPALITY): string {
  return `${title}: ${over} не рассчитывается — ${rowNotFound(why)}.`;
}

export function countUndefined(title: string, over = OVER_MUNICIPALITY): string {
  return `${title}: ${over} — нет данных.`;
}

export function excludedSentence(count: number): string {
  return ` Сведения ${count} ОО не учтены из-за ошибок в данных.`;
}

/** «Доля педагогов…» inside a sentence after a colon; an abbreviation («ОО …») keeps its case. */
function inSentence(title: string): string {
  return title.length > 1 && title[1] === title[1].toLowerCase()
    ? title[0].toLowerCase() + title.slice(1)
    : title;
}

function sinceLast(period: string): string {
  return period === '' ? 'По сравнению с прошлым периодом' : `По сравнению с прошлым периодом (${period})`;
}

export interface MovedFigure {
  readonly title: string;
  readonly before: string;
  readonly now: string;
  readonly change: string;
}

export function movedMostConclusion(period: string, moved: readonly MovedFigure[]): string {
  const parts = moved.map(
    (figure) => `${inSentence(figure.title)} — с ${figure.before} до ${figure.now} (${figure.change})`,
  );
  const verb = moved.length === 1 ? 'изменилась' : 'изменились';
  return `${sinceLast(period)} сильнее всего ${verb}: ${parts.join('; ')}.`;
}

export function nothingMovedConclusion(period: string, over = OVER_MUNICIPALITY): string {
  return `${sinceLast(period)} доли ${over} не изменились.`;
}

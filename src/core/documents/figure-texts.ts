/** Figures as the documents print them (RUSSIAN.md §2): «18,4 %», a target «70 %», «24 из 130». */
import { formatCount } from '../format/count';
import { percent } from '../text/typography';
import type { IndicatorSummary, IndicatorType, OrganizationSummary } from '../findings/analysis-result';
import type { KeyIndicator } from '../findings/key-indicators';
import { FLAG_NO, FLAG_YES } from '../findings/messages';
import { MET, NO_TARGET, NO_VALUE, NOT_MET, VALUE_ERROR } from './messages';

/** A target without a needless decimal: 0.7 → «70 %», 0.355 → «35,5 %». */
export function targetText(indicator: IndicatorSummary): string {
  if (indicator.target === null) return NO_TARGET;
  if (indicator.type === 'count') return formatCount(indicator.target);
  return percent(indicator.target);
}

/**
 * A figure as the documents print it, their tables and their text alike: one percent style in one document
 * (RUSSIAN.md §6), the style of its targets and sentences — «100 %», «87,5 %». A document flag is the share of
 * schools.
 */
export function reportFigure(value: number | null, type: IndicatorType): string {
  if (value === null || !Number.isFinite(value)) return NO_VALUE;
  return type === 'share' || type === 'percent' || type === 'flag'
    ? // Whole once rounded to the decimal it is shown with: 0,07996 reads «8 %», not «8,0 %».
      percent(value)
    : formatCount(value);
}

export function reportMunicipalText(indicator: IndicatorSummary): string {
  return reportFigure(indicator.value, indicator.type);
}

/** «24 из 130» for a share (of schools: «12 из 15 ОО»); '' for a count. */
export function ratioText(indicator: IndicatorSummary, ofSchools: boolean): string {
  if (indicator.type === 'count' || indicator.numerator === null || indicator.denominator === null) return '';
  return `${formatCount(indicator.numerator)} из ${formatCount(indicator.denominator)}${ofSchools ? ' ОО' : ''}`;
}

export function metText(indicator: IndicatorSummary): string {
  if (indicator.met === null) return NO_VALUE;
  return indicator.met ? MET : NOT_MET;
}

/**
 * One school's own value of a key indicator in the documents' percent style (the справка's schools table, the
 * letter's figures): «да» / «нет» for a document, «ошибка» when excluded.
 */
export function reportSchoolValueText(key: KeyIndicator, org: OrganizationSummary): string {
  const value = schoolValue(key, org);
  return typeof value === 'string' ? value : reportFigure(value, key.indicator.type);
}

/** A school's own value, or the word that stands for it: «ошибка», «да» / «нет» for a document. */
function schoolValue(key: KeyIndicator, org: OrganizationSummary): number | null | string {
  if (org.excludedFrom.includes(key.indicator.id) || org.excludedFrom.includes(key.schoolValueId))
    return VALUE_ERROR;
  const value = org.values[key.schoolValueId] ?? null;
  if (key.kind === 'school-share') return value === null ? NO_VALUE : value >= 1 ? FLAG_YES : FLAG_NO;
  return value;
}

/** The target a school is held to: a document is to be there («да»). */
export function schoolTargetText(key: KeyIndicator): string {
  if (key.indicator.target === null) return NO_TARGET;
  return key.kind === 'school-share' ? FLAG_YES : targetText(key.indicator);
}

/** Figures as the documents print them (RUSSIAN.md §2): «18,4 %», a target «70 %», «24 из 130». */
import { formatCount } from '../format/count';
import { formatFigure } from '../format/figure';
import { formatPercent } from '../format/percent';
import type { IndicatorSummary, OrganizationSummary } from '../findings/analysis-result';
import type { KeyIndicator } from '../findings/key-indicators';
import { FLAG_NO, FLAG_YES } from '../findings/messages';
import { MET, NO_TARGET, NO_VALUE, NOT_MET, VALUE_ERROR } from './messages';

/** A target without a needless decimal: 0.7 → «70 %», 0.355 → «35,5 %». */
export function targetText(indicator: IndicatorSummary): string {
  if (indicator.target === null) return NO_TARGET;
  if (indicator.type === 'count') return formatCount(indicator.target);
  const whole = Number.isInteger(Math.round(indicator.target * 1000) / 10);
  return formatPercent(indicator.target, whole ? 0 : 1);
}

export function municipalText(indicator: IndicatorSummary): string {
  return formatFigure(indicator.value, indicator.type === 'flag' ? 'share' : indicator.type);
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

/** One school's own value of a key indicator: «да» / «нет» for a document, «ошибка» when excluded. */
export function schoolValueText(key: KeyIndicator, org: OrganizationSummary): string {
  if (org.excludedFrom.includes(key.indicator.id) || org.excludedFrom.includes(key.schoolValueId))
    return VALUE_ERROR;
  const value = org.values[key.schoolValueId] ?? null;
  if (key.kind === 'school-share') return value === null ? NO_VALUE : value >= 1 ? FLAG_YES : FLAG_NO;
  return formatFigure(value, key.indicator.type);
}

/** The target a school is held to: a document is to be there («да»). */
export function schoolTargetText(key: KeyIndicator): string {
  if (key.indicator.target === null) return NO_TARGET;
  return key.kind === 'school-share' ? FLAG_YES : targetText(key.indicator);
}

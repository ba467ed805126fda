/**
 * Short Russian conclusions with figures. They name no school and never compare schools with
 * each other (seed 003, п. 13): the main deficits with the number of schools that have each, how
 * many schools were counted, then one sentence per key indicator with a target; key indicators
 * without a target follow under «Справочно».
 */
import { BUILTIN_CATALOGUE, indicatorById } from '../catalogue/catalogue';
import { formatCount } from '../format/count';
import { formatRoundPercent } from '../format/percent';
import { lowerFirst } from '../recommendations/messages';
import { builtinTemplate } from '../recommendations/templates';
import type { IndicatorSummary, SummaryResult } from '../summary';
import { countUnitOf } from '../templates/units';
import { flagOfSchoolShare, listedIndicators, selectKeyIndicators, type KeyIndicator } from './key-indicators';
import {
  belowTargetDeficit,
  clauseMet,
  clauseNotMet,
  countConclusion,
  countUndefined,
  excludedSentence,
  flagAbsent,
  mainDeficits,
  overviewConclusion,
  REFERENCE_CONCLUSIONS,
  shareOpening,
  shareParts,
  shareUndefined,
  withUnit,
} from './messages';

/** The paragraph of main deficits names at most this many, those found in most schools first. */
const MAIN_DEFICITS = 3;

export function buildConclusions(
  result: Pick<SummaryResult, 'organizations' | 'indicators'> & Partial<Pick<SummaryResult, 'notSubmitted'>>,
): string[] {
  const withErrors = result.organizations.filter((org) => org.errors > 0).length;
  const keys = selectKeyIndicators(result.indicators);
  const withTarget = keys.filter((key) => key.indicator.target !== null);
  const reference = keys.filter((key) => key.indicator.target === null);
  return [
    mainDeficits(deficitsOf(result.indicators)),
    overviewConclusion(result.organizations.length, withErrors, result.notSubmitted?.length ?? 0),
    ...withTarget.map(conclusionFor),
    ...(reference.length === 0 ? [] : [REFERENCE_CONCLUSIONS, ...reference.map(conclusionFor)]),
  ];
}

/** Every figure with a target that some schools fall short of, with how many; most schools first, then catalogue order. */
function deficitsOf(indicators: readonly IndicatorSummary[]): { deficit: string; schools: number }[] {
  return listedIndicators(indicators)
    .filter((indicator) => indicator.target !== null && indicator.belowTarget.length > 0)
    .map((indicator, order) => ({ deficit: deficitName(indicator), schools: indicator.belowTarget.length, order }))
    .sort((a, b) => b.schools - a.schools || a.order - b.order)
    .slice(0, MAIN_DEFICITS)
    .map(({ deficit, schools }) => ({ deficit, schools }));
}

/** A document flag by the deficit the recommendations name it with («нет приказа о внедрении …»); a share by its title. */
function deficitName(indicator: IndicatorSummary): string {
  const flag = flagOfSchoolShare(indicator.id);
  if (flag === null) return lowerFirst(belowTargetDeficit(indicator.title));
  const known = builtinTemplate(flag);
  if (known !== undefined && known.condition.kind === 'flag-absent') return lowerFirst(known.deficit);
  return flagAbsent(indicatorById(BUILTIN_CATALOGUE, flag)?.title ?? indicator.title);
}

export function conclusionFor(key: KeyIndicator): string {
  const indicator = key.indicator;
  const main =
    key.kind === 'count' ? countSentence(indicator) : shareSentence(indicator, key.kind === 'school-share');
  return indicator.excluded.length > 0 ? main + excludedSentence(indicator.excluded.length) : main;
}

function countSentence(indicator: IndicatorSummary): string {
  if (indicator.value === null) return countUndefined(indicator.title);
  return countConclusion(indicator.title, withUnit(formatCount(indicator.value), countUnitOf(indicator.id)), indicator.schoolsCounted);
}

function shareSentence(indicator: IndicatorSummary, ofSchools: boolean): string {
  if (indicator.value === null) return shareUndefined(indicator.title);
  const parts =
    indicator.numerator === null || indicator.denominator === null
      ? null
      : shareParts(formatCount(indicator.numerator), formatCount(indicator.denominator), ofSchools);
  const opening = shareOpening(indicator.title, formatRoundPercent(indicator.value), parts);
  if (indicator.target === null || indicator.met === null) return `${opening}.`;
  const target = formatRoundPercent(indicator.target);
  return opening + (indicator.met ? clauseMet(target) : clauseNotMet(target, indicator.belowTarget.length));
}

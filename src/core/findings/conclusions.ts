/**
 * Short Russian conclusions with figures. They name no school and never compare schools with each other
 * (the Ижевск order № 644, п. 13: no public ratings of schools; docs/domain.md#monitoring-order): the main
 * deficits with the number of schools that have each, how many schools were counted, then one sentence per
 * key indicator with a target; key indicators without a target follow under «Справочно».
 */
import { BUILTIN_CATALOGUE, indicatorById } from '../catalogue/catalogue';
import { formatChange } from '../format/change';
import { formatCount } from '../format/count';
import { formatRoundPercent } from '../format/percent';
import { lowerFirst } from '../recommendations/messages';
import { builtinTemplate } from '../recommendations/templates';
import type { IndicatorSummary, SummaryResult } from './analysis-result';
import { countUnitOf } from '../templates/units';
import {
  flagOfSchoolShare,
  isFractionIndicator,
  listedIndicators,
  selectKeyIndicators,
  type KeyIndicator,
} from './key-indicators';
import {
  belowTargetDeficit,
  clauseMet,
  clauseNotMet,
  countConclusion,
  countUndefined,
  excludedSentence,
  flagAbsent,
  mainDeficits,
  movedMostConclusion,
  nothingMovedConclusion,
  REFERENCE_CONCLUSIONS,
  shareOpening,
  shareNotComputed,
  shareParts,
  shareUndefined,
  withUnit,
} from './messages';
import { MUNICIPAL_WORDS, type SummaryWords } from './scale-words';

/** How many of the figures that moved most the conclusions name. */
const MOVED_MOST = 3;

/** The paragraph of main deficits names at most this many, those found in most schools first. */
const MAIN_DEFICITS = 3;

export function buildConclusions(
  result: Pick<SummaryResult, 'organizations' | 'indicators' | 'previousPeriod'> &
    Partial<Pick<SummaryResult, 'notSubmitted'>>,
  words: SummaryWords = MUNICIPAL_WORDS,
): string[] {
  const withErrors = result.organizations.filter((org) => org.errors > 0).length;
  const keys = selectKeyIndicators(result.indicators);
  const withTarget = keys.filter((key) => key.indicator.target !== null);
  const reference = keys.filter((key) => key.indicator.target === null);
  const dynamics =
    result.previousPeriod === undefined
      ? []
      : [dynamicsConclusion(result.indicators, result.previousPeriod, words)];
  return [
    mainDeficits(deficitsOf(result.indicators), words.unitsWithDeficit),
    words.overview(result.organizations.length, withErrors, result.notSubmitted?.length ?? 0),
    ...withTarget.map((key) => conclusionFor(key, words)),
    ...(reference.length === 0
      ? []
      : [REFERENCE_CONCLUSIONS, ...reference.map((key) => conclusionFor(key, words))]),
    ...dynamics,
  ];
}

/** Every figure with a target that some schools fall short of, with how many; most schools first, then catalogue order. */
function deficitsOf(indicators: readonly IndicatorSummary[]): { deficit: string; schools: number }[] {
  return listedIndicators(indicators)
    .filter((indicator) => indicator.target !== null && indicator.belowTarget.length > 0)
    .map((indicator, order) => ({
      deficit: deficitName(indicator),
      schools: indicator.belowTarget.length,
      order,
    }))
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

/**
 * What moved most since the previous period: the shares with the largest change in percentage
 * points (shares are comparable with each other; counts of different things are not).
 */
export function dynamicsConclusion(
  indicators: readonly IndicatorSummary[],
  period: string,
  words: SummaryWords = MUNICIPAL_WORDS,
): string {
  const changed = listedIndicators(indicators).filter(
    (indicator) =>
      isFractionIndicator(indicator) &&
      typeof indicator.change === 'number' &&
      typeof indicator.previous === 'number',
  );
  const moved = changed
    .filter(
      (indicator) =>
        formatChange(indicator.change as number, indicator.type) !== formatChange(0, indicator.type),
    )
    .sort((a, b) => Math.abs(b.change as number) - Math.abs(a.change as number))
    .slice(0, MOVED_MOST);
  if (moved.length === 0) return nothingMovedConclusion(period, words.over);
  return movedMostConclusion(
    period,
    moved.map((indicator) => ({
      title: indicator.title,
      before: formatRoundPercent(indicator.previous as number),
      now: formatRoundPercent(indicator.value as number),
      change: formatChange(indicator.change as number, indicator.type),
    })),
  );
}

export function conclusionFor(key: KeyIndicator, words: SummaryWords = MUNICIPAL_WORDS): string {
  const indicator = key.indicator;
  const main =
    key.kind === 'count'
      ? countSentence(indicator, words)
      : shareSentence(indicator, key.kind === 'school-share', words);
  return indicator.excluded.length > 0 ? main + excludedSentence(indicator.excluded.length) : main;
}

function countSentence(indicator: IndicatorSummary, words: SummaryWords): string {
  if (indicator.value === null) return countUndefined(indicator.title, words.over);
  const value = withUnit(formatCount(indicator.value), countUnitOf(indicator.id));
  return countConclusion(indicator.title, value, indicator.schoolsCounted, words.over);
}

function shareSentence(indicator: IndicatorSummary, ofSchools: boolean, words: SummaryWords): string {
  if (indicator.value === null)
    return indicator.notComputed === undefined
      ? shareUndefined(indicator.title, words.over)
      : shareNotComputed(indicator.title, indicator.notComputed, words.over);
  const parts =
    // A satisfaction weighted by respondents may have a fractional number of the satisfied: no «N из M» then.
    indicator.numerator === null || indicator.denominator === null || !Number.isInteger(indicator.numerator)
      ? null
      : shareParts(formatCount(indicator.numerator), formatCount(indicator.denominator), ofSchools);
  const opening = shareOpening(indicator.title, formatRoundPercent(indicator.value), parts, words.over);
  if (indicator.target === null || indicator.met === null) return `${opening}.`;
  const target = formatRoundPercent(indicator.target);
  if (indicator.met) return opening + clauseMet(target);
  const below = indicator.belowTarget.length;
  return opening + clauseNotMet(target) + (below > 0 ? words.unitsBelow(below) : '.');
}

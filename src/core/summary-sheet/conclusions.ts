/**
 * Short Russian conclusions with figures, one per key indicator. They name no school and never
 * compare schools with each other (seed 003, п. 13): only the municipal figure, its target and
 * how many schools fall short.
 */
import { formatChange } from '../format/change';
import { formatCount } from '../format/count';
import { formatPercent } from '../format/percent';
import type { IndicatorSummary, SummaryResult } from '../summary';
import {
  isFractionIndicator,
  listedIndicators,
  selectKeyIndicators,
  type KeyIndicator,
} from './key-indicators';
import {
  CLAUSE_NO_TARGET,
  clauseMet,
  clauseNotMet,
  countConclusion,
  countUndefined,
  excludedSentence,
  movedMostConclusion,
  nothingMovedConclusion,
  shareOpening,
  shareParts,
  shareUndefined,
} from './messages';
import { MUNICIPAL_WORDS, type SummaryWords } from './words';

/** How many of the figures that moved most the conclusions name. */
const MOVED_MOST = 3;

export function buildConclusions(
  result: Pick<SummaryResult, 'organizations' | 'indicators' | 'previousPeriod'> &
    Partial<Pick<SummaryResult, 'notSubmitted'>>,
  words: SummaryWords = MUNICIPAL_WORDS,
): string[] {
  const withErrors = result.organizations.filter((org) => org.errors > 0).length;
  const dynamics =
    result.previousPeriod === undefined
      ? []
      : [dynamicsConclusion(result.indicators, result.previousPeriod, words)];
  return [
    words.overview(result.organizations.length, withErrors, result.notSubmitted?.length ?? 0),
    ...selectKeyIndicators(result.indicators).map((key) => conclusionFor(key, words)),
    ...dynamics,
  ];
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
      before: formatPercent(indicator.previous as number),
      now: formatPercent(indicator.value as number),
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
  return countConclusion(indicator.title, formatCount(indicator.value), indicator.schoolsCounted, words.over);
}

function shareSentence(indicator: IndicatorSummary, ofSchools: boolean, words: SummaryWords): string {
  if (indicator.value === null) return shareUndefined(indicator.title, words.over);
  const parts =
    indicator.numerator === null || indicator.denominator === null
      ? null
      : shareParts(formatCount(indicator.numerator), formatCount(indicator.denominator), ofSchools);
  const opening = shareOpening(indicator.title, formatPercent(indicator.value), parts, words.over);
  if (indicator.target === null || indicator.met === null) return opening + CLAUSE_NO_TARGET;
  const target = formatPercent(indicator.target);
  const clause = indicator.met ? clauseMet(target) : clauseNotMet(target);
  const below = indicator.belowTarget.length;
  return opening + clause + (below > 0 ? words.unitsBelow(below) : '.');
}

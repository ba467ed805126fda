/**
 * Short Russian conclusions with figures, one per key indicator. They name no school and never
 * compare schools with each other (seed 003, п. 13): only the municipal figure, its target and
 * how many schools fall short.
 */
import { formatCount } from '../format/count';
import { formatPercent } from '../format/percent';
import type { IndicatorSummary, SummaryResult } from '../summary';
import { selectKeyIndicators, type KeyIndicator } from './key-indicators';
import {
  CLAUSE_NO_TARGET,
  clauseMet,
  clauseNotMet,
  clauseSchoolsBelow,
  countConclusion,
  countUndefined,
  excludedSentence,
  overviewConclusion,
  shareOpening,
  shareParts,
  shareUndefined,
} from './messages';

export function buildConclusions(
  result: Pick<SummaryResult, 'organizations' | 'indicators'> & Partial<Pick<SummaryResult, 'notSubmitted'>>,
): string[] {
  const withErrors = result.organizations.filter((org) => org.errors > 0).length;
  return [
    overviewConclusion(result.organizations.length, withErrors, result.notSubmitted?.length ?? 0),
    ...selectKeyIndicators(result.indicators).map(conclusionFor),
  ];
}

export function conclusionFor(key: KeyIndicator): string {
  const indicator = key.indicator;
  const main =
    key.kind === 'count' ? countSentence(indicator) : shareSentence(indicator, key.kind === 'school-share');
  return indicator.excluded.length > 0 ? main + excludedSentence(indicator.excluded.length) : main;
}

function countSentence(indicator: IndicatorSummary): string {
  if (indicator.value === null) return countUndefined(indicator.title);
  return countConclusion(indicator.title, formatCount(indicator.value), indicator.schoolsCounted);
}

function shareSentence(indicator: IndicatorSummary, ofSchools: boolean): string {
  if (indicator.value === null) return shareUndefined(indicator.title);
  const parts =
    indicator.numerator === null || indicator.denominator === null
      ? null
      : shareParts(formatCount(indicator.numerator), formatCount(indicator.denominator), ofSchools);
  const opening = shareOpening(indicator.title, formatPercent(indicator.value), parts);
  if (indicator.target === null || indicator.met === null) return opening + CLAUSE_NO_TARGET;
  const target = formatPercent(indicator.target);
  const clause = indicator.met ? clauseMet(target) : clauseNotMet(target);
  const below = indicator.belowTarget.length;
  return opening + clause + (below > 0 ? clauseSchoolsBelow(below) : '.');
}

/**
 * Which municipal figures «Сводная» and the documents show per school and draw conclusions for.
 *
 * Key indicators: the three staff counts that every share of teachers rests on (1.1, 1.2, 1.3); every derived
 * share (built-in or added on «Показатели»), because targets are set on shares; and every share of schools
 * with a document / site flag (share_oo_*), because the Усть-Ишим Положение, 6.1.1–6.1.2
 * (docs/domain.md#regulation), measures implementation by those documents. Other counts stay in the
 * per-indicator block only, so the schools table fits on a screen.
 */
import { IMPLEMENTING_FLAG, SHARE_OO_IMPLEMENTING, SHARE_OO_WITH_PREFIX } from '../catalogue/catalogue';
import type { IndicatorSummary } from './analysis-result';

export const KEY_COUNT_IDS: readonly string[] = ['ped_total', 'ped_mentors', 'ped_mentees'];

/** How a key indicator is shown for one school. */
export type KeyKind = 'count' | 'share' | 'school-share';

export interface KeyIndicator {
  readonly indicator: IndicatorSummary;
  readonly kind: KeyKind;
  /** The id of the school's own value: the share itself, or the flag behind a share of schools. */
  readonly schoolValueId: string;
}

/** The flag behind a share of schools (`share_oo_with_doc_order` → `doc_order`); null for other ids. */
export function flagOfSchoolShare(id: string): string | null {
  if (id === SHARE_OO_IMPLEMENTING) return IMPLEMENTING_FLAG;
  return id.startsWith(SHARE_OO_WITH_PREFIX) ? id.slice(SHARE_OO_WITH_PREFIX.length) : null;
}

/** A figure whose value is a fraction (shown as a percent). */
export function isFractionIndicator(indicator: IndicatorSummary): boolean {
  return indicator.type !== 'count';
}

/**
 * The municipal figures listed one per row: a flag added on «Показатели» is listed as its share of
 * schools (share_oo_with_…), and share_oo_with_implements_model only repeats share_oo_implementing.
 */
export function listedIndicators(indicators: readonly IndicatorSummary[]): IndicatorSummary[] {
  return indicators.filter(
    (indicator) => indicator.type !== 'flag' && indicator.id !== SHARE_OO_WITH_PREFIX + IMPLEMENTING_FLAG,
  );
}

/** Key indicators in a fixed order: counts, shares (catalogue order), shares of schools (catalogue order). */
export function selectKeyIndicators(indicators: readonly IndicatorSummary[]): KeyIndicator[] {
  const counts: KeyIndicator[] = [];
  for (const id of KEY_COUNT_IDS) {
    const indicator = indicators.find((candidate) => candidate.id === id);
    if (indicator) counts.push({ indicator, kind: 'count', schoolValueId: id });
  }
  const shares: KeyIndicator[] = [];
  const schoolShares: KeyIndicator[] = [];
  for (const indicator of listedIndicators(indicators)) {
    if (indicator.type === 'count') continue;
    const flag = flagOfSchoolShare(indicator.id);
    if (flag !== null) schoolShares.push({ indicator, kind: 'school-share', schoolValueId: flag });
    else shares.push({ indicator, kind: 'share', schoolValueId: indicator.id });
  }
  return [...counts, ...shares, ...schoolShares];
}

/**
 * Each municipal figure next to last period's (docs/domain.md#long-format): the previous value and the
 * change, value − previous in the figure's own units — for shares a difference of fractions, shown as
 * percentage points (0.032 → «+3,2 п. п.»). A figure missing from either period has no change.
 */
import type { IndicatorSummary, SummaryResult } from '../findings/analysis-result';
import type { PreviousFigures } from './previous-figures';

export function withPrevious<T extends Pick<SummaryResult, 'indicators'>>(
  result: T,
  previous: PreviousFigures,
): T & { readonly previousPeriod: string } {
  const indicators = result.indicators.map((indicator): IndicatorSummary => {
    const row = previous.byId.get(indicator.id);
    const before = row?.value ?? null;
    const change = before === null || indicator.value === null ? null : indicator.value - before;
    return { ...indicator, previous: before, change, previousSchools: row?.schools_counted ?? null };
  });
  return { ...result, indicators, previousPeriod: previous.period };
}

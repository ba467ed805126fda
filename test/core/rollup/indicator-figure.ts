import type { IndicatorSummary } from '../../../src/core/findings/analysis-result';

/** A municipal figure of one indicator: nothing counted, no target, unless `parts` says so. */
export function figure(
  id: string,
  type: IndicatorSummary['type'],
  parts: Partial<IndicatorSummary>,
): IndicatorSummary {
  return {
    id,
    code: null,
    title: id,
    type,
    value: null,
    numerator: null,
    denominator: null,
    schoolsCounted: 0,
    target: null,
    met: null,
    excluded: [],
    belowTarget: [],
    ...parts,
  };
}

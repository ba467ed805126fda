import { describe, expect, it } from 'vitest';
import { rollup, type MunicipalResult } from '../../../src/core/rollup/rollup';
import { figure as indicatorFigure } from './indicator-figure';
import type { IndicatorSummary } from '../../../src/core/findings/analysis-result';

/** Mentees' satisfaction, a percent with a 70 % target. */
function figure(parts: Partial<IndicatorSummary>): IndicatorSummary {
  return indicatorFigure('mentee_satisfaction', 'percent', { target: 0.7, ...parts });
}

function municipality(name: string, indicator: IndicatorSummary): MunicipalResult {
  return {
    municipality: name,
    source: `${name}.xlsx`,
    result: {
      period: '2025/2026',
      organizations: [],
      indicators: [indicator],
      skipped: [],
      issues: [],
      notSubmitted: [],
      fill: [],
    },
  };
}

describe('rollup of a percent figure (a mean of the schools’ percents)', () => {
  // Nine schools at 90 % and one at 10 %: the region's schools average 82 %, while the plain mean
  // of the two municipal means would say 50 % and miss the target.
  const LARGE = municipality('Сосновский район', figure({ value: 0.9, schoolsCounted: 9 }));
  const SMALL = municipality('Берёзовский район', figure({ value: 0.1, schoolsCounted: 1 }));

  it('weights each municipal mean by the schools it counts', () => {
    const [region] = rollup([LARGE, SMALL]).indicators;
    expect(region.value).toBeCloseTo(0.82, 12);
    expect(region.schoolsCounted).toBe(10);
    expect(region.met).toBe(true);
    // A percent has no numerator or denominator of its own.
    expect(region.numerator).toBeNull();
    expect(region.denominator).toBeNull();
  });

  it('leaves out a municipality that counted no school, whatever value it carries', () => {
    const EMPTY = municipality('Лесной район', figure({ value: 0, schoolsCounted: 0 }));
    const [region] = rollup([LARGE, SMALL, EMPTY]).indicators;
    expect(region.value).toBeCloseTo(0.82, 12);
    expect(region.schoolsCounted).toBe(10);
  });

  it('has no value when no municipality counted a school', () => {
    const EMPTY = municipality('Лесной район', figure({ value: null, schoolsCounted: 0 }));
    const [region] = rollup([EMPTY]).indicators;
    expect(region.value).toBeNull();
    expect(region.met).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { rollup, type MunicipalResult } from '../../../src/core/rollup/rollup';
import { figure } from './indicator-figure';
import type { IndicatorSummary } from '../../../src/core/findings/analysis-result';

function municipality(
  name: string,
  indicators: IndicatorSummary[],
  extra: Partial<MunicipalResult['result']> = {},
): MunicipalResult {
  return {
    municipality: name,
    source: `${name}.xlsx`,
    result: {
      period: '2025/2026',
      organizations: [],
      indicators,
      skipped: [],
      issues: [],
      notSubmitted: [],
      fill: [],
      ...extra,
    },
  };
}

// A large municipality with a low share and a small one with a high share: the mean of the two
// shares (50 %) is far from the share of all their teachers (110 / 1000 = 11 %).
const LARGE = municipality('Сосновский район', [
  figure('ped_total', 'count', { value: 900, schoolsCounted: 30 }),
  figure('share_mentors', 'share', {
    value: 0.1,
    numerator: 90,
    denominator: 900,
    schoolsCounted: 30,
    target: 0.2,
    excluded: ['МБОУ «СОШ № 4»'],
  }),
  figure('share_oo_with_doc_order', 'share', {
    value: 0.9,
    numerator: 27,
    denominator: 30,
    schoolsCounted: 30,
    target: 1,
  }),
]);
const SMALL = municipality(
  'Берёзовский район',
  [
    figure('ped_total', 'count', { value: 100, schoolsCounted: 4 }),
    figure('share_mentors', 'share', {
      value: 0.2,
      numerator: 20,
      denominator: 100,
      schoolsCounted: 4,
      target: 0.2,
    }),
    figure('share_oo_with_doc_order', 'share', {
      value: 1,
      numerator: 4,
      denominator: 4,
      schoolsCounted: 4,
      target: 1,
    }),
  ],
  { notSubmitted: ['МКОУ «Лесная ООШ»'] },
);

describe('rollup', () => {
  const region = rollup([LARGE, SMALL]);
  const byId = (id: string) => region.indicators.find((i) => i.id === id) as IndicatorSummary;

  it('weights regional shares over schools: Σ numerators / Σ denominators, never a mean of municipal shares', () => {
    expect(byId('share_mentors')).toMatchObject({
      numerator: 110,
      denominator: 1000,
      schoolsCounted: 34,
      target: 0.2,
      met: false,
    });
    expect(byId('share_mentors').value).toBeCloseTo(0.11, 12);
    expect(byId('share_oo_with_doc_order').value).toBeCloseTo(31 / 34, 12);
    expect(byId('ped_total')).toMatchObject({ value: 1000, numerator: null, schoolsCounted: 34 });
  });

  it('lists municipalities alphabetically as organisations, with their own figures', () => {
    expect(region.organizations.map((org) => [org.name, org.sheet])).toEqual([
      ['Берёзовский район', 'Берёзовский район.xlsx'],
      ['Сосновский район', 'Сосновский район.xlsx'],
    ]);
    expect(region.organizations[1].values).toMatchObject({ ped_total: 900, share_mentors: 0.1 });
    expect(region.period).toBe('2025/2026');
  });

  it('carries exclusions and schools without data up, named with their municipality', () => {
    expect(byId('share_mentors').excluded).toEqual(['МБОУ «СОШ № 4» (Сосновский район)']);
    expect(region.notSubmitted).toEqual(['МКОУ «Лесная ООШ» (Берёзовский район)']);
    // Below target are municipalities, in alphabetical order (no ranking).
    expect(byId('share_mentors').belowTarget).toEqual(['Сосновский район']);
    expect(byId('share_oo_with_doc_order').belowTarget).toEqual(['Сосновский район']);
  });
});

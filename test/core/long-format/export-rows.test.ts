import { describe, expect, it } from 'vitest';
import { BUILTIN_CATALOGUE } from '../../../src/core/catalogue/catalogue';
import { aggregate } from '../../../src/core/indicators/aggregate';
import { schoolFigures } from '../../../src/core/indicators/school-figures';
import { exportRows, type MunicipalExport } from '../../../src/core/long-format/export-rows';
import { rollup } from '../../../src/core/rollup/rollup';
import type { OrganizationSummary } from '../../../src/core/findings/analysis-result';
import { municipality } from '../indicators/municipality-fixture';

function municipalExport(name: string, period: string | null, notSubmitted: string[] = []): MunicipalExport {
  const figures = municipality().map((tab) => schoolFigures(tab, BUILTIN_CATALOGUE));
  const organizations: OrganizationSummary[] = figures.map((f) => ({ ...f, errors: 0, warnings: 0 }));
  return {
    municipality: name,
    catalogue: BUILTIN_CATALOGUE,
    result: { period, organizations, indicators: aggregate(figures, BUILTIN_CATALOGUE), notSubmitted },
  };
}

describe('exportRows', () => {
  const A = municipalExport('Сосновский район', '2025/2026', ['МБОУ «СОШ № 9»']);
  const B = municipalExport('Берёзовский район', null);
  const figures = A.result.indicators.length;
  const schools = A.result.organizations.length;

  it('gives one municipality its school and municipal rows, with no regional ones', () => {
    const rows = exportRows([A], null, 'Красноярский край');
    expect(rows).toHaveLength((schools + 1) * figures + figures);
    expect(rows.filter((row) => row.level === 'region')).toEqual([]);
    expect(
      rows.filter((row) => row.school === 'МБОУ «СОШ № 9»').every((row) => row.status === 'not_submitted'),
    ).toBe(true);
    expect(new Set(rows.map((row) => row.region))).toEqual(new Set(['Красноярский край']));
    expect(new Set(rows.map((row) => row.period))).toEqual(new Set(['2025/2026']));
  });

  it('follows the municipalities with the region’s figures, under no municipality', () => {
    const region = rollup(
      [A, B].map(({ municipality: name, result }) => ({
        municipality: name,
        source: `${name}.xlsx`,
        result: { ...result, skipped: [], issues: [], fill: [] },
      })),
    );
    const rows = exportRows([A, B], region, 'Красноярский край');
    const regional = rows.filter((row) => row.level === 'region');
    expect(rows.slice(-figures)).toEqual(regional);
    expect(regional.map((row) => row.indicator_id)).toEqual(region.indicators.map((each) => each.id));
    expect(regional.every((row) => row.municipality === '' && row.school === '')).toBe(true);
    expect(regional.every((row) => row.region === 'Красноярский край')).toBe(true);
    // A municipality without a period writes '' there; the region takes the one they share.
    expect(
      rows.filter((row) => row.municipality === 'Берёзовский район').every((row) => row.period === ''),
    ).toBe(true);
    expect(regional[0].period).toBe('2025/2026');
  });

  it('writes a region with no period as an empty one, and no region name as empty', () => {
    const region = { ...rollup([]), period: null };
    const rows = exportRows([], region);
    expect(rows).toEqual([]);
    const one = exportRows([B], { ...rollup([]), indicators: B.result.indicators, period: null });
    expect(
      one.filter((row) => row.level === 'region').every((row) => row.period === '' && row.region === ''),
    ).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { BUILTIN_CATALOGUE } from '../../../src/core/catalogue/catalogue';
import { aggregate } from '../../../src/core/indicators/aggregate';
import { schoolFigures } from '../../../src/core/indicators/school-figures';
import { municipalLongRows } from '../../../src/core/long-format/long-rows';
import type { LongRow } from '../../../src/core/long-format/long-row';
import type { OrganizationSummary } from '../../../src/core/findings/analysis-result';
import { municipality } from '../indicators/municipality-fixture';

const UNIT = { region: 'Красноярский край', municipality: 'Сосновский район', period: '2025/2026' };

function result() {
  const figures = municipality().map((tab) => schoolFigures(tab, BUILTIN_CATALOGUE));
  const organizations: OrganizationSummary[] = figures.map((f) => ({ ...f, errors: 0, warnings: 0 }));
  return { organizations, indicators: aggregate(figures, BUILTIN_CATALOGUE) };
}

const rowOf = (rows: LongRow[], school: string, id: string) =>
  rows.find((row) => row.level === 'school' && row.school === school && row.indicator_id === id) as LongRow;

describe('municipalLongRows', () => {
  const summary = result();
  const rows = municipalLongRows(summary, BUILTIN_CATALOGUE, UNIT, ['МБОУ «СОШ № 9»']);

  it('gives every school every municipal figure, then the municipal rows', () => {
    const schools = rows.filter((row) => row.level === 'school');
    expect(schools).toHaveLength((summary.organizations.length + 1) * summary.indicators.length);
    const municipal = rows.filter((row) => row.level === 'municipality');
    expect(municipal.map((row) => row.indicator_id)).toEqual(summary.indicators.map((i) => i.id));
    expect(municipal.every((row) => row.school === '' && row.municipality === 'Сосновский район')).toBe(true);
    expect(rows.every((row) => row.period === '2025/2026' && row.region === 'Красноярский край')).toBe(true);
  });

  it('lets Σ numerator / Σ denominator over counted school rows give every municipal share, and Σ value every count', () => {
    for (const indicator of summary.indicators) {
      const counted = rows.filter(
        (row) => row.level === 'school' && row.indicator_id === indicator.id && row.status === 'counted',
      );
      expect(counted.length, indicator.id).toBe(indicator.schoolsCounted);
      const sum = (key: 'numerator' | 'denominator' | 'value') =>
        counted.reduce((s, row) => s + (row[key] ?? 0), 0);
      if (indicator.type === 'count') expect(sum('value'), indicator.id).toBe(indicator.value);
      else if (indicator.value !== null)
        expect(sum('numerator') / sum('denominator'), indicator.id).toBeCloseTo(indicator.value, 12);
    }
  });

  it('marks a school with errors in the inputs excluded, one without optional inputs not_submitted', () => {
    // Лицей № 2: #REF! in 1.1 (ped_total) and 4.1/4.2 left empty.
    const lyceum = 'МБОУ «Лицей № 2»';
    expect(rowOf(rows, lyceum, 'share_mentors')).toMatchObject({
      status: 'excluded',
      numerator: 10,
      denominator: null,
      value: null,
    });
    expect(rowOf(rows, lyceum, 'share_students_mentees')).toMatchObject({
      status: 'not_submitted',
      value: null,
    });
    expect(rowOf(rows, 'МБОУ «СОШ № 9»', 'ped_total')).toMatchObject({
      status: 'not_submitted',
      value: null,
      met: null,
    });
  });

  it('counts a school as one in a share of schools: its flag over 1', () => {
    expect(rowOf(rows, 'МКОУ «Ивановская ООШ»', 'share_oo_with_doc_order')).toMatchObject({
      type: 'share',
      value: 0,
      numerator: 0,
      denominator: 1,
      target: 1,
      met: false,
      status: 'counted',
      schools_counted: null,
    });
  });

  it('keeps a zero denominator a counted school with an undefined share', () => {
    // Ивановская ООШ: no young teachers (0 / 0).
    expect(rowOf(rows, 'МКОУ «Ивановская ООШ»', 'share_young_mentees')).toMatchObject({
      value: null,
      numerator: 0,
      denominator: 0,
      met: null,
      status: 'counted',
      indicator_code: '',
    });
    expect(rowOf(rows, 'МКОУ «Ивановская ООШ»', 'ped_total')).toMatchObject({
      indicator_code: '1.1',
      numerator: null,
      denominator: null,
    });
  });
});

import { describe, expect, it } from 'vitest';
import type { Catalogue } from '../../../src/core/catalogue/catalogue';
import type { IndicatorSummary, OrganizationSummary } from '../../../src/core/findings/analysis-result';
import { figureRows, municipalLongRows } from '../../../src/core/long-format/long-rows';
import type { LongRow } from '../../../src/core/long-format/long-row';
import { indicatorDef as def } from '../catalogue/indicator-def';

const UNIT = { region: 'Край', municipality: 'Район', period: '2025/2026' };

/** A count, a part of it, a share of the two, a flag added by the «Показатели» sheet and its share of schools. */
const CATALOGUE: Catalogue = {
  indicators: [
    def('x_total', 'count', { code: '9.1' }),
    def('x_part', 'count', { code: '9.2' }),
    def('x_flag', 'flag', { code: '9.3', target: 1 }),
    def('x_share', 'share', { numerator: 'x_part', denominator: 'x_total', target: 0.5 }),
    def('x_oo', 'share', { numerator: 'x_flag' }),
  ],
};

const summary = (id: string, more: Partial<IndicatorSummary> = {}): IndicatorSummary => ({
  id,
  code: null,
  title: `Показатель ${id}`,
  type: 'count',
  value: null,
  numerator: null,
  denominator: null,
  schoolsCounted: 0,
  target: null,
  met: null,
  excluded: [],
  belowTarget: [],
  ...more,
});

const org = (
  name: string,
  values: Record<string, number | null>,
  excludedFrom: string[] = [],
): OrganizationSummary => ({
  sheet: name,
  name,
  values,
  errors: 0,
  warnings: 0,
  excludedFrom,
  evidence: {},
});

const rowOf = (rows: LongRow[], school: string, id: string) =>
  rows.find((row) => row.level === 'school' && row.school === school && row.indicator_id === id);

function indicators(): IndicatorSummary[] {
  return [
    summary('x_total', { code: '9.1', value: 30, schoolsCounted: 2 }),
    summary('x_flag', {
      code: '9.3',
      type: 'flag',
      value: 0.5,
      numerator: 1,
      denominator: 2,
      schoolsCounted: 2,
      target: 1,
      met: false,
    }),
    summary('x_share', {
      type: 'share',
      value: 0.2,
      numerator: 6,
      denominator: 30,
      schoolsCounted: 1,
      target: 0.5,
      met: false,
    }),
    summary('x_oo', { type: 'share', value: null, schoolsCounted: 0 }),
  ];
}

function schools(): OrganizationSummary[] {
  return [
    org('Школа А', { x_total: 10, x_part: 6, x_flag: 1, x_share: 0.6, x_oo: 1 }),
    org('Школа Б', { x_total: 20, x_part: null, x_flag: 0, x_share: null, x_oo: 0 }, ['x_part', 'x_share']),
  ];
}

describe('municipalLongRows: the rows of each kind of figure', () => {
  it('gives a count its value and no numerator or denominator, and its code', () => {
    const rows = municipalLongRows({ organizations: schools(), indicators: indicators() }, CATALOGUE, UNIT);
    expect(rowOf(rows, 'Школа А', 'x_total')).toEqual({
      period: '2025/2026',
      region: 'Край',
      municipality: 'Район',
      level: 'school',
      school: 'Школа А',
      indicator_id: 'x_total',
      indicator_code: '9.1',
      indicator_title: 'Показатель x_total',
      type: 'count',
      value: 10,
      numerator: null,
      denominator: null,
      schools_counted: null,
      target: null,
      met: null,
      status: 'counted',
    });
  });

  it('gives a flag the school’s flag over 1, and meets its target by the flag', () => {
    const rows = municipalLongRows({ organizations: schools(), indicators: indicators() }, CATALOGUE, UNIT);
    expect(rowOf(rows, 'Школа А', 'x_flag')).toMatchObject({
      value: 1,
      numerator: 1,
      denominator: 1,
      met: true,
      target: 1,
      status: 'counted',
    });
    expect(rowOf(rows, 'Школа Б', 'x_flag')).toMatchObject({
      value: 0,
      numerator: 0,
      denominator: 1,
      met: false,
      status: 'counted',
    });
  });

  it('gives a share of schools the flag over 1, and nothing over nothing when the flag is missing', () => {
    const organizations = [
      ...schools(),
      org('Школа В', { x_total: 5, x_part: 1, x_flag: null, x_share: 0.2, x_oo: null }),
    ];
    const rows = municipalLongRows({ organizations, indicators: indicators() }, CATALOGUE, UNIT);
    expect(rowOf(rows, 'Школа А', 'x_oo')).toMatchObject({
      value: 1,
      numerator: 1,
      denominator: 1,
      status: 'counted',
    });
    expect(rowOf(rows, 'Школа В', 'x_oo')).toMatchObject({
      value: null,
      numerator: null,
      denominator: null,
      status: 'not_submitted',
    });
    expect(rowOf(rows, 'Школа В', 'x_flag')).toMatchObject({ numerator: null, denominator: null, met: null });
  });

  it('gives a share its own numerator and denominator, and marks it excluded when an input has errors', () => {
    const rows = municipalLongRows({ organizations: schools(), indicators: indicators() }, CATALOGUE, UNIT);
    expect(rowOf(rows, 'Школа А', 'x_share')).toMatchObject({
      value: 0.6,
      numerator: 6,
      denominator: 10,
      target: 0.5,
      met: true,
      status: 'counted',
      indicator_code: '',
    });
    expect(rowOf(rows, 'Школа Б', 'x_share')).toMatchObject({
      value: null,
      numerator: null,
      denominator: 20,
      met: null,
      status: 'excluded',
    });
  });

  it('marks not_submitted a school missing an input of a share, excluded only one with errors', () => {
    const organizations = [org('Школа Г', { x_total: null, x_part: 3, x_flag: 1, x_share: null, x_oo: 1 })];
    const rows = municipalLongRows({ organizations, indicators: indicators() }, CATALOGUE, UNIT);
    expect(rowOf(rows, 'Школа Г', 'x_share')).toMatchObject({
      status: 'not_submitted',
      numerator: 3,
      denominator: null,
    });
    expect(rowOf(rows, 'Школа Г', 'x_total')).toMatchObject({ status: 'not_submitted', value: null });
    expect(rowOf(rows, 'Школа Г', 'x_flag')?.status).toBe('counted');
  });

  it('reads a value the school does not have at all as null', () => {
    const organizations = [org('Школа Д', { x_total: 4 })];
    const rows = municipalLongRows({ organizations, indicators: indicators() }, CATALOGUE, UNIT);
    expect(rowOf(rows, 'Школа Д', 'x_share')).toMatchObject({
      value: null,
      numerator: null,
      denominator: 4,
      status: 'not_submitted',
    });
    expect(rowOf(rows, 'Школа Д', 'x_oo')).toMatchObject({ value: null, numerator: null, denominator: null });
  });
  it('takes the numerator of a share of schools from the flag itself', () => {
    const organizations = [org('Школа Ж', { x_flag: 1 })];
    const rows = municipalLongRows({ organizations, indicators: indicators() }, CATALOGUE, UNIT);
    expect(rowOf(rows, 'Школа Ж', 'x_oo')).toMatchObject({
      value: null,
      numerator: 1,
      denominator: 1,
      status: 'counted',
    });
  });
});

describe('municipalLongRows: which rows', () => {
  it('writes no rows for schools that did not submit unless they are named', () => {
    const rows = municipalLongRows({ organizations: schools(), indicators: indicators() }, CATALOGUE, UNIT);
    expect(rows).toHaveLength(2 * 4 + 4);
    expect(new Set(rows.filter((row) => row.level === 'school').map((row) => row.school))).toEqual(
      new Set(['Школа А', 'Школа Б']),
    );
  });

  it('gives a school that did not submit an empty row of every figure, before the municipal rows', () => {
    const rows = municipalLongRows({ organizations: [], indicators: indicators() }, CATALOGUE, UNIT, [
      'Школа Е',
    ]);
    expect(rows.map((row) => [row.level, row.school, row.indicator_id])).toEqual([
      ['school', 'Школа Е', 'x_total'],
      ['school', 'Школа Е', 'x_flag'],
      ['school', 'Школа Е', 'x_share'],
      ['school', 'Школа Е', 'x_oo'],
      ['municipality', '', 'x_total'],
      ['municipality', '', 'x_flag'],
      ['municipality', '', 'x_share'],
      ['municipality', '', 'x_oo'],
    ]);
    expect(rows[2]).toMatchObject({
      value: null,
      numerator: null,
      denominator: null,
      schools_counted: null,
      target: 0.5,
      met: null,
      status: 'not_submitted',
    });
  });

  it('writes a figure the catalogue does not define only as a municipal row', () => {
    const rows = municipalLongRows(
      { organizations: schools(), indicators: [summary('unknown', { value: 3, schoolsCounted: 1 })] },
      CATALOGUE,
      UNIT,
    );
    expect(rows.map((row) => [row.level, row.indicator_id, row.value])).toEqual([
      ['municipality', 'unknown', 3],
    ]);
  });

  it('marks a municipal figure counted when one school or more counted, not_submitted when none did', () => {
    const rows = municipalLongRows(
      {
        organizations: [],
        indicators: [
          summary('x_total', { value: 5, schoolsCounted: 1 }),
          summary('x_share', { type: 'share', schoolsCounted: 0 }),
        ],
      },
      CATALOGUE,
      UNIT,
    );
    expect(rows.map((row) => [row.indicator_id, row.schools_counted, row.status])).toEqual([
      ['x_total', 1, 'counted'],
      ['x_share', 0, 'not_submitted'],
    ]);
  });

  it('copies a municipal figure as it is, with the unit and no school', () => {
    const rows = municipalLongRows({ organizations: [], indicators: indicators() }, CATALOGUE, UNIT);
    expect(rows.find((row) => row.indicator_id === 'x_flag')).toEqual({
      period: '2025/2026',
      region: 'Край',
      municipality: 'Район',
      level: 'municipality',
      school: '',
      indicator_id: 'x_flag',
      indicator_code: '9.3',
      indicator_title: 'Показатель x_flag',
      type: 'flag',
      value: 0.5,
      numerator: 1,
      denominator: 2,
      schools_counted: 2,
      target: 1,
      met: false,
      status: 'counted',
    });
  });
});

describe('figureRows', () => {
  it('writes the figures at the level asked, in their order', () => {
    const rows = figureRows(indicators(), 'region', { region: 'Край', municipality: '', period: '' });
    expect(
      rows.map((row) => [row.level, row.indicator_id, row.school, row.municipality, row.status]),
    ).toEqual([
      ['region', 'x_total', '', '', 'counted'],
      ['region', 'x_flag', '', '', 'counted'],
      ['region', 'x_share', '', '', 'counted'],
      ['region', 'x_oo', '', '', 'not_submitted'],
    ]);
    expect(rows[2]).toMatchObject({
      value: 0.2,
      numerator: 6,
      denominator: 30,
      met: false,
      schools_counted: 1,
    });
  });
});

import { describe, expect, it } from 'vitest';
import { rollup, type MunicipalResult } from '../../../src/core/rollup/rollup';
import { figure } from './indicator-figure';
import type { IndicatorSummary, SchoolFill } from '../../../src/core/findings/analysis-result';
import type { Issue } from '../../../src/core/issues/issue';

function fill(name: string, filled: number, total: number, notSubmitted = false): SchoolFill {
  return {
    name,
    sheet: name,
    requiredFilled: filled,
    requiredTotal: total,
    errors: 9,
    warnings: 9,
    notSubmitted,
    onRoster: null,
  };
}

const issue = (severity: Issue['severity']) => ({ severity }) as Issue;

function municipality(
  name: string,
  indicators: IndicatorSummary[],
  extra: Partial<MunicipalResult['result']> = {},
  source = `${name}.xlsx`,
): MunicipalResult {
  return {
    municipality: name,
    source,
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

describe('rollup: the municipalities as organisations', () => {
  const A = municipality('Арский район', [figure('ped_total', 'count', { value: 10, schoolsCounted: 2 })], {
    issues: [issue('error'), issue('error'), issue('warning'), issue('info')],
    fill: [fill('СОШ 1', 5, 8), fill('СОШ 2', 3, 8)],
    skipped: [{ sheet: 'Лист3', reason: 'нет показателей' }],
  });
  const B = municipality(
    'Бавлинский район',
    [
      figure('ped_total', 'count', { value: 4, schoolsCounted: 1, excluded: ['ООШ № 3'] }),
      figure('doc_order', 'flag', { value: 1, numerator: 1, denominator: 1, schoolsCounted: 1 }),
    ],
    { fill: [fill('ООШ № 3', 0, 8, true), fill('ООШ № 4', 0, 8, true)] },
  );
  // Computed in each test: a mutant that throws must fail a test, not the loading of the file.
  const region = () => rollup([B, A]);

  it('counts each municipality’s issues by severity and fills by its schools', () => {
    expect(region().organizations.map((org) => [org.name, org.errors, org.warnings])).toEqual([
      ['Арский район', 2, 1],
      ['Бавлинский район', 0, 0],
    ]);
    expect(region().fill).toEqual([
      {
        name: 'Арский район',
        sheet: 'Арский район.xlsx',
        requiredFilled: 8,
        requiredTotal: 16,
        errors: 2,
        warnings: 1,
        notSubmitted: false,
        onRoster: null,
      },
      {
        name: 'Бавлинский район',
        sheet: 'Бавлинский район.xlsx',
        requiredFilled: 0,
        requiredTotal: 16,
        errors: 0,
        warnings: 0,
        notSubmitted: true,
        onRoster: null,
      },
    ]);
  });

  it('calls a municipality «not submitted» only when every one of its schools is', () => {
    const mixed = municipality('Смешанный район', [], {
      fill: [fill('СОШ 1', 8, 8), fill('СОШ 2', 0, 8, true)],
    });
    expect(rollup([mixed]).fill[0].notSubmitted).toBe(false);
  });

  it('does not call a municipality with no schools at all «not submitted»', () => {
    const empty = rollup([municipality('Пустой район', [figure('ped_total', 'count', {})])]);
    expect(empty.fill[0].notSubmitted).toBe(false);
  });

  it('names the figures a municipality excluded schools from, and its skipped sheets with it', () => {
    expect(region().organizations.map((org) => org.excludedFrom)).toEqual([[], ['ped_total']]);
    expect(region().organizations[1].values).toEqual({ ped_total: 4, doc_order: 1 });
    expect(region().skipped).toEqual([{ sheet: 'Арский район: Лист3', reason: 'нет показателей' }]);
    expect(region().recommendations).toEqual([]);
    expect(region().issues).toEqual([]);
  });

  it('lists every figure any municipality has, the first one’s order first, summing counts', () => {
    expect(region().indicators.map((each) => [each.id, each.value, each.schoolsCounted])).toEqual([
      ['ped_total', 14, 3],
      ['doc_order', 1, 1],
    ]);
  });

  it('orders two files of one municipality by their source', () => {
    const twice = rollup([
      municipality('Арский район', [], {}, 'б.xlsx'),
      municipality('Арский район', [], {}, 'а.xlsx'),
    ]);
    expect(twice.organizations.map((org) => org.sheet)).toEqual(['а.xlsx', 'б.xlsx']);
  });
});

describe('rollup: targets, periods and shares', () => {
  const share = (value: number | null, numerator: number, denominator: number, target: number | null) =>
    figure('share_mentors', 'share', { value, numerator, denominator, schoolsCounted: 1, target });

  it('keeps the target most municipalities use, the first seen on a tie', () => {
    const majority = rollup([
      municipality('А', [share(0.5, 1, 2, 0.3)]),
      municipality('Б', [share(0.5, 1, 2, 0.2)]),
      municipality('В', [share(0.5, 1, 2, 0.2)]),
    ]);
    expect(majority.indicators[0].target).toBe(0.2);
    const tie = rollup([
      municipality('А', [share(0.5, 1, 2, 0.3)]),
      municipality('Б', [share(0.5, 1, 2, 0.2)]),
    ]);
    expect(tie.indicators[0].target).toBe(0.3);
    const none = rollup([
      municipality('А', [share(0.5, 1, 2, null)]),
      municipality('Б', [share(0.5, 1, 2, 0.2)]),
    ]);
    expect(none.indicators[0].target).toBe(0.2);
  });

  it('has no period when the municipalities have none, and the common one otherwise', () => {
    const a = municipality('А', [], { period: null as unknown as string });
    expect(rollup([a]).period).toBeNull();
    const b = municipality('Б', [], { period: '2024/2025' });
    const c = municipality('В', [], { period: '2024/2025' });
    expect(rollup([a, b, c, municipality('Г', [])]).period).toBe('2024/2025');
  });

  it('gives a share no value when no teacher is counted, and marks below target only municipalities with a value', () => {
    const region = rollup([
      municipality('А', [share(null, 0, 0, 0.2)]),
      municipality('Б', [share(0.1, 1, 10, 0.2)]),
    ]);
    expect(region.indicators[0]).toMatchObject({
      numerator: 1,
      denominator: 10,
      belowTarget: ['Б'],
      met: false,
    });
    const zero = rollup([municipality('А', [share(null, 0, 0, 0.2)])]);
    expect(zero.indicators[0]).toMatchObject({ value: null, numerator: 0, denominator: 0, met: null });
  });

  it('leaves a municipality that counted no school out of sums, but keeps its exclusions', () => {
    const region = rollup([
      municipality('А', [figure('ped_total', 'count', { value: 7, schoolsCounted: 0, excluded: ['СОШ 9'] })]),
      municipality('Б', [figure('ped_total', 'count', { value: 3, schoolsCounted: 1 })]),
    ]);
    expect(region.indicators[0]).toMatchObject({ value: 3, schoolsCounted: 1, excluded: ['СОШ 9 (А)'] });
  });

  it('lists the excluded schools of all municipalities alphabetically, and nobody below a target there is none of', () => {
    const region = rollup([
      municipality('Б', [
        figure('share_mentors', 'share', { value: 0.1, schoolsCounted: 1, excluded: ['Яя СОШ', 'Аа СОШ'] }),
      ]),
      municipality('В', [
        figure('share_mentors', 'share', { value: 0.1, schoolsCounted: 1, excluded: ['Бб СОШ'] }),
      ]),
    ]);
    expect(region.indicators[0].excluded).toEqual(['Аа СОШ (Б)', 'Бб СОШ (В)', 'Яя СОШ (Б)']);
    expect(region.indicators[0].belowTarget).toEqual([]);
    expect(region.indicators[0].met).toBeNull();
  });

  it('marks met when the region reaches the target', () => {
    const region = rollup([municipality('А', [share(0.3, 3, 10, 0.2)])]);
    expect(region.indicators[0]).toMatchObject({ met: true, belowTarget: [] });
  });
});

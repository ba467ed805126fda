import { describe, it, expect } from 'vitest';
import { BUILTIN_CATALOGUE } from '../../../src/core/catalogue/catalogue';
import { aggregate, summaryIndicators } from '../../../src/core/indicators/aggregate';
import { schoolFigures } from '../../../src/core/indicators/school-figures';
import { municipality } from './municipality-fixture';

const schools = municipality().map((tab) => schoolFigures(tab, BUILTIN_CATALOGUE));
const figures = aggregate(schools, BUILTIN_CATALOGUE);
const figure = (id: string) => {
  const found = figures.find((f) => f.id === id);
  if (!found) throw new Error(id);
  return found;
};

describe('school figures', () => {
  it('computes every input and derived id for a school', () => {
    const sosh = schools[0];
    expect(sosh.values.ped_total).toBe(40);
    expect(sosh.values.share_mentors).toBe(0.2);
    expect(sosh.values.share_students_mentees).toBe(0.7);
    expect(sosh.values.share_oo_with_doc_order).toBe(1);
    expect(sosh.excludedFrom).toEqual([]);
    expect(Object.keys(sosh.values)).toHaveLength(BUILTIN_CATALOGUE.indicators.length);
  });

  it('leaves a share undefined when its denominator is zero', () => {
    expect(schools[1].values.share_young_mentees).toBeNull();
    expect(schools[1].excludedFrom).toEqual([]);
  });

  it('excludes a school from every figure that uses an input with an error', () => {
    expect(schools[2].values.ped_total).toBeNull();
    expect(schools[2].values.share_mentors).toBeNull();
    expect(schools[2].excludedFrom).toEqual(['ped_total', 'share_mentors', 'share_mentees']);
    expect(schools[3].values.ped_mentors).toBeNull();
    expect(schools[3].excludedFrom).toEqual(['ped_mentors', 'share_mentors']);
    expect(schools[3].issues.map((i) => i.code)).toEqual(['logic/part-exceeds-total']);
  });
});

describe('municipal aggregates (hand-computed)', () => {
  it('sums counts over schools with a valid value', () => {
    expect(figure('ped_total')).toMatchObject({
      value: 82,
      schoolsCounted: 3,
      excluded: ['МБОУ «Лицей № 2»'],
      numerator: null,
      target: null,
      met: null,
    });
    expect(figure('ped_mentors')).toMatchObject({
      value: 21,
      schoolsCounted: 3,
      excluded: ['МБОУ «Гимназия»'],
    });
    expect(figure('students_10_19')).toMatchObject({ value: 360, schoolsCounted: 3, excluded: [] });
  });

  it('weights shares: Σ numerators / Σ denominators over schools with both inputs valid', () => {
    expect(figure('share_mentors')).toMatchObject({
      numerator: 11,
      denominator: 52,
      schoolsCounted: 2,
      excluded: ['МБОУ «Гимназия»', 'МБОУ «Лицей № 2»'],
    });
    expect(figure('share_mentors').value).toBeCloseTo(11 / 52, 12);
    const young = figure('share_young_mentees');
    expect(young).toMatchObject({
      numerator: 10,
      denominator: 12,
      schoolsCounted: 4,
      target: 1,
      met: false,
      belowTarget: ['МБОУ «Лицей № 2»'],
    });
    expect(young.value).toBeCloseTo(10 / 12, 12);
    const students = figure('share_students_mentees');
    expect(students).toMatchObject({
      numerator: 240,
      denominator: 360,
      schoolsCounted: 3,
      target: 0.7,
      met: false,
      belowTarget: ['МКОУ «Ивановская ООШ»'],
    });
  });

  it('counts schools for flags', () => {
    expect(figure('share_oo_with_doc_order')).toMatchObject({
      value: 0.75,
      numerator: 3,
      denominator: 4,
      schoolsCounted: 4,
      met: false,
      belowTarget: ['МКОУ «Ивановская ООШ»'],
    });
    expect(figure('share_oo_with_site_tab')).toMatchObject({
      value: 0.75,
      belowTarget: ['МБОУ «Лицей № 2»'],
    });
    expect(figure('share_oo_implementing')).toMatchObject({
      value: 1,
      numerator: 4,
      denominator: 4,
      target: 1,
      met: true,
      belowTarget: [],
    });
  });

  it('leaves a share undefined when every denominator is zero', () => {
    expect(figure('satisfaction_mentors')).toMatchObject({
      value: null,
      numerator: 0,
      denominator: 0,
      schoolsCounted: 4,
      met: null,
    });
  });

  it('lists counts, shares and shares of schools in catalogue order, without flag inputs', () => {
    expect(figures.map((f) => f.id)).toEqual(summaryIndicators(BUILTIN_CATALOGUE).map((d) => d.id));
    expect(figures).toHaveLength(34 + 8 + 12);
    const implementing = figures.find((f) => f.id === 'share_oo_implementing');
    expect(figures.find((f) => f.id === 'share_oo_with_implements_model')).toMatchObject({
      value: implementing?.value,
      schoolsCounted: implementing?.schoolsCounted,
    });
    expect(figures.some((f) => f.id === 'doc_order')).toBe(false);
  });

  it('gives no value when no school could be counted', () => {
    expect(aggregate([], BUILTIN_CATALOGUE).find((f) => f.id === 'ped_total')).toMatchObject({
      value: null,
      schoolsCounted: 0,
      met: null,
    });
  });

  it('averages percent inputs over schools and compares them with their target', () => {
    const catalogue = {
      indicators: [
        ...BUILTIN_CATALOGUE.indicators,
        {
          code: '6.1',
          id: 'kpk_percent',
          section: 'Доп.',
          title: 'Доля педагогов с КПК',
          type: 'percent' as const,
          target: 0.5,
          required: false,
          source: '',
        },
      ],
    };
    const school = (name: string, value: number | null, excluded = false) => ({
      sheet: name,
      name,
      values: { kpk_percent: value },
      excludedFrom: excluded ? ['kpk_percent'] : [],
      evidence: {},
      issues: [],
      withoutRow: [],
      unreadTitles: [],
    });
    const kpk = aggregate(
      [school('Б', 0.4), school('А', 0.7), school('В', null, true), school('Г', null)],
      catalogue,
    ).find((f) => f.id === 'kpk_percent');
    expect(kpk).toMatchObject({ schoolsCounted: 2, met: true, excluded: ['В'], belowTarget: ['Б'] });
    expect(kpk?.value).toBeCloseTo(0.55, 12);
  });

  it('lists a flag added on «Показатели» under its own id as the share of schools where it is set', () => {
    const council = {
      code: '6.3',
      id: 'mentor_council',
      section: 'Доп.',
      title: 'Совет наставников',
      type: 'flag' as const,
      target: null,
      required: false,
      source: '',
    };
    const catalogue = { indicators: [...BUILTIN_CATALOGUE.indicators, council] };
    const school = (name: string, value: number | null) => ({
      sheet: name,
      name,
      values: { mentor_council: value },
      excludedFrom: [],
      evidence: {},
      issues: [],
      withoutRow: [],
      unreadTitles: [],
    });
    const figure = aggregate(
      [school('А', 1), school('Б', 0), school('В', 1), school('Г', null)],
      catalogue,
    ).find((f) => f.id === 'mentor_council');
    expect(figure).toMatchObject({
      type: 'flag',
      value: 2 / 3,
      numerator: 2,
      denominator: 3,
      schoolsCounted: 3,
      met: null,
    });
    expect(
      summaryIndicators(catalogue)
        .filter((d) => d.type === 'flag')
        .map((d) => d.id),
    ).toEqual(['mentor_council']);
  });
});

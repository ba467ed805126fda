import { describe, expect, it } from 'vitest';
import { BUILTIN_CATALOGUE, type Catalogue } from '../../../src/core/catalogue/catalogue';
import { aggregate } from '../../../src/core/indicators/aggregate';
import type { SchoolFigures } from '../../../src/core/indicators/school-figures';

/**
 * Satisfaction of mentors (5.1–5.2), which a form gives either as the two counts or as its own percent
 * (docs/domain.md#satisfaction): weighted by respondents when every school counted gives their number,
 * else the plain mean of the schools' percents.
 */
const ID = 'satisfaction_mentors';

interface Answers {
  readonly surveyed?: number | null;
  readonly satisfied?: number | null;
  readonly percent?: number | null;
  readonly excluded?: boolean;
}

/** A school's figures as `schoolFigures` leaves them: the share is the counts' ratio when they give one. */
function school(name: string, { surveyed = null, satisfied = null, percent = null, excluded }: Answers) {
  const figures: SchoolFigures = {
    sheet: name,
    name,
    values: { mentors_surveyed: surveyed, mentors_satisfied: satisfied, [ID]: percent },
    excludedFrom: excluded ? [ID] : [],
    evidence: {},
    issues: [],
    withoutRow: [],
    unreadTitles: [],
  };
  return figures;
}

function satisfaction(schools: readonly SchoolFigures[], catalogue: Catalogue = BUILTIN_CATALOGUE) {
  const found = aggregate(schools, catalogue).find((figure) => figure.id === ID);
  if (found === undefined) throw new Error(ID);
  return found;
}

/** The built-in catalogue with a target for the satisfaction of mentors. */
function withTarget(target: number): Catalogue {
  return {
    indicators: BUILTIN_CATALOGUE.indicators.map((def) => (def.id === ID ? { ...def, target } : def)),
  };
}

describe('a municipal satisfaction figure', () => {
  it('weights by respondents, counting a school that gives only its percent by its percent of its respondents', () => {
    const figure = satisfaction([
      school('А', { surveyed: 10, satisfied: 8, percent: 0.8 }),
      school('Б', { surveyed: 30, percent: 0.5 }),
    ]);
    // (8 + 50 % of 30) / (10 + 30), not the mean of 80 % and 50 %.
    expect(figure).toMatchObject({
      numerator: 23,
      denominator: 40,
      weighting: 'respondents',
      schoolsCounted: 2,
    });
    expect(figure.value).toBeCloseTo(23 / 40, 12);
  });

  it('takes the plain mean of the percents when a school does not say how many answered', () => {
    const figure = satisfaction([
      school('А', { surveyed: 10, satisfied: 8, percent: 0.8 }),
      school('Б', { surveyed: 30, percent: 0.5 }),
      school('В', { percent: 0.9 }),
    ]);
    expect(figure).toMatchObject({
      numerator: null,
      denominator: null,
      weighting: 'schools',
      schoolsCounted: 3,
    });
    expect(figure.value).toBeCloseTo((0.8 + 0.5 + 0.9) / 3, 12);
  });

  it('counts a school where nobody was surveyed among the respondents (none) and not among the percents', () => {
    const weighted = satisfaction([
      school('А', { surveyed: 10, satisfied: 8, percent: 0.8 }),
      school('Г', { surveyed: 0, satisfied: 0 }),
    ]);
    expect(weighted).toMatchObject({ value: 0.8, numerator: 8, denominator: 10, schoolsCounted: 2 });
    const mean = satisfaction([school('В', { percent: 0.9 }), school('Г', { surveyed: 0, satisfied: 0 })]);
    expect(mean).toMatchObject({ value: 0.9, weighting: 'schools', schoolsCounted: 2 });
  });

  it('has no value when nobody anywhere was surveyed', () => {
    expect(satisfaction([school('Г', { surveyed: 0, satisfied: 0 })])).toMatchObject({
      value: null,
      numerator: 0,
      denominator: 0,
      weighting: 'respondents',
      met: null,
    });
  });

  it('has no value, no counts and no weighting when no school gives anything', () => {
    const figure = satisfaction([school('Д', {}), school('Е', { surveyed: 12 })]);
    expect(figure).toMatchObject({ value: null, numerator: null, denominator: null, schoolsCounted: 0 });
    expect(figure.weighting).toBeUndefined();
  });

  it('leaves out a school whose answer has an error, naming it', () => {
    const figure = satisfaction([
      school('Ж', { surveyed: 20, satisfied: 2, percent: 0.1, excluded: true }),
      school('А', { surveyed: 10, satisfied: 8, percent: 0.8 }),
    ]);
    expect(figure).toMatchObject({ value: 0.8, schoolsCounted: 1, excluded: ['Ж'] });
  });

  it('compares the weighted figure with a target and names the schools below it', () => {
    const schools = [
      school('Б', { surveyed: 30, percent: 0.5 }),
      school('А', { surveyed: 10, satisfied: 8, percent: 0.8 }),
    ];
    // 57,5 % over all respondents (the mean of the two schools would be 65 %).
    expect(satisfaction(schools, withTarget(0.7))).toMatchObject({
      target: 0.7,
      met: false,
      belowTarget: ['Б'],
    });
    expect(satisfaction(schools, withTarget(0.575))).toMatchObject({ met: true, belowTarget: ['Б'] });
    expect(satisfaction(schools, withTarget(0.5))).toMatchObject({ met: true, belowTarget: [] });
  });
});

import { describe, expect, it } from 'vitest';
import { BUILTIN_CATALOGUE, type Catalogue } from '../../../src/core/catalogue/catalogue';
import { checkConsistency } from '../../../src/core/indicators/consistency';
import { rowOf } from '../monitoring/school-tab-fixture';
import { tab } from './municipality-fixture';

/**
 * What the consistency of a school's inputs hands on with each issue, and what it does under a catalogue
 * of the coordinator's own (docs/domain.md#indicators): rules on a figure the catalogue lacks are not
 * checked, and a zero denominator names the share the catalogue gives first for that pair.
 */
const school = (overrides: Record<string, unknown>) => tab('СОШ 1', 'МБОУ «СОШ № 1»', overrides);

function without(...ids: string[]): Catalogue {
  return { indicators: BUILTIN_CATALOGUE.indicators.filter((def) => !ids.includes(def.id)) };
}

describe('each consistency issue hands on', () => {
  it('a part over its total: the part, its figure and the total', () => {
    const [issue] = checkConsistency(
      school({ mentors_surveyed: 10, mentors_satisfied: 11 }),
      BUILTIN_CATALOGUE,
    ).issues;
    expect(issue.code).toBe('logic/part-exceeds-total');
    expect(issue.params).toEqual({ value: '11', indicator: 'mentors_satisfied', total: '10' });
  });

  it('a positive part over a zero total: the same, and the message names the total’s cell', () => {
    const [issue] = checkConsistency(school({ young_total: 0, young_mentees: 2 }), BUILTIN_CATALOGUE).issues;
    expect(issue.params).toEqual({ value: '2', indicator: 'young_mentees', total: '0' });
    expect(issue.message).toContain(`E${rowOf('young_total')}`);
  });

  it('an implausible pair of answers: the answer questioned, its figure and the answer it contradicts', () => {
    const [issue] = checkConsistency(
      school({ doc_pairs_order: 1, pairs_count: 0 }),
      BUILTIN_CATALOGUE,
    ).issues;
    expect(issue.params).toMatchObject({ value: '0', indicator: 'pairs_count' });
    expect(issue.params.when).not.toBe('');
    expect(issue.message).toContain(`E${rowOf('doc_pairs_order')}`);
  });
});

describe('under a catalogue of the coordinator’s own', () => {
  it('checks no rule on a figure the catalogue does not have', () => {
    const tabWithBoth = school({ ped_total: 10, ped_mentors: 50, doc_pairs_order: 1, pairs_count: 0 });
    const codes = (catalogue: Catalogue) =>
      checkConsistency(tabWithBoth, catalogue).issues.map((issue) => `${issue.code} ${issue.cell}`);
    expect(codes(BUILTIN_CATALOGUE)).toContain(`logic/implausible E${rowOf('pairs_count')}`);
    expect(codes(BUILTIN_CATALOGUE)).toContain(`logic/part-exceeds-total E${rowOf('ped_mentors')}`);
    const reduced = codes(without('ped_total', 'doc_pairs_order'));
    expect(reduced).not.toContain(`logic/implausible E${rowOf('pairs_count')}`);
    expect(reduced).not.toContain(`logic/part-exceeds-total E${rowOf('ped_mentors')}`);
  });

  it('names the first share over a pair when the catalogue adds a second over the same pair', () => {
    const builtin = BUILTIN_CATALOGUE.indicators.find(
      (def) => def.type === 'share' && def.numerator === 'young_mentees' && def.denominator === 'young_total',
    );
    expect(builtin).toBeDefined();
    const catalogue: Catalogue = {
      indicators: [
        ...BUILTIN_CATALOGUE.indicators,
        { ...builtin!, id: 'young_again', code: null, title: 'Вторая доля' },
      ],
    };
    const [issue] = checkConsistency(school({ young_total: 0, young_mentees: 2 }), catalogue).issues;
    expect(issue.message).toContain(builtin!.title);
    expect(issue.message).not.toContain('Вторая доля');
  });
});

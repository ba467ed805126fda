import { describe, it, expect } from 'vitest';
import { BUILTIN_CATALOGUE } from '../../../src/core/catalogue/catalogue';
import { checkConsistency } from '../../../src/core/indicators/consistency';
import { rowOf } from '../monitoring/school-tab-fixture';
import { tab } from './municipality-fixture';

const check = (overrides: Record<string, unknown>) =>
  checkConsistency(tab('СОШ 1', 'МБОУ «СОШ № 1»', overrides), BUILTIN_CATALOGUE);

describe('checkConsistency', () => {
  it('finds nothing wrong in a consistent tab', () => {
    expect(check({})).toEqual({ issues: [], invalidated: [] });
  });

  it.each([
    ['ped_mentors', 'ped_total'],
    ['ped_mentees', 'ped_total'],
    ['ped_under35', 'ped_total'],
    ['young_total', 'ped_total'],
    ['ped_under35_mentees', 'ped_under35'],
    ['young_mentees', 'young_total'],
    ['mentors_of_young', 'ped_mentors'],
    ['students_mentees', 'students_10_19'],
    ['students_15_19', 'students_10_19'],
    ['students_mentees_risk', 'students_mentees'],
    ['students_mentees_ovz', 'students_mentees'],
    ['students_mentees_gifted', 'students_mentees'],
    ['student_mentors', 'students_15_19'],
    ['mentors_satisfied', 'mentors_surveyed'],
    ['mentees_satisfied', 'mentees_surveyed'],
  ])('reports %s > %s at the cell of the part', (part, total) => {
    // Totals of 10 and parts of 11; every other pair stays consistent.
    const base: Record<string, unknown> = {
      ped_total: 100,
      ped_mentors: 20,
      ped_mentees: 20,
      ped_under35: 20,
      ped_under35_mentees: 10,
      young_total: 10,
      young_mentees: 5,
      mentors_of_young: 5,
      students_10_19: 100,
      students_mentees: 20,
      students_15_19: 20,
      student_mentors: 5,
      mentors_surveyed: 10,
      mentors_satisfied: 5,
      mentees_surveyed: 10,
      mentees_satisfied: 5,
    };
    const result = check({ ...base, [total]: 10, [part]: 11 });
    const own = result.issues.filter((i) => i.cell === `E${rowOf(part)}`);
    expect(own).toHaveLength(1);
    expect(own[0]).toMatchObject({
      code: 'logic/part-exceeds-total',
      severity: 'error',
      row: rowOf(part),
      column: 5,
    });
    expect(own[0].message).toContain(`E${rowOf(total)} = 10`);
    expect(result.invalidated).toContain(part);
  });

  it('reports a positive numerator over a zero denominator as logic/zero-denominator', () => {
    const result = check({ young_total: 0, young_mentees: 2 });
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]).toMatchObject({
      code: 'logic/zero-denominator',
      severity: 'error',
      cell: `E${rowOf('young_mentees')}`,
    });
    expect(result.issues[0].message).toContain('Доля молодых педагогов в роли наставляемого');
    expect(result.invalidated).toEqual(['young_mentees']);
  });

  it('accepts 0 over 0: the share is undefined, not an error', () => {
    expect(check({ young_total: 0, young_mentees: 0 }).issues).toEqual([]);
  });

  it('warns when pairs are fixed by an order that lists none, and when the model runs without its order', () => {
    const pairs = check({ doc_pairs_order: 1, pairs_count: 0 });
    expect(pairs.issues).toHaveLength(1);
    expect(pairs.issues[0]).toMatchObject({
      code: 'logic/implausible',
      severity: 'warning',
      cell: `E${rowOf('pairs_count')}`,
    });
    const order = check({ implements_model: 'да', doc_order: 'нет' });
    expect(order.issues).toHaveLength(1);
    expect(order.issues[0]).toMatchObject({
      code: 'logic/implausible',
      severity: 'warning',
      cell: `E${rowOf('doc_order')}`,
    });
    expect(order.invalidated).toEqual([]);
  });

  it('skips pairs with an invalid or empty input', () => {
    expect(check({ ped_total: '#N/A', ped_mentors: 50 }).issues).toEqual([]);
    expect(check({ students_10_19: '', students_mentees: 30 }).issues).toEqual([]);
  });

  it('checks zero denominators of shares the catalogue sheet adds, but not their ratio', () => {
    const catalogue = {
      indicators: [
        ...BUILTIN_CATALOGUE.indicators,
        {
          code: null,
          id: 'enterprise_mentors_per_enterprise',
          section: 'Доп.',
          title: 'Наставников на одно предприятие',
          type: 'share' as const,
          numerator: 'enterprise_mentors',
          denominator: 'enterprises',
          target: null,
          required: false,
          source: '',
        },
      ],
    };
    const school = tab('СОШ 1', 'МБОУ «СОШ № 1»', { enterprises: 2, enterprise_mentors: 5 });
    expect(checkConsistency(school, catalogue).issues).toEqual([]);
    const zero = tab('СОШ 1', 'МБОУ «СОШ № 1»', { enterprises: 0, enterprise_mentors: 5 });
    expect(checkConsistency(zero, catalogue).issues.map((i) => i.code)).toEqual(['logic/zero-denominator']);
  });
});

import { describe, it, expect } from 'vitest';
import {
  BUILTIN_CATALOGUE,
  indicatorById,
  isInput,
  isSchoolShare,
  schoolShareId,
} from '../../../src/core/catalogue/catalogue';
import { IMPLAUSIBLE_RULES, PART_OF_TOTAL_RULES } from '../../../src/core/catalogue/consistency-rules';

const all = BUILTIN_CATALOGUE.indicators;
const inputs = all.filter(isInput);

describe('built-in catalogue', () => {
  it('has the 45 inputs of the indicator list with unique codes, ids and titles', () => {
    expect(inputs).toHaveLength(45);
    expect(new Set(inputs.map((d) => d.code)).size).toBe(45);
    expect(new Set(all.map((d) => d.id)).size).toBe(all.length);
    expect(new Set(inputs.map((d) => d.title.toLowerCase())).size).toBe(45);
  });

  it('keeps codes, ids, types and required flags exactly as the table says', () => {
    const row = (code: string) => inputs.find((d) => d.code === code);
    expect(row('1.2')).toMatchObject({
      id: 'ped_mentors',
      type: 'count',
      required: true,
      title: 'Педагоги в роли наставника',
    });
    expect(row('1.12')).toMatchObject({ id: 'interns', required: false });
    expect(row('2.1')).toMatchObject({ id: 'implements_model', type: 'flag', required: true });
    expect(row('2.7')).toMatchObject({ id: 'doc_monitoring_order', type: 'flag', required: false });
    expect(row('3.4')).toMatchObject({ id: 'practices_platform', type: 'count', required: false });
    expect(row('5.4')).toMatchObject({ id: 'mentees_satisfied', required: false });
    expect(inputs.filter((d) => d.required)).toHaveLength(22);
    expect(inputs.filter((d) => d.type === 'flag').map((d) => d.code)).toEqual([
      '2.1',
      '2.2',
      '2.3',
      '2.4',
      '2.5',
      '2.6',
      '2.7',
      '2.8',
      '3.1',
      '3.2',
      '3.3',
    ]);
  });

  it('derives the shares with their default targets', () => {
    expect(indicatorById(BUILTIN_CATALOGUE, 'share_young_mentees')).toMatchObject({
      numerator: 'young_mentees',
      denominator: 'young_total',
      target: 1,
    });
    expect(indicatorById(BUILTIN_CATALOGUE, 'share_students_mentees')).toMatchObject({
      numerator: 'students_mentees',
      denominator: 'students_10_19',
      target: 0.7,
    });
    expect(indicatorById(BUILTIN_CATALOGUE, 'share_mentors')).toMatchObject({
      numerator: 'ped_mentors',
      denominator: 'ped_total',
      target: null,
      code: null,
    });
    expect(indicatorById(BUILTIN_CATALOGUE, 'satisfaction_mentees')).toMatchObject({
      numerator: 'mentees_satisfied',
      denominator: 'mentees_surveyed',
    });
  });

  it('has one share of schools per flag, plus share_oo_implementing for implements_model', () => {
    const schoolShares = all.filter(isSchoolShare);
    expect(schoolShares).toHaveLength(12);
    expect(indicatorById(BUILTIN_CATALOGUE, 'share_oo_with_implements_model')?.numerator).toBe(
      'implements_model',
    );
    expect(schoolShares.every((d) => d.target === 1 && !d.required)).toBe(true);
    expect(indicatorById(BUILTIN_CATALOGUE, 'share_oo_implementing')?.numerator).toBe('implements_model');
    expect(indicatorById(BUILTIN_CATALOGUE, 'share_oo_with_doc_order')?.numerator).toBe('doc_order');
    expect(schoolShareId('site_tab')).toBe('share_oo_with_site_tab');
  });

  it('refers only to known ids in formulas and consistency rules', () => {
    const ids = new Set(all.map((d) => d.id));
    for (const d of all) {
      if (d.numerator) expect(ids.has(d.numerator)).toBe(true);
      if (d.denominator) expect(ids.has(d.denominator)).toBe(true);
    }
    for (const r of PART_OF_TOTAL_RULES) expect(ids.has(r.part) && ids.has(r.total)).toBe(true);
    for (const r of IMPLAUSIBLE_RULES) expect(ids.has(r.when) && ids.has(r.then)).toBe(true);
    expect(PART_OF_TOTAL_RULES).toHaveLength(15);
  });
});

/**
 * Acceptance: a whole municipal workbook filled by four curators in four different ways. Every per-school
 * value and every municipal figure is computed by hand below and must come out exactly; every planted defect
 * must be reported with its code at its cell; the JSON of docs/domain.md#command-line must hold.
 */
import { describe, expect, it } from 'vitest';
import { summarise } from '../../src/app/summarise';
import type { IndicatorSummary, SummaryResult } from '../../src/core/findings/analysis-result';
import { memoryWorkbook } from '../tools/memory-workbook';
import { ADDED, GYMNASIUM, IVANOVSKAYA, municipality, SCHOOL_1, SCHOOL_10 } from './municipality-fixture';

const FLAGS = [
  'implements_model',
  'doc_order',
  'doc_regulation',
  'doc_roadmap',
  'doc_curator',
  'doc_pairs_order',
  'doc_monitoring_order',
  'doc_internal_report',
  'site_tab',
  'site_monthly_update',
  'best_practices_published',
  'mentor_council',
];

/** A school's own part of every share of schools is its flag (0 or 1, or null when unusable). */
function ownSchoolShares(values: Record<string, number | null>): Record<string, number | null> {
  const shares: Record<string, number | null> = { share_oo_implementing: values.implements_model };
  for (const flag of FLAGS) shares[`share_oo_with_${flag}`] = values[flag];
  return shares;
}

const GYMNASIUM_INPUTS: Record<string, number | null> = {
  ped_total: 52,
  ped_mentors: 12,
  ped_mentees: 15,
  ped_under35: 10,
  ped_under35_mentees: 7,
  young_total: 5,
  young_mentees: 5,
  mentors_of_young: 5,
  mentors_municipal_active: 2,
  mentors_regional_active: 1,
  kpk_trained: 20,
  interns: null,
  network_mentors: 4,
  network_mentees: 3,
  implements_model: 1,
  doc_order: 1,
  doc_regulation: 1,
  doc_roadmap: 1,
  doc_curator: 1,
  doc_pairs_order: 1,
  doc_monitoring_order: 0,
  doc_internal_report: 0,
  programs_approved: 3,
  personal_programs: 5,
  pairs_count: 12,
  partner_agreements: 2,
  shmo_count: 1,
  site_tab: 1,
  site_monthly_update: 0,
  best_practices_published: 1,
  practices_platform: 3,
  students_10_19: 1234,
  students_mentees: 900,
  students_mentees_risk: 30,
  students_mentees_ovz: 12,
  students_mentees_gifted: 80,
  students_15_19: 400,
  student_mentors: 60,
  enterprises: 3,
  enterprise_mentors: 4,
  enterprise_projects: 2,
  mentors_surveyed: 12,
  mentors_satisfied: 11,
  mentees_surveyed: 15,
  mentees_satisfied: 14,
  events_count: 6,
  mentees_progress_pct: 0.4,
  mentor_council: 1,
};
const GYMNASIUM_VALUES = {
  ...GYMNASIUM_INPUTS,
  share_mentors: 12 / 52,
  share_mentees: 15 / 52,
  share_under35_mentees: 7 / 10,
  share_young_mentees: 5 / 5,
  share_students_mentees: 900 / 1234,
  share_student_mentors: 60 / 400,
  satisfaction_mentors: 11 / 12,
  satisfaction_mentees: 14 / 15,
  share_kpk: 20 / 52,
  ...ownSchoolShares(GYMNASIUM_INPUTS),
};

const IVANOVSKAYA_INPUTS: Record<string, number | null> = {
  ped_total: null,
  ped_mentors: 6,
  ped_mentees: 5,
  ped_under35: 4,
  ped_under35_mentees: 2,
  young_total: 2,
  young_mentees: 1,
  mentors_of_young: 1,
  mentors_municipal_active: 0,
  mentors_regional_active: 0,
  kpk_trained: 3,
  interns: 0,
  network_mentors: 1,
  network_mentees: 0,
  implements_model: 1,
  doc_order: 1,
  doc_regulation: 1,
  doc_roadmap: 1,
  doc_curator: 1,
  doc_pairs_order: 1,
  doc_monitoring_order: 1,
  doc_internal_report: 1,
  programs_approved: 1,
  personal_programs: 2,
  pairs_count: 2,
  partner_agreements: 0,
  shmo_count: 0,
  site_tab: 1,
  site_monthly_update: 1,
  best_practices_published: 0,
  practices_platform: 0,
  students_10_19: 80,
  students_mentees: 50,
  students_mentees_risk: 3,
  students_mentees_ovz: 1,
  students_mentees_gifted: 5,
  students_15_19: 30,
  student_mentors: 6,
  enterprises: 1,
  enterprise_mentors: 1,
  enterprise_projects: 0,
  mentors_surveyed: 6,
  mentors_satisfied: null,
  mentees_surveyed: 5,
  mentees_satisfied: 5,
  events_count: 2,
  mentees_progress_pct: 0.35,
  mentor_council: 0,
};
const IVANOVSKAYA_VALUES = {
  ...IVANOVSKAYA_INPUTS,
  // '#REF!' in 1.1: every share over 1.1 is undefined for this school.
  share_mentors: null,
  share_mentees: null,
  share_under35_mentees: 2 / 4,
  share_young_mentees: 1 / 2,
  share_students_mentees: 50 / 80,
  share_student_mentors: 6 / 30,
  satisfaction_mentors: null,
  satisfaction_mentees: 5 / 5,
  share_kpk: null,
  ...ownSchoolShares(IVANOVSKAYA_INPUTS),
};

const SCHOOL_1_INPUTS: Record<string, number | null> = {
  // '12,5' in 1.3, 8 > 6 in 1.5, 1.8 twice, -3 in 1.13, «в процессе» in 2.5, 2.9 empty: all null.
  ped_total: 30,
  ped_mentors: 6,
  ped_mentees: null,
  ped_under35: 6,
  ped_under35_mentees: null,
  young_total: 3,
  young_mentees: 3,
  mentors_of_young: null,
  mentors_municipal_active: 1,
  mentors_regional_active: 0,
  kpk_trained: 15,
  interns: null,
  network_mentors: null,
  network_mentees: 1,
  implements_model: 1,
  doc_order: 1,
  doc_regulation: 1,
  doc_roadmap: 1,
  doc_curator: null,
  doc_pairs_order: 1,
  doc_monitoring_order: 1,
  doc_internal_report: 1,
  programs_approved: null,
  personal_programs: 3,
  pairs_count: 6,
  partner_agreements: 1,
  shmo_count: 1,
  site_tab: 1,
  site_monthly_update: 1,
  best_practices_published: 1,
  practices_platform: 1,
  students_10_19: 200,
  students_mentees: 150,
  students_mentees_risk: 5,
  students_mentees_ovz: 2,
  students_mentees_gifted: 10,
  students_15_19: 70,
  student_mentors: 10,
  enterprises: 0,
  enterprise_mentors: 0,
  enterprise_projects: 0,
  mentors_surveyed: 6,
  mentors_satisfied: 5,
  mentees_surveyed: 10,
  mentees_satisfied: 9,
  events_count: 0,
  mentees_progress_pct: 0.5,
  mentor_council: null,
};
const SCHOOL_1_VALUES = {
  ...SCHOOL_1_INPUTS,
  share_mentors: 6 / 30,
  share_mentees: null,
  share_under35_mentees: null,
  share_young_mentees: 3 / 3,
  share_students_mentees: 150 / 200,
  share_student_mentors: 10 / 70,
  satisfaction_mentors: 5 / 6,
  satisfaction_mentees: 9 / 10,
  share_kpk: 15 / 30,
  ...ownSchoolShares(SCHOOL_1_INPUTS),
};

const SCHOOL_10_INPUTS: Record<string, number | null> = {
  ped_total: 35,
  ped_mentors: 4,
  ped_mentees: 3,
  ped_under35: 9,
  ped_under35_mentees: 3,
  young_total: 4,
  young_mentees: 2,
  mentors_of_young: 2,
  mentors_municipal_active: 0,
  mentors_regional_active: 0,
  kpk_trained: 5,
  interns: 1,
  network_mentors: 0,
  network_mentees: 0,
  implements_model: 1,
  doc_order: 0,
  doc_regulation: 0,
  doc_roadmap: 0,
  doc_curator: 1,
  doc_pairs_order: 0,
  doc_monitoring_order: 1,
  doc_internal_report: 0,
  programs_approved: 1,
  personal_programs: 0,
  pairs_count: 0,
  partner_agreements: 0,
  shmo_count: 0,
  site_tab: 0,
  site_monthly_update: 0,
  best_practices_published: 0,
  practices_platform: 0,
  students_10_19: 150,
  students_mentees: 60,
  students_mentees_risk: 2,
  students_mentees_ovz: 0,
  students_mentees_gifted: 3,
  students_15_19: 50,
  student_mentors: 0,
  enterprises: 0,
  enterprise_mentors: 0,
  enterprise_projects: 0,
  mentors_surveyed: 4,
  mentors_satisfied: 2,
  mentees_surveyed: 3,
  mentees_satisfied: 3,
  events_count: 1,
  mentees_progress_pct: 0.45,
  mentor_council: 1,
};
const SCHOOL_10_VALUES = {
  ...SCHOOL_10_INPUTS,
  share_mentors: 4 / 35,
  share_mentees: 3 / 35,
  share_under35_mentees: 3 / 9,
  share_young_mentees: 2 / 4,
  share_students_mentees: 60 / 150,
  share_student_mentors: 0 / 50,
  satisfaction_mentors: 2 / 4,
  satisfaction_mentees: 3 / 3,
  share_kpk: 5 / 35,
  ...ownSchoolShares(SCHOOL_10_INPUTS),
};

function run(): { result: SummaryResult; fixture: ReturnType<typeof municipality> } {
  const fixture = municipality();
  const workbook = memoryWorkbook(fixture.sheets, {
    merges: fixture.merges,
    numberFormats: fixture.numberFormats,
    generated: fixture.generated,
  });
  return { result: summarise(workbook).result, fixture };
}

function figure(result: SummaryResult, id: string): IndicatorSummary {
  const found = result.indicators.find((indicator) => indicator.id === id);
  if (found === undefined) throw new Error(`no municipal figure ${id}`);
  return found;
}

/** The fields of a municipal figure a coordinator checks by hand. */
function figures(result: SummaryResult, id: string) {
  const f = figure(result, id);
  return {
    value: f.value,
    numerator: f.numerator,
    denominator: f.denominator,
    schoolsCounted: f.schoolsCounted,
    target: f.target,
    met: f.met,
    excluded: f.excluded,
    belowTarget: f.belowTarget,
  };
}

describe('a municipal workbook filled four different ways', () => {
  const { result, fixture } = run();
  const { gymnasium, ivanovskaya, school1, school10 } = fixture.tabs;

  it('finds the four schools, alphabetically, by the names in their labelled cells', () => {
    expect(result.organizations.map((o) => [o.name, o.sheet])).toEqual([
      [GYMNASIUM, 'Гимназия 2'],
      [SCHOOL_1, 'СОШ №1'],
      [SCHOOL_10, 'СОШ 10'],
      [IVANOVSKAYA, 'Ивановская ООШ'],
    ]);
    expect(result.period).toBe('2025');
  });

  it('skips the instructions, the lists, an empty sheet and the earlier «Сводная», each with a reason', () => {
    expect(result.skipped.map((s) => s.sheet)).toEqual(['Инструкция', 'Списки', 'Лист1', 'Сводная']);
    for (const skipped of result.skipped) expect(skipped.reason).toMatch(/[а-я]/);
    expect(result.skipped.find((s) => s.sheet === 'Сводная')?.reason).toBe('лист сформирован надстройкой');
    expect(result.skipped.find((s) => s.sheet === 'Лист1')?.reason).toBe('лист пуст');
  });

  it('reads every value of every school exactly as a person would', () => {
    const values = Object.fromEntries(result.organizations.map((o) => [o.name, o.values]));
    expect(values[GYMNASIUM]).toEqual(GYMNASIUM_VALUES);
    expect(values[IVANOVSKAYA]).toEqual(IVANOVSKAYA_VALUES);
    expect(values[SCHOOL_1]).toEqual(SCHOOL_1_VALUES);
    expect(values[SCHOOL_10]).toEqual(SCHOOL_10_VALUES);
  });

  it('keeps links typed into flag cells (or next to them) as evidence', () => {
    const gym = result.organizations.find((o) => o.name === GYMNASIUM);
    expect(gym?.evidence).toEqual({
      doc_regulation: 'https://gymn2.ru/docs/polozhenie.pdf',
      doc_pairs_order: 'https://gymn2.ru/docs/prikaz-pary.pdf',
      site_tab: 'https://gymn2.ru/nastavnichestvo',
    });
  });

  it('reports nothing but the extra column on the gymnasium tab, whose data is clean', () => {
    const issues = result.issues.filter((i) => i.sheet === 'Гимназия 2');
    expect(issues.map((i) => [i.code, i.severity, i.cell])).toEqual([
      ['header/extra-column', 'info', gymnasium.headerCell('other')],
    ]);
    expect(gymnasium.headerCell('other')).toBe('E3');
    expect(result.organizations.find((o) => o.name === GYMNASIUM)).toMatchObject({ errors: 0, warnings: 0 });
  });

  it('reports the two formula errors of Ивановская ООШ at their cells, never as zeros', () => {
    const issues = result.issues.filter((i) => i.sheet === 'Ивановская ООШ');
    expect(issues.map((i) => [i.code, i.severity, i.cell])).toEqual([
      ['cell/formula-error', 'error', ivanovskaya.cell('ped_total')],
      ['cell/formula-error', 'error', ivanovskaya.cell('mentors_satisfied')],
    ]);
    expect(ivanovskaya.cell('ped_total')).toBe('D9');
    expect(result.organizations.find((o) => o.name === IVANOVSKAYA)).toMatchObject({
      errors: 2,
      warnings: 0,
    });
  });

  it('reports every defect planted on «СОШ №1» with the right code at the right cell', () => {
    const issues = result.issues.filter((i) => i.sheet === 'СОШ №1');
    expect(issues.map((i) => [i.code, i.severity, i.cell])).toEqual([
      ['value/not-integer', 'error', school1.cell('ped_mentees')],
      ['logic/part-exceeds-total', 'error', school1.cell('ped_under35_mentees')],
      ['value/negative', 'error', school1.cell('network_mentors')],
      ['indicator/duplicate', 'error', school1.cell('mentors_of_young#2', 'code')],
      ['indicator/unknown', 'warning', school1.cell('unknown', 'code')],
      ['value/flag', 'error', school1.cell('doc_curator')],
      ['cell/required', 'error', school1.cell('programs_approved')],
    ]);
    expect(school1.cell('ped_mentees')).toBe('E8');
    expect(result.organizations.find((o) => o.name === SCHOOL_1)).toMatchObject({ errors: 6, warnings: 1 });
    const notInteger = issues[0];
    expect(notInteger.message).toContain('«12,5»');
    expect(notInteger).toMatchObject({ row: 8, column: 5 });
  });

  it('finds «СОШ 10» clean apart from the order missing while the model is said to be implemented', () => {
    const issues = result.issues.filter((i) => i.sheet === 'СОШ 10');
    expect(issues.map((i) => [i.code, i.severity, i.cell])).toEqual([
      ['header/extra-column', 'info', 'E5'],
      ['logic/implausible', 'warning', school10.cell('doc_order')],
    ]);
    expect(result.organizations.find((o) => o.name === SCHOOL_10)).toMatchObject({ errors: 0, warnings: 1 });
  });

  it('reports the two broken rows of «Показатели» and applies the rest of the sheet', () => {
    const issues = result.issues.filter((i) => i.sheet === 'Показатели');
    expect(issues.map((i) => [i.code, i.severity, i.cell])).toEqual([
      ['catalogue/invalid', 'error', `F${fixture.catalogue.brokenShareRow}`],
      ['catalogue/invalid', 'error', `E${fixture.catalogue.brokenTypeRow}`],
    ]);
    expect(result.indicators.map((i) => i.id)).not.toContain('share_winners');
    expect(result.indicators.map((i) => i.id)).not.toContain('kpk_hours');
  });

  it('sums counts over the schools whose value is valid', () => {
    // 1.1: '#REF!' at Ивановская ООШ → 52 + 30 + 35.
    expect(figures(result, 'ped_total')).toMatchObject({
      value: 52 + 30 + 35,
      schoolsCounted: 3,
      excluded: [IVANOVSKAYA],
    });
    // …but Ивановская ООШ still counts in 1.2: 12 + 6 + 6 + 4.
    expect(figures(result, 'ped_mentors')).toMatchObject({
      value: 12 + 6 + 6 + 4,
      schoolsCounted: 4,
      excluded: [],
    });
    expect(figures(result, 'ped_mentees')).toMatchObject({
      value: 15 + 5 + 3,
      schoolsCounted: 3,
      excluded: [SCHOOL_1],
    });
    expect(figures(result, 'mentors_of_young')).toMatchObject({
      value: 5 + 1 + 2,
      schoolsCounted: 3,
      excluded: [SCHOOL_1],
    });
    expect(figures(result, 'network_mentors')).toMatchObject({
      value: 4 + 1 + 0,
      schoolsCounted: 3,
      excluded: [SCHOOL_1],
    });
    expect(figures(result, 'programs_approved')).toMatchObject({
      value: 3 + 1 + 1,
      schoolsCounted: 3,
      excluded: [SCHOOL_1],
    });
    // 1.12 is optional: empty cells are neither zeros nor errors.
    expect(figures(result, 'interns')).toMatchObject({ value: 0 + 1, schoolsCounted: 2, excluded: [] });
    expect(figures(result, 'students_10_19')).toMatchObject({
      value: 1234 + 80 + 200 + 150,
      schoolsCounted: 4,
    });
    expect(figures(result, ADDED.events.id)).toMatchObject({
      value: 6 + 2 + 0 + 1,
      schoolsCounted: 4,
      target: null,
      met: null,
    });
    const counts = ['ped_total', 'ped_mentors', 'interns', 'students_10_19'].map((id) => figure(result, id));
    for (const count of counts)
      expect([count.numerator, count.denominator, count.target, count.met]).toEqual([null, null, null, null]);
  });

  it('weights every municipal share by its denominators, leaving out schools with errors in its inputs', () => {
    expect(figures(result, 'share_mentors')).toEqual({
      value: (12 + 6 + 4) / (52 + 30 + 35),
      numerator: 22,
      denominator: 117,
      schoolsCounted: 3,
      target: 0.25,
      met: false,
      excluded: [IVANOVSKAYA],
      belowTarget: [GYMNASIUM, SCHOOL_1, SCHOOL_10],
    });
    expect(figures(result, 'share_mentees')).toEqual({
      value: (15 + 3) / (52 + 35),
      numerator: 18,
      denominator: 87,
      schoolsCounted: 2,
      target: null,
      met: null,
      excluded: [SCHOOL_1, IVANOVSKAYA],
      belowTarget: [],
    });
    // 7/10 at the gymnasium is exactly the 70 % target: met, not below.
    expect(figures(result, 'share_under35_mentees')).toEqual({
      value: (7 + 2 + 3) / (10 + 4 + 9),
      numerator: 12,
      denominator: 23,
      schoolsCounted: 3,
      target: 0.7,
      met: false,
      excluded: [SCHOOL_1],
      belowTarget: [SCHOOL_10, IVANOVSKAYA],
    });
    expect(figures(result, 'share_young_mentees')).toEqual({
      value: (5 + 1 + 3 + 2) / (5 + 2 + 3 + 4),
      numerator: 11,
      denominator: 14,
      schoolsCounted: 4,
      target: 1,
      met: false,
      excluded: [],
      belowTarget: [SCHOOL_10, IVANOVSKAYA],
    });
    // 1160 / 1664 = 69.7 %: just below the 70 % of Р-145, although two schools are above it.
    expect(figures(result, 'share_students_mentees')).toEqual({
      value: (900 + 50 + 150 + 60) / (1234 + 80 + 200 + 150),
      numerator: 1160,
      denominator: 1664,
      schoolsCounted: 4,
      target: 0.7,
      met: false,
      excluded: [],
      belowTarget: [SCHOOL_10, IVANOVSKAYA],
    });
    expect(figures(result, 'share_student_mentors')).toMatchObject({
      value: (60 + 6 + 10 + 0) / (400 + 30 + 70 + 50),
      numerator: 76,
      denominator: 550,
      schoolsCounted: 4,
      met: null,
    });
    expect(figures(result, 'satisfaction_mentors')).toMatchObject({
      value: (11 + 5 + 2) / (12 + 6 + 4),
      numerator: 18,
      denominator: 22,
      schoolsCounted: 3,
      excluded: [IVANOVSKAYA],
    });
    expect(figures(result, 'satisfaction_mentees')).toMatchObject({
      value: (14 + 5 + 9 + 3) / (15 + 5 + 10 + 3),
      numerator: 31,
      denominator: 33,
      schoolsCounted: 4,
      excluded: [],
    });
    // The share added on «Показатели»: 1.11 / 1.1 with a 50 % target; 15/30 at СОШ № 1 is exactly on target.
    expect(figures(result, 'share_kpk')).toEqual({
      value: (20 + 15 + 5) / (52 + 30 + 35),
      numerator: 40,
      denominator: 117,
      schoolsCounted: 3,
      target: 0.5,
      met: false,
      excluded: [IVANOVSKAYA],
      belowTarget: [GYMNASIUM, SCHOOL_10],
    });
  });

  it('gives the share of schools for every flag, the added one included', () => {
    expect(figures(result, 'share_oo_implementing')).toEqual({
      value: 4 / 4,
      numerator: 4,
      denominator: 4,
      schoolsCounted: 4,
      target: 1,
      met: true,
      excluded: [],
      belowTarget: [],
    });
    expect(figures(result, 'share_oo_with_implements_model')).toMatchObject({ value: 1, schoolsCounted: 4 });
    expect(figures(result, 'share_oo_with_doc_order')).toEqual({
      value: 3 / 4,
      numerator: 3,
      denominator: 4,
      schoolsCounted: 4,
      target: 1,
      met: false,
      excluded: [],
      belowTarget: [SCHOOL_10],
    });
    // «в процессе» in 2.5 at СОШ № 1: left out, not counted as «нет».
    expect(figures(result, 'share_oo_with_doc_curator')).toEqual({
      value: 3 / 3,
      numerator: 3,
      denominator: 3,
      schoolsCounted: 3,
      target: 1,
      met: true,
      excluded: [SCHOOL_1],
      belowTarget: [],
    });
    expect(figures(result, 'share_oo_with_doc_monitoring_order')).toMatchObject({
      value: 3 / 4,
      belowTarget: [GYMNASIUM],
    });
    expect(figures(result, 'share_oo_with_doc_internal_report')).toMatchObject({
      value: 2 / 4,
      belowTarget: [GYMNASIUM, SCHOOL_10],
    });
    expect(figures(result, 'share_oo_with_site_monthly_update')).toMatchObject({
      value: 2 / 4,
      belowTarget: [GYMNASIUM, SCHOOL_10],
    });
    expect(figures(result, 'share_oo_with_best_practices_published')).toMatchObject({
      value: 2 / 4,
      belowTarget: [SCHOOL_10, IVANOVSKAYA],
    });
    // The added flag: an empty optional cell at СОШ № 1 is neither «нет» nor an error.
    expect(figures(result, 'share_oo_with_mentor_council')).toEqual({
      value: 2 / 3,
      numerator: 2,
      denominator: 3,
      schoolsCounted: 3,
      target: 1,
      met: false,
      excluded: [],
      belowTarget: [IVANOVSKAYA],
    });
  });

  it('averages the added percent over the schools (40 %, 35 %, 0.5 in a % cell, 35 typed as 45)', () => {
    const progress = figure(result, ADDED.progress.id);
    expect(progress.value).toBeCloseTo((0.4 + 0.35 + 0.5 + 0.45) / 4, 12);
    expect(progress).toMatchObject({ schoolsCounted: 4, target: 0.8, met: false, type: 'percent' });
    expect(progress.belowTarget).toEqual([GYMNASIUM, SCHOOL_1, SCHOOL_10, IVANOVSKAYA]);
  });

  it('holds the --json contract', () => {
    const flagIds = FLAGS;
    const countIds = [
      'ped_total',
      'ped_mentors',
      'ped_mentees',
      'ped_under35',
      'ped_under35_mentees',
      'young_total',
      'young_mentees',
      'mentors_of_young',
      'mentors_municipal_active',
      'mentors_regional_active',
      'kpk_trained',
      'interns',
      'network_mentors',
      'network_mentees',
      'programs_approved',
      'personal_programs',
      'pairs_count',
      'partner_agreements',
      'shmo_count',
      'practices_platform',
      'students_10_19',
      'students_mentees',
      'students_mentees_risk',
      'students_mentees_ovz',
      'students_mentees_gifted',
      'students_15_19',
      'student_mentors',
      'enterprises',
      'enterprise_mentors',
      'enterprise_projects',
      'mentors_surveyed',
      'mentors_satisfied',
      'mentees_surveyed',
      'mentees_satisfied',
      'events_count',
    ];
    const shareIds = [
      'share_mentors',
      'share_mentees',
      'share_under35_mentees',
      'share_young_mentees',
      'share_students_mentees',
      'share_student_mentors',
      'satisfaction_mentors',
      'satisfaction_mentees',
      'share_kpk',
    ];
    const schoolShareIds = ['share_oo_implementing', ...flagIds.map((id) => `share_oo_with_${id}`)];
    const ids = result.indicators.map((i) => i.id);
    for (const id of [...countIds, ...shareIds, ...schoolShareIds, ADDED.progress.id, ADDED.council.id]) {
      expect(ids, id).toContain(id);
    }
    expect(new Set(ids).size).toBe(ids.length);
    const everyId = [...countIds, ...shareIds, ...schoolShareIds, ...flagIds, ADDED.progress.id].sort();
    for (const org of result.organizations) {
      expect(Object.keys(org.values).sort(), org.name).toEqual(everyId);
      for (const value of Object.values(org.values))
        expect(value === null || Number.isFinite(value)).toBe(true);
    }
    for (const indicator of result.indicators) {
      expect(typeof indicator.title).toBe('string');
      expect(['count', 'flag', 'percent', 'share']).toContain(indicator.type);
      expect(Number.isInteger(indicator.schoolsCounted)).toBe(true);
      if (indicator.value !== null && indicator.type !== 'count')
        expect(indicator.value).toBeLessThanOrEqual(1);
      if (indicator.target === null || indicator.value === null)
        expect(indicator.met, indicator.id).toBeNull();
      else expect(indicator.met, indicator.id).toBe(indicator.value >= indicator.target);
    }
    // The whole result survives JSON: no Dates, no undefined, no NaN.
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });

  it('never ranks: schools stay alphabetical everywhere, whatever their figures', () => {
    const alphabetical = [GYMNASIUM, SCHOOL_1, SCHOOL_10, IVANOVSKAYA];
    expect(result.organizations.map((o) => o.name)).toEqual(alphabetical);
    for (const indicator of result.indicators) {
      const order = (names: readonly string[]) => alphabetical.filter((name) => names.includes(name));
      expect(indicator.belowTarget, indicator.id).toEqual(order(indicator.belowTarget));
      expect(indicator.excluded, indicator.id).toEqual(order(indicator.excluded));
    }
    const schoolsInDrafts = [...new Set(result.recommendations.map((r) => r.organization))];
    expect(schoolsInDrafts).toEqual(alphabetical.filter((name) => schoolsInDrafts.includes(name)));
    const json = JSON.stringify(result);
    expect(json).not.toMatch(/рейтинг|место в|ранг|лучш(ая|ий|ие) (ОО|школ)/i);
  });
});

describe('the base of mentors against the school tabs', () => {
  const header = ['Код', 'Показатель', 'Значение'];
  const tab = (school: string, mentors: unknown) => [
    ['Образовательная организация:', school],
    header,
    ['1.1', 'Общая численность педагогических работников', 30],
    ['1.2', 'Педагоги в роли наставника', mentors],
  ];
  const base = [
    ['База наставников'],
    [
      '№ п/п',
      'Ф.И.О наставника',
      'Место работы',
      'Основные компетенции наставника',
      'Важные для программы достижения наставника',
      'Ф.И.О наставляемого (наставляемых)',
      'Форма наставничества',
      'Место работы наставляемого',
    ],
    // One mentor with two mentees is one mentor; «СОШ №1» in any spelling is the same school.
    [
      1,
      'Иванова Анна Петровна',
      'МБОУ "СОШ №1"',
      'Методика преподавания',
      'Учитель года — 2023',
      'Петров Пётр Петрович',
      'педагог — педагог',
      'МБОУ «СОШ № 1»',
    ],
    [
      2,
      'Иванова Анна Петровна',
      'МБОУ «СОШ № 1»',
      'Методика преподавания',
      'Учитель года — 2023',
      'Сидоров Иван Иванович',
      'педагог — молодой педагог',
      'МБОУ «СОШ № 1»',
    ],
    [
      3,
      'Кузнецова Ольга Ивановна',
      'мбоу  «сош № 1»',
      'Классное руководство',
      'Почётная грамота',
      'Орлова Мария Сергеевна',
      'педагог — педагог',
      'МБОУ «СОШ № 1»',
    ],
    [
      4,
      'Смирнов Олег Игоревич',
      'МБОУ «СОШ № 5»',
      'Робототехника',
      'Победитель конкурса',
      'Орлов Иван Сергеевич',
      'ученик — ученик',
      'МБОУ «СОШ № 5»',
    ],
  ];
  const { result } = summarise(
    memoryWorkbook({
      'База наставников': base,
      'СОШ 1': tab(SCHOOL_1, 3),
      Гимназия: tab(GYMNASIUM, 0),
      // The same school's tab copied under another name must not be counted twice.
      'СОШ 1 (2)': tab('МБОУ "СОШ №1"', 3),
    }),
  );

  it('warns at 1.2 when the base has another number of distinct mentors for the school', () => {
    const mismatches = result.issues.filter((i) => i.code === 'cross/mentor-count-mismatch');
    expect(mismatches.map((i) => [i.sheet, i.cell, i.severity])).toEqual([['СОШ 1', 'C4', 'warning']]);
    expect(mismatches[0].message).toContain('«МБОУ „СОШ № 1“»: 2, а здесь указано 3');
  });

  it('warns once at the base row of a school that has no tab', () => {
    const atCell = result.issues.filter((i) => i.sheet === 'База наставников' && i.cell === 'C6');
    expect(atCell.map((i) => [i.code, i.severity])).toEqual([['org/unknown', 'warning']]);
  });

  it('counts the copied tab once and says so', () => {
    expect(result.organizations.map((o) => o.sheet)).toEqual(['Гимназия', 'СОШ 1']);
    expect(result.skipped).toEqual([
      { sheet: 'СОШ 1 (2)', reason: `второй лист ОО «МБОУ "СОШ №1"»: используется лист «СОШ 1»` },
    ]);
    expect(figure(result, 'ped_mentors')).toMatchObject({ value: 3 + 0, schoolsCounted: 2 });
  });
});

import { describe, expect, it } from 'vitest';
import { draftRecommendations } from '../../../src/core/recommendations/draft';
import { BUILTIN_TEMPLATES } from '../../../src/core/recommendations/templates';
import type { IndicatorSummary, SummaryResult } from '../../../src/core/summary';
import {
  GYMNASIUM,
  indicator,
  IVANOVSKAYA,
  organization,
  SCHOOL_1,
  smallMunicipality,
} from '../summary-sheet/small-municipality';

const pct = (text: string) => text.replace(/ %/g, '\u00a0%');

const SHARES = [
  'share_mentors', 'share_mentees', 'share_under35_mentees', 'share_young_mentees', 'share_students_mentees',
  'share_student_mentors', 'satisfaction_mentors', 'satisfaction_mentees', 'share_custom',
];

/** Every share has a target of 50 %; the school meets all of them, every flag is set, every count positive. */
function municipality(values: Record<string, number | null>, errors = 0): Omit<SummaryResult, 'recommendations'> {
  const indicators: IndicatorSummary[] = SHARES.map((id) =>
    indicator(id, id === 'share_custom' ? 'Доля педагогов, прошедших КПК' : `Доля ${id}`, 'share', { target: 0.5 }),
  );
  const met = Object.fromEntries(SHARES.map((id) => [id, 0.6]));
  return {
    period: '2025',
    organizations: [organization(SCHOOL_1, { ...met, ...values }, { errors })],
    indicators,
    skipped: [],
    notSubmitted: [],
    fill: [],
    issues: [],
  };
}

describe('draftRecommendations: every deficit gives a draft at its stage', () => {
  const cases: [string, Record<string, number | null>, number, number][] = [
    ['implements_model', { implements_model: 0 }, 0, 1],
    ['doc_order', { doc_order: 0 }, 0, 1],
    ['doc_regulation', { doc_regulation: 0 }, 0, 1],
    ['doc_curator', { doc_curator: 0 }, 0, 1],
    ['site_tab', { site_tab: 0 }, 0, 1],
    ['doc_roadmap', { doc_roadmap: 0 }, 0, 2],
    ['share_mentors', { share_mentors: 0.1 }, 0, 3],
    ['share_students_mentees', { share_students_mentees: 0.1 }, 0, 3],
    ['share_student_mentors', { share_student_mentors: 0.1 }, 0, 3],
    ['share_custom', { share_custom: 0.1 }, 0, 3],
    ['share_mentees', { share_mentees: 0.1 }, 0, 4],
    ['share_under35_mentees', { share_under35_mentees: 0.1 }, 0, 4],
    ['share_young_mentees', { share_young_mentees: 0.1 }, 0, 4],
    ['doc_pairs_order', { doc_pairs_order: 0 }, 0, 4],
    ['programs_approved', { programs_approved: 0 }, 0, 4],
    ['personal_programs', { personal_programs: 0 }, 0, 4],
    ['best_practices_published', { best_practices_published: 0 }, 0, 5],
    ['doc_monitoring_order', { doc_monitoring_order: 0 }, 0, 6],
    ['doc_internal_report', { doc_internal_report: 0 }, 0, 6],
    ['site_monthly_update', { site_monthly_update: 0 }, 0, 7],
    ['data_errors', {}, 3, 7],
    ['satisfaction_mentors', { satisfaction_mentors: 0.1 }, 0, 8],
    ['satisfaction_mentees', { satisfaction_mentees: 0.1 }, 0, 8],
  ];

  it.each(cases)('%s', (code, values, errors, stage) => {
    const drafts = draftRecommendations(municipality(values, errors));
    expect(drafts.map((d) => [d.code, d.stage])).toEqual([[code, stage]]);
    expect(drafts[0].organization).toBe(SCHOOL_1);
    expect(drafts[0].text.length).toBeGreaterThan(40);
    expect(drafts[0].term).not.toBe('');
  });

  it('covers every built-in template with a case', () => {
    const codes = new Set(cases.map(([code]) => code));
    for (const template of BUILTIN_TEMPLATES) {
      const alone = template.condition.kind === 'other-below-target' || template.condition.kind === 'not-submitted';
      if (!alone) expect(codes).toContain(template.code);
    }
  });

  it('asks a roster school that submitted nothing to submit its data (stage 7), alphabetically among the others', () => {
    const result = { ...municipality({ doc_order: 0 }), notSubmitted: ['МКОУ «Ивановская ООШ»', 'МБОУ «Гимназия № 2»'] };
    const drafts = draftRecommendations(result);
    expect(drafts.map((d) => [d.organization, d.code, d.stage])).toEqual([
      ['МБОУ «Гимназия № 2»', 'data_not_submitted', 7],
      [SCHOOL_1, 'doc_order', 1],
      ['МКОУ «Ивановская ООШ»', 'data_not_submitted', 7],
    ]);
    expect(drafts[0].deficit).toBe('Не представлены данные мониторинга ОО');
    expect(drafts[0].text).toContain('Представить заполненную форму мониторинга');
  });

  it('gives no draft for a school that meets everything', () => {
    expect(draftRecommendations(municipality({}))).toEqual([]);
  });

  it('takes a missing flag or an excluded share for a data problem, not a deficit', () => {
    expect(draftRecommendations(municipality({ doc_order: null, share_young_mentees: null }))).toEqual([]);
  });

  it('counts a share within rounding of its target as met', () => {
    expect(draftRecommendations(municipality({ share_mentors: 0.5 - 1e-12 }))).toEqual([]);
  });
});

describe('draftRecommendations on a small municipality', () => {
  const drafts = draftRecommendations(smallMunicipality());

  it('lists schools alphabetically (as given) and each school by stage', () => {
    expect(drafts.map((d) => [d.organization, d.code, d.stage])).toEqual([
      [SCHOOL_1, 'doc_order', 1],
      [SCHOOL_1, 'doc_roadmap', 2],
      [SCHOOL_1, 'share_young_mentees', 4],
      [SCHOOL_1, 'personal_programs', 4],
      [IVANOVSKAYA, 'data_errors', 7],
    ]);
    expect(drafts.some((d) => d.organization === GYMNASIUM)).toBe(false);
  });

  it('writes the figure as «значение / цель» and fills the placeholders', () => {
    const byCode = Object.fromEntries(drafts.map((d) => [d.code, d]));
    expect(byCode.doc_order.figure).toBe('0 / 1');
    expect(byCode.doc_order.deficit).toBe('Нет приказа о внедрении целевой модели наставничества');
    expect(byCode.doc_order.text).toContain('«О внедрении целевой модели наставничества в МБОУ «СОШ № 1»»');
    expect(byCode.doc_order.term).toBe('в течение месяца');
    expect(byCode.share_young_mentees.figure).toBe(pct('50,0 % / 100,0 %'));
    expect(byCode.share_young_mentees.deficit).toBe('Доля молодых педагогов в роли наставляемого ниже целевого значения');
    expect(byCode.share_young_mentees.text).toContain(pct('(50,0 % при цели 100,0 %)'));
    expect(byCode.personal_programs.figure).toBe('0 / не менее 1');
    expect(byCode.data_errors.figure).toBe('ошибок: 2');
    expect(byCode.data_errors.text).toContain('(ошибок: 2)');
    expect(byCode.data_errors.term).toBe('в течение недели');
  });

  it('uses templates passed in instead of the built-in ones', () => {
    const own = BUILTIN_TEMPLATES.map((t) =>
      t.code === 'doc_order' ? { ...t, stage: 2, text: 'Подготовить приказ для {ОО} к заседанию совета', term: 'до 1 декабря' } : t,
    );
    const first = draftRecommendations(smallMunicipality(), own)[0];
    expect(first).toMatchObject({ code: 'doc_order', stage: 2, text: 'Подготовить приказ для МБОУ «СОШ № 1» к заседанию совета', term: 'до 1 декабря' });
  });
});

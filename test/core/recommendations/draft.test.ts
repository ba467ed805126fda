import { describe, expect, it } from 'vitest';
import { draftRecommendations } from '../../../src/core/recommendations/draft';
import { BUILTIN_TEMPLATES } from '../../../src/core/recommendations/templates';
import { createIssue } from '../../../src/core/issues/issue';
import type {
  IndicatorSummary,
  OrganizationSummary,
  SummaryResult,
} from '../../../src/core/findings/analysis-result';
import {
  GYMNASIUM,
  indicator,
  IVANOVSKAYA,
  organization,
  SCHOOL_1,
  smallMunicipality,
} from '../summary-sheet/small-municipality';

const pct = (text: string) => text.replace(/ %/g, '\u00a0%');
const nb = (text: string) => text.replace(/ г\./g, '\u00a0г.').replace(/(\d) (?=[а-я]+ \d{4})/g, '$1\u00a0');
/** The day the drafts are made: terms are counted from it. */
const TODAY = { year: 2026, month: 12, day: 2 };

const SHARES = [
  'share_mentors',
  'share_mentees',
  'share_under35_mentees',
  'share_young_mentees',
  'share_students_mentees',
  'share_student_mentors',
  'satisfaction_mentors',
  'satisfaction_mentees',
  'share_custom',
];

/** Every share has a target of 50 %; the school meets all of them, every flag is set, every count positive. */
function municipality(
  values: Record<string, number | null>,
  errors = 0,
  extra: Partial<OrganizationSummary> = {},
): Omit<SummaryResult, 'recommendations'> {
  const indicators: IndicatorSummary[] = SHARES.map((id) =>
    indicator(id, id === 'share_custom' ? 'Доля педагогов, прошедших КПК' : `Доля ${id}`, 'share', {
      target: 0.5,
    }),
  );
  const met = Object.fromEntries(SHARES.map((id) => [id, 0.6]));
  return {
    period: '2025',
    organizations: [organization(SCHOOL_1, { ...met, ...values }, { errors, ...extra })],
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
    const drafts = draftRecommendations(municipality(values, errors), BUILTIN_TEMPLATES, TODAY);
    // Every deficit also asks for the plan to be corrected (stage 8); the surveys are taken into that same plan.
    const expected: [string, number][] =
      code === 'data_errors'
        ? [[code, stage]]
        : code.startsWith('satisfaction')
          ? [['plan_correction', 8]]
          : [
              [code, stage],
              ['plan_correction', 8],
            ];
    expect(drafts.map((d) => [d.code, d.stage])).toEqual(expected);
    expect(drafts[0].organization).toBe(SCHOOL_1);
    expect(drafts[0].text.length).toBeGreaterThan(40);
    expect(drafts[0].term).not.toBe('');
  });

  it('covers every built-in template with a case', () => {
    const codes = new Set(cases.map(([code]) => code));
    const ownTests = ['other-below-target', 'base-incomplete', 'any-deficit', 'not-submitted'];
    for (const template of BUILTIN_TEMPLATES) {
      if (!ownTests.includes(template.condition.kind)) expect(codes).toContain(template.code);
    }
  });

  it('asks a roster school that submitted nothing to submit its data (stage 7), alphabetically among the others', () => {
    const result = {
      ...municipality({ doc_order: 0 }),
      notSubmitted: ['МКОУ «Ивановская ООШ»', 'МБОУ «Гимназия № 2»'],
    };
    const drafts = draftRecommendations(result);
    expect(drafts.map((d) => [d.organization, d.code, d.stage])).toEqual([
      ['МБОУ «Гимназия № 2»', 'data_not_submitted', 7],
      [SCHOOL_1, 'doc_order', 1],
      [SCHOOL_1, 'plan_correction', 8],
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
  const drafts = draftRecommendations(smallMunicipality(), BUILTIN_TEMPLATES, TODAY);

  it('lists schools alphabetically (as given) and each school by stage', () => {
    expect(drafts.map((d) => [d.organization, d.code, d.stage])).toEqual([
      [SCHOOL_1, 'doc_order', 1],
      [SCHOOL_1, 'doc_roadmap', 2],
      [SCHOOL_1, 'share_young_mentees', 4],
      [SCHOOL_1, 'personal_programs', 4],
      [SCHOOL_1, 'plan_correction', 8],
      [IVANOVSKAYA, 'data_errors', 7],
    ]);
    expect(drafts.some((d) => d.organization === GYMNASIUM)).toBe(false);
  });

  it('writes the figure as «значение / цель» and fills the placeholders', () => {
    const byCode = Object.fromEntries(drafts.map((d) => [d.code, d]));
    expect(byCode.doc_order.figure).toBe('нет / да');
    expect(byCode.doc_order.deficit).toBe('Нет приказа о внедрении целевой модели наставничества');
    // RUSSIAN.md 1: no school name after «в»; the school is the row's «ОО».
    expect(byCode.doc_order.text).toMatch(/^Издать приказ ОО о внедрении целевой модели наставничества/);
    // 2 January is a holiday, the new year holidays and the weekend after them end on 10 January 2027.
    expect(byCode.doc_order.term).toBe(nb('до 11 января 2027 г.'));
    // Stage 4 ends no earlier than stage 1: «до 20 декабря» (21 December, 20th is a Sunday) moves up to it.
    expect(byCode.personal_programs.term).toBe(nb('до 11 января 2027 г.'));
    // One percent style with «Сводная»: a whole percent without decimals.
    expect(byCode.share_young_mentees.figure).toBe(pct('50 % / 100 %'));
    expect(byCode.share_young_mentees.deficit).toBe(
      'Доля молодых педагогов в роли наставляемого ниже целевого значения',
    );
    expect(byCode.share_young_mentees.text).toContain(pct('(50 % при целевом значении 100 %)'));
    expect(byCode.personal_programs.figure).toBe('0 / не менее 1');
    expect(byCode.data_errors.figure).toBe('ошибок: 2');
    expect(byCode.data_errors.text).toContain('Исправить 2 ошибки в данных мониторинга ОО');
    expect(byCode.data_errors.term).toBe(nb('до 9 декабря 2026 г.'));
    expect(byCode.plan_correction.term).toBe(nb('январь–февраль 2027 г.'));
  });

  it('uses templates passed in instead of the built-in ones', () => {
    const own = BUILTIN_TEMPLATES.map((t) =>
      t.code === 'doc_order'
        ? { ...t, stage: 2, text: 'Подготовить приказ для {ОО} к заседанию совета', term: 'до 1 декабря' }
        : t,
    );
    const first = draftRecommendations(smallMunicipality(), own, TODAY)[0];
    // 1 December has passed on 2 December: the term is next year's, never a day in the past.
    expect(first).toMatchObject({
      code: 'doc_order',
      stage: 2,
      text: 'Подготовить приказ для МБОУ «СОШ №\u00a01» к заседанию совета',
      term: nb('до 1 декабря 2027 г.'),
    });
  });
});

describe('draftRecommendations: one row per document', () => {
  it('asks once for the order when the school neither implements the model nor has the order', () => {
    const drafts = draftRecommendations(
      municipality({ implements_model: 0, doc_order: 0 }),
      BUILTIN_TEMPLATES,
      TODAY,
    );
    expect(drafts.map((d) => d.code)).toEqual(['doc_order', 'plan_correction']);
    expect(drafts[0].deficit).toBe(
      'Нет приказа о внедрении целевой модели наставничества; ОО не реализует целевую модель наставничества',
    );
    expect(drafts[0].figure).toBe('нет / да; нет / да');
    expect(drafts[0].text.match(/Издать приказ/g)).toHaveLength(1);
  });

  it('takes both surveys into the stage-8 correction of the plan', () => {
    const drafts = draftRecommendations(
      municipality({ satisfaction_mentors: 0.1, satisfaction_mentees: 0.2 }),
      BUILTIN_TEMPLATES,
      TODAY,
    );
    expect(drafts).toHaveLength(1);
    expect(drafts[0]).toMatchObject({ code: 'plan_correction', stage: 8 });
    expect(drafts[0].deficit).toBe(
      'Выявлены дефициты по итогам мониторинга; доля satisfaction_mentors ниже целевого значения; доля satisfaction_mentees ниже целевого значения',
    );
    expect(drafts[0].figure).toBe(pct('10 % / 50 %; 20 % / 50 %'));
  });
});

describe('draftRecommendations: the errors a school must correct, by cell', () => {
  const error = (sheet: string, row: number, column: number, value: string) =>
    createIssue(
      'value/not-integer',
      { sheet, row, column },
      { message: 'м', hint: 'Укажите целое число, например 12.' },
      { params: { value } },
    );

  it('lists each error with its sheet, cell, value and what to change', () => {
    const errors = [error('СОШ 1', 7, 5, '12,5'), error('База наставников', 4, 3, '')];
    const [draft] = draftRecommendations(
      municipality({}, 2, { dataErrors: errors }),
      BUILTIN_TEMPLATES,
      TODAY,
    );
    expect(draft.text.split('\n')).toEqual([
      'Исправить 2 ошибки в данных мониторинга ОО: до исправления сведения ОО не учитываются в расчёте показателей с неверными данными.',
      'Ошибки:',
      '— «СОШ 1»!E7, значение «12,5»: укажите целое число, например 12.',
      '— «База наставников»!C4: укажите целое число, например 12.',
    ]);
  });

  it('lists at most ten and says how many there are', () => {
    const errors = Array.from({ length: 21 }, (_, i) => error('СОШ 1', i + 2, 5, String(i)));
    const [draft] = draftRecommendations(
      municipality({}, 21, { dataErrors: errors }),
      BUILTIN_TEMPLATES,
      TODAY,
    );
    const lines = draft.text.split('\n');
    expect(lines[0]).toContain('Исправить 21 ошибку');
    expect(lines[1]).toBe('Ошибки (перечислены первые 10 из 21):');
    expect(lines).toHaveLength(12);
  });
});

describe('draftRecommendations: the base of mentors (stage 4)', () => {
  it('asks to complete the base when it holds fewer mentors than 1.2 declares', () => {
    const drafts = draftRecommendations(
      municipality({ ped_mentors: 10 }, 0, { base: { mentors: 3, withoutForm: 0 } }),
      BUILTIN_TEMPLATES,
      TODAY,
    );
    expect(drafts.map((d) => [d.code, d.stage])).toEqual([
      ['base_incomplete', 4],
      ['plan_correction', 8],
    ]);
    expect(drafts[0].figure).toBe('наставников в базе: 3 из 10');
    expect(drafts[0].text).toContain(
      'По показателю 1.2 «Педагоги в роли наставника» в ОО 10 наставников, в базе — 3 наставника.',
    );
  });

  it('asks for the form of every pair, and says «ни одного» for a school absent from the base', () => {
    const [draft] = draftRecommendations(
      municipality({ ped_mentors: 1 }, 0, { base: { mentors: 0, withoutForm: 2 } }),
      BUILTIN_TEMPLATES,
      TODAY,
    );
    expect(draft.text).toContain('в ОО 1 наставник, в базе — ни одного.');
    expect(draft.text).toContain('Строк без формы наставничества: 2.');
  });

  it('joins the order on pairs when both are missing: one row for the pairs and their base', () => {
    const drafts = draftRecommendations(
      municipality({ ped_mentors: 4, doc_pairs_order: 0 }, 0, { base: { mentors: 1, withoutForm: 0 } }),
      BUILTIN_TEMPLATES,
      TODAY,
    );
    expect(drafts.map((d) => d.code)).toEqual(['doc_pairs_order', 'plan_correction']);
    expect(drafts[0].text).toContain('в базе — 1 наставник.');
  });

  it('says nothing when the base holds every declared mentor, or there is no base', () => {
    expect(
      draftRecommendations(
        municipality({ ped_mentors: 3 }, 0, { base: { mentors: 3, withoutForm: 0 } }),
        BUILTIN_TEMPLATES,
        TODAY,
      ),
    ).toEqual([]);
    expect(draftRecommendations(municipality({ ped_mentors: 3 }), BUILTIN_TEMPLATES, TODAY)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import type { IndicatorSummary, SummaryResult } from '../../../src/core/findings/analysis-result';
import { draftRecommendations } from '../../../src/core/recommendations/draft';
import { BUILTIN_TEMPLATES, type RecommendationTemplate } from '../../../src/core/recommendations/templates';
import { indicator, organization, SCHOOL_1 } from '../summary-sheet/small-municipality';

/**
 * What a draft says about a figure (docs/domain.md#summary-and-recommendations): the title in force, the school's
 * value and the target in the style of «Сводная», and which figures a single school is compared on at all.
 */
const TODAY = { year: 2026, month: 12, day: 2 };
const NBSP = '\u00a0';

function result(
  values: Record<string, number | null>,
  indicators: IndicatorSummary[] = [],
  errors = 0,
): Omit<SummaryResult, 'recommendations'> {
  return {
    period: '2025',
    organizations: [organization(SCHOOL_1, values, { errors })],
    indicators,
    skipped: [],
    notSubmitted: [],
    fill: [],
    issues: [],
  };
}

const drafts = (source: Omit<SummaryResult, 'recommendations'>, templates = BUILTIN_TEMPLATES) =>
  draftRecommendations(source, templates, TODAY).map((draft) => [draft.code, draft.figure, draft.deficit]);

/** The built-in templates with the text of `code` replaced, as the «Шаблоны» sheet may do. */
function retyped(code: string, text: string): RecommendationTemplate[] {
  return BUILTIN_TEMPLATES.map((template) => (template.code === code ? { ...template, text } : template));
}

describe('drafts on figures a school is compared on', () => {
  it('compares percents and flags added on «Показатели» with their targets, each in its own style', () => {
    const added = [
      indicator('kpk_percent', 'Доля педагогов с КПК', 'percent', { target: 0.5 }),
      indicator('mentor_council', 'Совет наставников', 'flag', { target: 1 }),
    ];
    expect(drafts(result({ kpk_percent: 0.4, mentor_council: 0 }, added))).toEqual([
      ['kpk_percent', `40${NBSP}% / 50${NBSP}%`, 'Доля педагогов с КПК ниже целевого значения'],
      ['mentor_council', '0 / 1', 'Совет наставников ниже целевого значения'],
      ['plan_correction', '', 'Выявлены дефициты по итогам мониторинга'],
    ]);
  });

  it('never compares a school on a count or on a share of schools, which only the municipality has', () => {
    const municipal = [
      indicator('pairs_count', 'Количество пар', 'count', { target: 10 }),
      indicator('share_oo_implementing', 'Доля ОО, реализующих модель', 'share', { target: 1 }),
      indicator('share_oo_with_site_tab', 'Доля ОО с разделом на сайте', 'share', { target: 1 }),
    ];
    const values = { pairs_count: 3, share_oo_implementing: 0, share_oo_with_site_tab: 0 };
    expect(drafts(result(values, municipal))).toEqual([]);
  });

  it('asks nothing of a figure without a target or without the school’s value', () => {
    const figures = [
      indicator('kpk_percent', 'Доля педагогов с КПК', 'percent', { target: null }),
      indicator('mentor_council', 'Совет наставников', 'flag', { target: 1 }),
    ];
    expect(drafts(result({ kpk_percent: 0.1, mentor_council: null }, figures))).toEqual([]);
    expect(drafts(result({ kpk_percent: 0.1 }, figures))).toEqual([]);
  });

  it('meets a target exactly reached, and misses one by a hair', () => {
    const figures = [indicator('kpk_percent', 'Доля педагогов с КПК', 'percent', { target: 0.5 })];
    expect(drafts(result({ kpk_percent: 0.5 }, figures))).toEqual([]);
    expect(drafts(result({ kpk_percent: 0.499 }, figures)).map(([code]) => code)).toEqual([
      'kpk_percent',
      'plan_correction',
    ]);
  });
});

describe('a template typed on the sheet names its figure', () => {
  it('by the built-in title for a flag, which is no municipal figure', () => {
    const templates = retyped('doc_order', '{показатель}: {значение} при цели {цель}.');
    const [first] = draftRecommendations(result({ doc_order: 0 }), templates, TODAY);
    expect(first.text).toBe('Приказ о внедрении целевой модели наставничества: нет при цели да.');
  });

  it('by the title in force for a count the «Показатели» sheet renames', () => {
    const templates = retyped('personal_programs', '{показатель}: {значение} при цели {цель}.');
    const renamed = [indicator('personal_programs', 'Индивидуальные планы наставничества', 'count')];
    const [first] = draftRecommendations(result({ personal_programs: 0 }, renamed), templates, TODAY);
    expect(first.text).toBe('Индивидуальные планы наставничества: 0 при цели не менее 1.');
  });

  it('by its id when no catalogue knows it', () => {
    const own: RecommendationTemplate = {
      code: 'own_flag',
      condition: { kind: 'flag-absent', indicator: 'own_flag' },
      deficit: 'Нет: {показатель}',
      stage: 2,
      text: 'Завести {показатель}.',
      term: 'до 25 декабря',
    };
    const [first] = draftRecommendations(result({ own_flag: 0 }), [own], TODAY);
    expect(first).toMatchObject({ code: 'own_flag', deficit: 'Нет: own_flag', text: 'Завести own_flag.' });
  });
});

describe('a draft on errors without the list of their cells', () => {
  it('says how many errors there are and lists nothing', () => {
    const [first] = draftRecommendations(result({}, [], 3), BUILTIN_TEMPLATES, TODAY);
    expect(first.code).toBe('data_errors');
    expect(first.text.split('\n')).toHaveLength(1);
    expect(first.text).toContain('Исправить 3 ошибки');
  });
});

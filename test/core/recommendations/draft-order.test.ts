import { describe, expect, it } from 'vitest';
import type { SummaryResult } from '../../../src/core/findings/analysis-result';
import { draftRecommendations } from '../../../src/core/recommendations/draft';
import type { RecommendationTemplate } from '../../../src/core/recommendations/templates';
import { organization, SCHOOL_1 } from '../summary-sheet/small-municipality';

/**
 * The order and the terms of one school's drafts under the coordinator's own templates
 * (docs/domain.md#algorithm): rows go by stage whatever the order the templates are listed in, and a term
 * waits only for the stages before its own, not for a measure of the same stage.
 */
const TODAY = { year: 2026, month: 12, day: 2 };

function flagTemplate(code: string, stage: number, term: string): RecommendationTemplate {
  return {
    code,
    condition: { kind: 'flag-absent', indicator: code },
    deficit: `Нет ${code}`,
    stage,
    text: `Принять ${code}`,
    term,
  };
}

function source(values: Record<string, number>): Omit<SummaryResult, 'recommendations'> {
  return {
    period: '2025',
    organizations: [organization(SCHOOL_1, values)],
    indicators: [],
    skipped: [],
    notSubmitted: [],
    fill: [],
    issues: [],
  };
}

describe('drafts of one school under templates of its own', () => {
  it('go by stage even when the templates list a later stage first', () => {
    const templates = [
      flagTemplate('late', 4, 'в течение месяца'),
      flagTemplate('early', 1, 'в течение месяца'),
    ];
    const drafts = draftRecommendations(source({ late: 0, early: 0 }), templates, TODAY);
    expect(drafts.map((draft) => [draft.code, draft.stage])).toEqual([
      ['early', 1],
      ['late', 4],
    ]);
  });

  it('count a term of a stage from today, not from a longer term of the same stage listed before it', () => {
    const templates = [
      flagTemplate('long', 1, 'в течение двух месяцев'),
      flagTemplate('short', 1, 'в течение месяца'),
    ];
    const terms = Object.fromEntries(
      draftRecommendations(source({ long: 0, short: 0 }), templates, TODAY).map((draft) => [
        draft.code,
        draft.term,
      ]),
    );
    // A month from 2 December 2026 is 2 January 2027, a holiday (Art. 112): the first working day after it.
    expect(terms.short).toBe('до 11\u00a0января 2027\u00a0г.');
    expect(terms.long).toBe('до 2\u00a0февраля 2027\u00a0г.');
  });
});

/**
 * Two rules of the «Рекомендации» drafts that the documents already follow: correcting the data is asked for
 * within its own week, not after the monitoring stage before it (docs/decisions.md#documents-third-round), and a
 * clause in an indicator's title is closed by its comma before «ниже целевого значения» (RUSSIAN.md § 5).
 */
import { describe, expect, it } from 'vitest';
import { draftRecommendations } from '../../../src/core/recommendations/draft';
import { BUILTIN_TEMPLATES } from '../../../src/core/recommendations/templates';
import type { SummaryResult } from '../../../src/core/findings/analysis-result';
import { indicator, IVANOVSKAYA, smallMunicipality } from '../summary-sheet/small-municipality';

const nb = (text: string) => text.replace(/ г\./g, '\u00a0г.').replace(/(\d) (?=[а-я]+ \d{4})/g, '$1\u00a0');
const TODAY = { year: 2026, month: 12, day: 2 };

/** Ivanovskaya with two errors and no monitoring order: stage 6's term is «20–25 ноября» of next year. */
function withMonitoringGap(): SummaryResult {
  const result = smallMunicipality();
  return {
    ...result,
    organizations: result.organizations.map((org) =>
      org.name === IVANOVSKAYA
        ? { ...org, errors: 2, values: { ...org.values, doc_monitoring_order: 0 } }
        : org,
    ),
  };
}

describe('«Рекомендации»: the term of correcting the data', () => {
  it('is a week from today even when an earlier stage ends next November', () => {
    const rows = draftRecommendations(withMonitoringGap(), BUILTIN_TEMPLATES, TODAY).filter(
      (row) => row.organization === IVANOVSKAYA,
    );
    const byCode = Object.fromEntries(rows.map((row) => [row.code, row]));
    expect(byCode.doc_monitoring_order.term).toBe(nb('20–25 ноября 2027 г.'));
    expect(byCode.data_errors.term).toBe(nb('до 9 декабря 2026 г.'));
    // The stages after it still follow the monitoring stage.
    expect(byCode.plan_correction.term).toBe(nb('январь–февраль 2028 г.'));
  });
});

describe('«Рекомендации»: a clause in an indicator title', () => {
  it('is closed by its comma before «ниже целевого значения»', () => {
    const result = smallMunicipality();
    const title = 'Доля педагогов, прошедших КПК по наставничеству';
    const share = indicator('share_custom', title, 'share', {
      value: 0.2,
      target: 0.5,
      met: false,
      belowTarget: result.organizations.map((org) => org.name),
    });
    const rows = draftRecommendations(
      {
        ...result,
        indicators: [...result.indicators, share],
        organizations: result.organizations.map((org) => ({
          ...org,
          values: { ...org.values, share_custom: 0.2 },
        })),
      },
      BUILTIN_TEMPLATES,
      TODAY,
    );
    const deficits = rows
      .map((row) => row.deficit)
      .filter((deficit) => deficit.startsWith('Доля педагогов,'));
    expect(deficits.length).toBeGreaterThan(0);
    expect(deficits[0]).toBe('Доля педагогов, прошедших КПК по наставничеству, ниже целевого значения');
  });
});

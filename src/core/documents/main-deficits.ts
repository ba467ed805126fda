/**
 * The deficits the monitoring found, each with the number of schools that have it (docs/domain.md#documents
 * «main deficits»): counted from the fresh drafts, so the report states what the data shows, not what the
 * coordinator has written to each school since. A deficit is a finding about a school's mentoring
 * (RUSSIAN.md §6): errors in the data and data not submitted are the monitoring's own state — the report
 * gives them as data quality and coverage — and the correction of the plan «по итогам мониторинга» is
 * what follows any deficit, not one of them.
 */
import { byName } from '../indicators/aggregate';
import type { Recommendation } from '../findings/analysis-result';
import { DATA_ERRORS_CODE, NOT_SUBMITTED_CODE, PLAN_CORRECTION_CODE } from '../recommendations/templates';
import { schoolKey } from '../text/school-name';

export interface MainDeficit {
  readonly deficit: string;
  readonly stage: number;
  readonly schools: number;
  /** The term the drafts give most often: what a management decision on it is held to. */
  readonly term: string;
}

const ABOUT_THE_MONITORING: ReadonlySet<string> = new Set([DATA_ERRORS_CODE, NOT_SUBMITTED_CODE]);

/** One draft's findings: a merged row of the plan's correction gives the deficits it gathered, not its own. */
function findings(draft: Recommendation): { key: string; deficit: string }[] {
  if (ABOUT_THE_MONITORING.has(draft.code)) return [];
  if (draft.code !== PLAN_CORRECTION_CODE)
    return [{ key: `${draft.code}|${draft.deficit}`, deficit: draft.deficit }];
  // «Выявлены дефициты по итогам мониторинга; удовлетворённость … ниже целевого значения»: the first part is the
  // row's own deficit, the others were merged into it (docs/domain.md#summary-and-recommendations).
  return draft.deficit
    .split('; ')
    .slice(1)
    .map((part) => {
      const deficit = part.charAt(0).toUpperCase() + part.slice(1);
      return { key: `${draft.code}|${deficit}`, deficit };
    });
}

export function mainDeficits(drafts: readonly Recommendation[]): MainDeficit[] {
  const groups = new Map<string, { deficit: string; stage: number; schools: Set<string>; terms: string[] }>();
  for (const draft of drafts) {
    for (const { key, deficit } of findings(draft)) {
      const group = groups.get(key) ?? { deficit, stage: draft.stage, schools: new Set<string>(), terms: [] };
      group.schools.add(schoolKey(draft.organization));
      group.terms.push(draft.term);
      groups.set(key, group);
    }
  }
  // The most widespread first: what the municipality should act on (deficits, never schools, are ordered).
  return [...groups.values()]
    .map((group) => ({
      deficit: group.deficit,
      stage: group.stage,
      schools: group.schools.size,
      term: mostFrequent(group.terms),
    }))
    .sort((a, b) => b.schools - a.schools || a.stage - b.stage || byName(a.deficit, b.deficit));
}

/** The value met most often; of those met as often, the first. */
export function mostFrequent(values: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  let best = '';
  let bestCount = 0;
  for (const [value, count] of counts)
    if (count > bestCount) {
      best = value;
      bestCount = count;
    }
  return best;
}

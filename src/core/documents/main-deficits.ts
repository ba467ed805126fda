/**
 * The deficits the monitoring found, each with the number of schools that have it (docs/domain.md#documents
 * «main deficits»): counted from the fresh drafts, so the report states what the data shows, not what the
 * coordinator has written to each school since.
 */
import { byName } from '../indicators/aggregate';
import type { Recommendation } from '../findings/analysis-result';
import { schoolKey } from '../text/school-name';

export interface MainDeficit {
  readonly deficit: string;
  readonly stage: number;
  readonly schools: number;
}

export function mainDeficits(drafts: readonly Recommendation[]): MainDeficit[] {
  const groups = new Map<string, { deficit: string; stage: number; schools: Set<string> }>();
  for (const draft of drafts) {
    const key = `${draft.code}|${draft.deficit}`;
    const group = groups.get(key) ?? {
      deficit: draft.deficit,
      stage: draft.stage,
      schools: new Set<string>(),
    };
    group.schools.add(schoolKey(draft.organization));
    groups.set(key, group);
  }
  // The most widespread first: what the municipality should act on (deficits, never schools, are ordered).
  return [...groups.values()]
    .map((group) => ({ deficit: group.deficit, stage: group.stage, schools: group.schools.size }))
    .sort((a, b) => b.schools - a.schools || a.stage - b.stage || byName(a.deficit, b.deficit));
}

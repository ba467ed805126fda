/** The «Ед. изм.» of an input on a school tab: people unless the count is of documents, projects, …. */
import type { IndicatorDef } from '../catalogue/catalogue';
import { UNITS } from './messages';

/** Built-in counts that are not of people. */
const COUNTS_OF_ITEMS: ReadonlySet<string> = new Set([
  'programs_approved',
  'personal_programs',
  'pairs_count',
  'partner_agreements',
  'shmo_count',
  'practices_platform',
  'enterprises',
  'enterprise_projects',
]);

export function unitOf(def: IndicatorDef): string {
  if (def.type === 'flag') return UNITS.flag;
  if (def.type === 'percent' || def.type === 'share') return UNITS.percent;
  return countUnitOf(def.id);
}

/** The unit of a count: «чел.» or «ед.» («394 чел.» in the conclusions of «Сводная»). */
export function countUnitOf(id: string): string {
  return COUNTS_OF_ITEMS.has(id) ? UNITS.items : UNITS.people;
}

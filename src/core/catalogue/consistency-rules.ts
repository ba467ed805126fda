/**
 * Consistency rules between inputs of one school tab (docs/domain.md#indicators), kept as data so that the
 * checks and their documentation cannot drift apart.
 */

/** `part` must not exceed `total` (logic/part-exceeds-total, an error). */
export interface PartOfTotal {
  readonly part: string;
  readonly total: string;
}

/** `when` = `whenValue` while `then` = `thenValue` is suspicious (a warning, not an error). */
export interface Implausible {
  readonly when: string;
  readonly whenValue: number;
  readonly then: string;
  readonly thenValue: number;
}

export const PART_OF_TOTAL_RULES: readonly PartOfTotal[] = [
  { part: 'ped_mentors', total: 'ped_total' },
  { part: 'ped_mentees', total: 'ped_total' },
  { part: 'ped_under35', total: 'ped_total' },
  { part: 'young_total', total: 'ped_total' },
  { part: 'ped_under35_mentees', total: 'ped_under35' },
  { part: 'young_mentees', total: 'young_total' },
  { part: 'mentors_of_young', total: 'ped_mentors' },
  { part: 'students_mentees', total: 'students_10_19' },
  { part: 'students_15_19', total: 'students_10_19' },
  { part: 'students_mentees_risk', total: 'students_mentees' },
  { part: 'students_mentees_ovz', total: 'students_mentees' },
  { part: 'students_mentees_gifted', total: 'students_mentees' },
  { part: 'student_mentors', total: 'students_15_19' },
  { part: 'mentors_satisfied', total: 'mentors_surveyed' },
  { part: 'mentees_satisfied', total: 'mentees_surveyed' },
];

export const IMPLAUSIBLE_RULES: readonly Implausible[] = [
  // Pairs are fixed by an order, yet the order lists no pairs.
  { when: 'doc_pairs_order', whenValue: 1, then: 'pairs_count', thenValue: 0 },
  // The model is said to be implemented without the order that introduces it.
  { when: 'implements_model', whenValue: 1, then: 'doc_order', thenValue: 0 },
];

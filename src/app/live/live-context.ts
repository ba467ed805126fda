/**
 * What a live check cannot see on the edited sheet, saved by every full check and read only when an
 * edit needs it: the municipality's school names, against which «Место работы» is checked, and
 * «Список ОО» with the tabs bound to its schools, against which a tab's school cell is checked.
 */
import type { RosterSchool, TabName } from '../../core/roster';

/** «Список ОО» as the last full check read it. */
export interface LiveRoster {
  /** The roster's sheet, named in the school cell's note. */
  readonly sheet: string;
  readonly schools: readonly RosterSchool[];
  /** The school tabs the full check used, in workbook order, each with the school name it gave. */
  readonly tabs: readonly TabName[];
}

export interface LiveContext {
  readonly knownOrganisations?: readonly string[];
  /** Absent without a roster: a tab's school cell is then told only about Latin letters. */
  readonly roster?: LiveRoster;
}

/** «Список ОО»: the schools taking part (docs/domain.md#roster-and-parameters), read before the tabs and the base are checked against it. */
import { findRosterHeader, parseRosterSheet, rosterTemplate, type Roster } from '../../../core/roster';
import { SKIP_REASONS } from '../../../core/monitoring/messages';
import { headerScore } from '../header-score';
import type { SheetKind } from '../sheet-kind';

declare module '../sheet-kind' {
  interface KindOutputs {
    /** «Список ОО» when the workbook has one: then it is the list of schools taking part. */
    roster: Roster | null;
  }
}

export const ROSTER_KIND: SheetKind<'roster'> = {
  id: 'roster',
  recognise: (grid) => headerScore(grid, findRosterHeader(grid)),
  secondSkipped: SKIP_REASONS.secondRoster,
  phase: 1,
  none: null,
  analyse([grid], state) {
    const roster = parseRosterSheet(grid);
    state.addIssues(roster.issues);
    return roster;
  },
  checkAlone: (grid) => parseRosterSheet(grid).issues,
  marked: true,
  template: {
    caption: 'Создать лист «Список ОО»',
    functionName: 'menuCreateRosterSheet',
    files: { municipal: 3 },
    sheet: (options) => rosterTemplate(options.schools ?? []),
  },
};

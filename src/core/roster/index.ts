/**
 * «Список ОО» (docs/domain.md#roster-and-parameters): its header, the parser, the curators' e-mails and the
 * template.
 */
export { splitCuratorEmails, type CuratorEmails } from './curator-emails';
export { ROSTER_SHEET_NAME } from './messages';
export {
  findRosterHeader,
  isRosterSheet,
  ROSTER_COLUMNS,
  ROSTER_FIELDS,
  type RosterField,
} from './roster-header';
export { parseRosterSheet, type Roster, type RosterEntry } from './roster-sheet';
export { ROSTER_COLUMN_ORDER, rosterRow, rosterTemplate, type RosterRowValues } from './roster-template';
export {
  matchRoster,
  rosterNames,
  rosterOutcome,
  type RosterMatch,
  type RosterSchool,
  type TabName,
} from './roster-match';
export { schoolCellIssue, type SchoolCellOutcome } from './school-cell';
export { hasLookAlikes, matchedName, schoolNameMatcher, type SchoolNameMatch } from './school-name-match';
export { schoolOfName, type SchoolRef } from './school-of-name';
export { countedInputs, requiredFill, type RequiredFill } from './required-fill';

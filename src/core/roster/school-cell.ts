/**
 * What the school cell of a tab is told (docs/decisions.md#school-names-as-people-write-them): nothing when it
 * holds the reference school's own name; else, on the cell, Latin letters among Russian ones
 * (`org/mixed-script`), a name written otherwise than on the roster, one that fits several roster schools,
 * or one of no roster school (`org/not-in-roster`) — with the roster's name as the fix where the tab's data
 * are counted for a roster school. Without a roster only the Latin letters are told: the tabs are then the
 * reference themselves.
 */
import { a1 } from '../sheet/a1';
import { createIssue, type Issue } from '../issues/issue';
import type { SchoolTab } from '../monitoring/school-tab';
import { fixLookAlikes } from '../text/normalise';
import { schoolKey } from '../text/school-name';
import { ROSTER_FIX_LABEL, ROSTER_MESSAGES as M } from './messages';
import { hasLookAlikes } from './school-name-match';

/** Which school the tab's data are counted for, as its school cell is judged. */
export type SchoolCellOutcome =
  /** The reference school `name` (the roster's, else the name the tab's school is known by). */
  | { readonly kind: 'counted'; readonly name: string }
  /** No reference school: the typed name fits the `names` (two or more), or none when empty. */
  | { readonly kind: 'not-counted'; readonly names: readonly string[] };

/** The tab whose school cell is judged: where its name was read from, and the name. */
export type NamedTab = Pick<SchoolTab, 'sheet' | 'name' | 'nameCell' | 'header'>;

/** `rosterSheet`: the roster's tab, or null without a roster. */
export function schoolCellIssue(
  tab: NamedTab,
  outcome: SchoolCellOutcome,
  rosterSheet: string | null,
): Issue | null {
  const place = tab.nameCell ?? { row: tab.header.row, column: 1 };
  const cell = a1(place.row, place.column);
  const at = { sheet: tab.sheet, ...place };
  const counted = outcome.kind === 'counted' ? outcome.name : null;
  const fixWith = (value: string) =>
    tab.nameCell === undefined || value === tab.name
      ? {}
      : { fix: { value, label: ROSTER_FIX_LABEL(value) } };
  if (hasLookAlikes(tab.name) && (counted !== null || rosterSheet === null)) {
    const value = counted ?? fixLookAlikes(tab.name);
    const text = M.lookAlikes(cell, tab.name, value);
    return createIssue('org/mixed-script', at, text, {
      params: { value: tab.name, suggestion: value },
      ...fixWith(value),
    });
  }
  if (rosterSheet === null) return null;
  if (counted !== null && schoolKey(counted) === schoolKey(tab.name)) return null;
  const several = outcome.kind === 'not-counted' ? outcome.names : [];
  const text = M.notInRoster(cell, tab.name, { suggestion: counted, several }, rosterSheet);
  const params = { value: tab.name, suggestion: counted };
  return createIssue('org/not-in-roster', at, text, {
    params,
    ...(counted === null ? {} : fixWith(counted)),
  });
}

/**
 * Checks across the base and the school tabs (docs/domain.md#indicators): the number of distinct mentors a
 * school has in «База наставников» should equal its indicator 1.2, and every school named in the base should
 * have a tab. A workplace belongs to the school the one matcher of school names gives
 * (src/core/roster/school-of-name.ts); one that fits no school or several is a school without a tab.
 */
import { a1 } from '../sheet/a1';
import { createIssue, type Issue } from '../issues/issue';
import type { SchoolTab } from '../monitoring/school-tab';
import { shownValue } from '../monitoring/shown-value';
import { schoolOfName } from '../roster/school-of-name';
import { schoolKey } from '../text/school-name';
import { INDICATOR_MESSAGES as M } from './messages';

/** The id of «Педагоги в роли наставника» (1.2). */
export const MENTORS_ID = 'ped_mentors';

/** A character no tab name holds: what the keys of workplaces without a tab start with. */
const NO_TAB = '\u0000';

/** What the cross-sheet checks need from a row of the base. */
export interface BaseMentorRow {
  readonly row: number;
  /** The same person gives the same key (several rows per mentor are normal: one per mentee). */
  readonly mentorKey: string;
  /** «Место работы» as typed. */
  readonly organisation: string;
}

export interface BaseFacts {
  readonly sheet: string;
  /** 1-based column of «Место работы». */
  readonly organisationColumn: number;
  readonly rows: readonly BaseMentorRow[];
}

/**
 * `names`: the name each tab's school is known by (the roster's when the tab is matched to it), by tab;
 * a tab not in it goes by the name on it.
 */
export function crossCheck(
  base: BaseFacts,
  tabs: readonly SchoolTab[],
  names: ReadonlyMap<string, string> = new Map(),
): Issue[] {
  const nameOf = (tab: SchoolTab): string => names.get(tab.sheet) ?? tab.name;
  const schoolOf = schoolOfName(tabs.map((tab) => ({ sheet: tab.sheet, name: nameOf(tab) })));
  // By the tab of the school, or by NO_TAB and the name's key for a workplace that belongs to no tab.
  const mentorsBySchool = new Map<string, Set<string>>();
  const firstRowBySchool = new Map<string, BaseMentorRow>();
  for (const entry of base.rows) {
    if (schoolKey(entry.organisation) === '' || entry.mentorKey === '') continue;
    const key = schoolOf(entry.organisation)?.sheet ?? `${NO_TAB}${schoolKey(entry.organisation)}`;
    if (!mentorsBySchool.has(key)) mentorsBySchool.set(key, new Set());
    mentorsBySchool.get(key)?.add(entry.mentorKey);
    if (!firstRowBySchool.has(key)) firstRowBySchool.set(key, entry);
  }

  const issues: Issue[] = [];
  for (const tab of tabs) {
    const reading = tab.inputs[MENTORS_ID];
    if (reading === undefined || reading.invalid || reading.value === null) continue;
    const inBase = mentorsBySchool.get(tab.sheet)?.size ?? 0;
    if (inBase === reading.value) continue;
    const text = M.mentorCountMismatch(
      a1(reading.row, reading.column),
      shownValue(reading.value),
      nameOf(tab),
      {
        sheet: base.sheet,
        mentors: inBase,
      },
    );
    const params = { value: shownValue(reading.value), expected: inBase };
    issues.push(
      createIssue(
        'cross/mentor-count-mismatch',
        { sheet: tab.sheet, row: reading.row, column: reading.column },
        text,
        { params },
      ),
    );
  }

  for (const [key, entry] of firstRowBySchool) {
    if (!key.startsWith(NO_TAB)) continue;
    const column = base.organisationColumn;
    const text = M.schoolWithoutTab(
      a1(entry.row, column),
      entry.organisation,
      mentorsBySchool.get(key)?.size ?? 0,
    );
    const params = { value: entry.organisation };
    issues.push(
      createIssue('cross/school-without-tab', { sheet: base.sheet, row: entry.row, column }, text, {
        params,
      }),
    );
  }
  return issues;
}

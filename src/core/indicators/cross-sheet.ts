/**
 * Checks across the base and the school tabs (docs/domain.md#indicators): the number of distinct mentors a
 * school has in «База наставников» should equal its indicator 1.2, and every school named in the base should
 * have a tab. School names are compared by schoolKey (quotes, №, case, ё do not matter).
 */
import { a1 } from '../sheet/a1';
import { createIssue, type Issue } from '../issues/issue';
import type { SchoolTab } from '../monitoring/school-tab';
import { shownValue } from '../monitoring/shown-value';
import { schoolKey } from '../text/school-name';
import { INDICATOR_MESSAGES as M } from './messages';

/** The id of «Педагоги в роли наставника» (1.2). */
export const MENTORS_ID = 'ped_mentors';

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

export function crossCheck(base: BaseFacts, tabs: readonly SchoolTab[]): Issue[] {
  const mentorsBySchool = new Map<string, Set<string>>();
  const firstRowBySchool = new Map<string, BaseMentorRow>();
  for (const entry of base.rows) {
    const key = schoolKey(entry.organisation);
    if (key === '' || entry.mentorKey === '') continue;
    if (!mentorsBySchool.has(key)) mentorsBySchool.set(key, new Set());
    mentorsBySchool.get(key)?.add(entry.mentorKey);
    if (!firstRowBySchool.has(key)) firstRowBySchool.set(key, entry);
  }

  const issues: Issue[] = [];
  const schoolsWithTab = new Set<string>();
  for (const tab of tabs) {
    const keys = [schoolKey(tab.name), schoolKey(tab.sheet)];
    keys.forEach((key) => schoolsWithTab.add(key));
    const reading = tab.inputs[MENTORS_ID];
    if (reading === undefined || reading.invalid || reading.value === null) continue;
    const key = keys.find((k) => mentorsBySchool.has(k));
    const inBase = key === undefined ? 0 : (mentorsBySchool.get(key)?.size ?? 0);
    if (inBase === reading.value) continue;
    const text = M.mentorCountMismatch(a1(reading.row, reading.column), shownValue(reading.value), tab.name, {
      sheet: base.sheet,
      mentors: inBase,
    });
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
    if (schoolsWithTab.has(key)) continue;
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

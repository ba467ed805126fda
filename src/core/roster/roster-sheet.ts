/**
 * Reading «Список ОО» (docs/domain.md#roster-and-parameters): the schools taking part, with the tab, head,
 * curator and curators' e-mails of each. A row that cannot be used is reported and left out; the rest of the
 * roster stays in force.
 */
import { a1 } from '../sheet/a1';
import type { Grid } from '../sheet/grid';
import type { HeaderMatch } from '../header/find-header';
import { createIssue, type Issue } from '../issues/issue';
import { cellText } from '../text/normalise';
import { schoolKey } from '../text/school-name';
import { splitCuratorEmails } from './curator-emails';
import { ROSTER_MESSAGES as M } from './messages';
import { findRosterHeader, type RosterField } from './roster-header';

export interface RosterEntry {
  /** The school's full name as typed on the roster. */
  readonly name: string;
  /** «Лист»: the school's tab, when given. */
  readonly sheet?: string;
  /** «Руководитель»: the addressee of letters. */
  readonly head?: string;
  /** «Куратор». */
  readonly curator?: string;
  /** Valid addresses of «E-mail куратора», each once. */
  readonly curatorEmails: readonly string[];
  /** 1-based row on the roster sheet. */
  readonly row: number;
}

export interface Roster {
  /** The roster's tab name. */
  readonly sheet: string;
  readonly header: HeaderMatch<RosterField> | null;
  readonly entries: readonly RosterEntry[];
  readonly issues: readonly Issue[];
}

export function parseRosterSheet(grid: Grid): Roster {
  const header = findRosterHeader(grid);
  if (header === null) return { sheet: grid.name, header: null, entries: [], issues: [] };
  const col = header.columns;
  const schoolColumn = col.school as number;
  const text = (cells: readonly unknown[], field: RosterField): string => {
    const column = col[field];
    return column === undefined ? '' : cellText(cells[column - 1]);
  };
  const entries: RosterEntry[] = [];
  const issues: Issue[] = [];
  const firstRow = new Map<string, number>();
  for (let row = header.row + 1; row <= grid.values.length; row++) {
    const cells = grid.values[row - 1];
    const fields = {
      name: text(cells, 'school'),
      sheet: text(cells, 'sheet'),
      head: text(cells, 'head'),
      curator: text(cells, 'curator'),
    };
    const emailsText = text(cells, 'emails');
    if (Object.values(fields).every((value) => value === '') && emailsText === '') continue;
    const place = { sheet: grid.name, row, column: schoolColumn };
    if (fields.name === '') {
      issues.push(createIssue('roster/no-school', place, M.noSchool(a1(row, schoolColumn))));
      continue;
    }
    const key = schoolKey(fields.name);
    const first = firstRow.get(key);
    if (first !== undefined) {
      const text = M.duplicateSchool(a1(row, schoolColumn), fields.name, a1(first, schoolColumn));
      issues.push(
        createIssue('roster/duplicate', place, text, {
          params: { value: fields.name, first: a1(first, schoolColumn) },
        }),
      );
      continue;
    }
    firstRow.set(key, row);
    const { emails, invalid } = splitCuratorEmails(emailsText);
    if (invalid.length > 0) {
      const column = col.emails as number;
      const params = { value: emailsText, school: fields.name };
      issues.push(
        createIssue('roster/email', { sheet: grid.name, row, column }, M.badEmail(a1(row, column), invalid), {
          params,
        }),
      );
    }
    entries.push({
      name: fields.name,
      ...(fields.sheet === '' ? {} : { sheet: fields.sheet }),
      ...(fields.head === '' ? {} : { head: fields.head }),
      ...(fields.curator === '' ? {} : { curator: fields.curator }),
      curatorEmails: emails,
      row,
    });
  }
  return { sheet: grid.name, header, entries, issues };
}

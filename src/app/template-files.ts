/**
 * The files `cmn-sheets template` writes and the page in the browser offers, as sheets of a new book: the
 * blank municipal workbook with a tab for each school of a roster, or one school's own file (its tab and
 * «База наставников») to send out and collect back.
 */
import { rosterSchoolTab } from './roster-school-sheets';
import { SHEET_KINDS } from './sheet-kinds/registry';
import type { SchoolsTemplate } from './sheet-kinds/sheet-kind';
import { createTemplate } from './templates';
import type { Catalogue } from '../core/catalogue/catalogue';
import { ROSTER_SHEET_NAME, type RosterEntry } from '../core/roster';
import { BASE_SHEET_NAME, CATALOGUE_SHEET_NAME } from '../core/templates/messages';
import type { Workbook } from './workbook';

/** The tab each school gets, as «Создать листы ОО по списку» names it (its «Лист» when usable), written into its «Лист». */
export function withTabNames(lines: readonly RosterEntry[]): RosterEntry[] {
  const taken = [CATALOGUE_SHEET_NAME, BASE_SHEET_NAME, ROSTER_SHEET_NAME];
  return lines.map((line) => {
    const sheet = rosterSchoolTab(line, taken)?.tab ?? null;
    if (sheet === null) return line;
    taken.push(sheet);
    return { ...line, sheet };
  });
}

const squeezed = (text: string): string => text.replace(/\s+/g, ' ').trim();

export interface FileContents {
  readonly schools: readonly RosterEntry[];
  readonly catalogue: Catalogue;
  readonly period: string;
}

/** The add-on's school tab for each school under its «Лист»; how many were made. */
function addSchoolTabs(book: Workbook, template: SchoolsTemplate, contents: FileContents): number {
  let made = 0;
  for (const school of contents.schools) {
    if (school.sheet === undefined) continue;
    book.createSheet(school.sheet, {
      ...template.tab(squeezed(school.name), contents.catalogue, contents.period),
      name: school.sheet,
    });
    made++;
  }
  return made;
}

/** Every kind's template that goes into the file, in its place there; how many school tabs were made. */
export function addTemplates(book: Workbook, file: 'municipal' | 'school', contents: FileContents): number {
  const place = (kind: (typeof SHEET_KINDS)[number]) => kind.template?.files?.[file];
  const kinds = SHEET_KINDS.filter((kind) => place(kind) !== undefined).sort(
    (a, b) => (place(a) as number) - (place(b) as number),
  );
  let made = 0;
  for (const kind of kinds) {
    const template = kind.template;
    if (template !== undefined && 'tab' in template) made += addSchoolTabs(book, template, contents);
    else createTemplate(book, kind.id, contents);
  }
  return made;
}

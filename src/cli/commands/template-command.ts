/**
 * `cmn-sheets template -o шаблон.xlsx [--roster список] [--school ОО] [--force]`: the sheets the
 * add-on's template menu creates, as a file for municipalities and schools without Google — the
 * blank municipal workbook, or with --school one school's own file (its tab and «База
 * наставников») to send out and collect back with `collect`.
 */
import { rosterSchoolTab } from '../../app/roster-school-sheets';
import { schoolYearOn } from '../../app/school-year';
import { SHEET_KINDS } from '../../app/sheet-kinds/registry';
import type { SchoolsTemplate } from '../../app/sheet-kinds/sheet-kind';
import { createTemplate } from '../../app/templates';
import { BUILTIN_CATALOGUE, type Catalogue } from '../../core/catalogue/catalogue';
import { matchedName, ROSTER_SHEET_NAME, schoolNameMatcher, type RosterEntry } from '../../core/roster';
import { BASE_SHEET_NAME, CATALOGUE_SHEET_NAME } from '../../core/templates/messages';
import { quote } from '../../core/text/quote';
import type { TemplateArgs } from '../args/command-args';
import type { CommandContext } from '../command-context';
import { checkOutputPath, writeOrExplain } from '../files/output-file';
import { PROGRESS_TEXTS as P, TEMPLATE_TEXTS as T } from '../messages';
import { localDay } from '../../app/local-day';
import { readRosterFile } from '../files/roster-file';
import { saveWorkbookFile } from '../files/workbook-file';
import { newXlsxWorkbook, type XlsxWorkbook } from '../../xlsx/xlsx-workbook';

/** The school year a template made on `date` is for, counted on the computer's calendar day. */
export function schoolYearOf(date: Date): string {
  return schoolYearOn(localDay(date));
}

/** The tab each school gets, as «Создать листы ОО по списку» names it (its «Лист» when usable), written into its «Лист». */
function withTabNames(lines: readonly RosterEntry[]): RosterEntry[] {
  const taken = [CATALOGUE_SHEET_NAME, BASE_SHEET_NAME, ROSTER_SHEET_NAME];
  return lines.map((line) => {
    const sheet = rosterSchoolTab(line, taken)?.tab ?? null;
    if (sheet === null) return line;
    taken.push(sheet);
    return { ...line, sheet };
  });
}

const squeezed = (text: string): string => text.replace(/\s+/g, ' ').trim();

interface FileContents {
  readonly schools: readonly RosterEntry[];
  readonly catalogue: Catalogue;
  readonly period: string;
}

/** The add-on's school tab for each school under its «Лист»; how many were made. */
function addSchoolTabs(book: XlsxWorkbook, template: SchoolsTemplate, contents: FileContents): number {
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
function addTemplates(book: XlsxWorkbook, file: 'municipal' | 'school', contents: FileContents): number {
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

export async function runTemplate(
  options: TemplateArgs,
  { io, progress, clock }: CommandContext,
): Promise<number> {
  const now = clock.now();
  const { output } = options;
  await checkOutputPath(output, null, options.force);
  const roster = options.roster === null ? null : await readRosterFile(options.roster);
  const catalogue = roster?.catalogue ?? BUILTIN_CATALOGUE;
  const period = schoolYearOf(now);
  const book = newXlsxWorkbook();
  const lines: string[] = [];

  if (options.school !== null) {
    // The school as people write it («Озёрная ООШ» for «МКОУ «Озёрная ООШ»»), by the one matcher of names.
    const listed = roster?.lines ?? [];
    const match = schoolNameMatcher(listed.map((each) => each.name))(options.school);
    const found = matchedName(match);
    const line = found === null ? undefined : listed.find((each) => each.name === found);
    const name = line?.name ?? options.school;
    addTemplates(book, 'school', {
      schools: withTabNames([line ?? { name, curatorEmails: [], row: 0 }]),
      catalogue,
      period,
    });
    lines.push(T.school(output, quote(name)));
    if (match.kind === 'fits') lines.push(T.matchedOnRoster(quote(options.school), quote(name)));
    if (match.kind === 'several') lines.push(T.severalOnRoster(quote(name), match.names.map(quote)));
    else if (roster !== null && line === undefined) lines.push(T.notOnRoster(quote(name)));
  } else {
    const schools = withTabNames(roster?.lines ?? []);
    lines.push(T.municipal(output, addTemplates(book, 'municipal', { schools, catalogue, period })));
  }

  progress.step(P.writing);
  await writeOrExplain(output, () => saveWorkbookFile(output, book));
  progress.done();
  io.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}

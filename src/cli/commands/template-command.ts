/**
 * `cmn-sheets template -o шаблон.xlsx [--roster список] [--school ОО] [--force]`: the sheets the
 * add-on's template menu creates, as a file for municipalities and schools without Google — the
 * blank municipal workbook, or with --school one school's own file (its tab and «База
 * наставников») to send out and collect back with `collect`.
 */
import { createBaseSheet, createCatalogueSheet } from '../../app/templates';
import { BUILTIN_CATALOGUE, type Catalogue } from '../../core/catalogue/catalogue';
import { ROSTER_SHEET_NAME, rosterTemplate, type RosterEntry } from '../../core/roster';
import { schoolTemplate } from '../../core/templates/school-template';
import { BASE_SHEET_NAME, CATALOGUE_SHEET_NAME } from '../../core/templates/messages';
import { sheetNameFor } from '../../core/templates/sheet-name';
import { quote } from '../../core/text/quote';
import { schoolKey } from '../../core/text/school-name';
import type { TemplateArgs } from '../args/command-args';
import type { CommandContext } from '../command-context';
import { checkOutputPath, writeOrExplain } from '../files/output-file';
import { PROGRESS_TEXTS as P, TEMPLATE_TEXTS as T } from '../messages';
import { readRosterFile } from '../files/roster-file';
import { saveWorkbookFile } from '../files/workbook-file';
import { newXlsxWorkbook, type XlsxWorkbook } from '../../xlsx/xlsx-workbook';

/** The school year a template made on `date` is for: «2025/2026» from September on, else «2024/2025». */
export function schoolYearOf(date: Date): string {
  const year = date.getFullYear();
  return date.getMonth() + 1 >= 9 ? `${year}/${year + 1}` : `${year - 1}/${year}`;
}

/**
 * The tab each school gets: the roster's «Лист» when it is a valid, free tab name, else the name
 * «Создать листы ОО по списку» would give it — so «Лист» can be filled before the tabs exist.
 */
function withTabNames(lines: readonly RosterEntry[]): RosterEntry[] {
  const taken = [CATALOGUE_SHEET_NAME, BASE_SHEET_NAME, ROSTER_SHEET_NAME];
  return lines.map((line) => {
    const given = line.sheet === undefined ? null : sheetNameFor(line.sheet, taken);
    const sheet = given !== null && given === line.sheet ? given : sheetNameFor(squeezed(line.name), taken);
    if (sheet === null) return line;
    taken.push(sheet);
    return { ...line, sheet };
  });
}

const squeezed = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** The add-on's school tab for each school under its «Лист»; how many were made. */
function addSchoolTabs(
  book: XlsxWorkbook,
  schools: readonly RosterEntry[],
  catalogue: Catalogue,
  period: string,
): number {
  let made = 0;
  for (const school of schools) {
    if (school.sheet === undefined) continue;
    book.createSheet(school.sheet, {
      ...schoolTemplate(squeezed(school.name), catalogue, period),
      name: school.sheet,
    });
    made++;
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
    const wanted = schoolKey(options.school);
    const line = roster?.lines.find((each) => schoolKey(each.name) === wanted);
    const name = line?.name ?? options.school;
    addSchoolTabs(book, withTabNames([line ?? { name, curatorEmails: [], row: 0 }]), catalogue, period);
    createBaseSheet(book);
    lines.push(T.school(output, quote(name)));
    if (roster !== null && line === undefined) lines.push(T.notOnRoster(quote(name)));
  } else {
    const schools = withTabNames(roster?.lines ?? []);
    createCatalogueSheet(book, catalogue);
    createBaseSheet(book);
    book.createSheet(ROSTER_SHEET_NAME, rosterTemplate(schools));
    lines.push(T.municipal(output, addSchoolTabs(book, schools, catalogue, period)));
  }

  progress.step(P.writing);
  await writeOrExplain(output, () => saveWorkbookFile(output, book));
  progress.done();
  io.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}

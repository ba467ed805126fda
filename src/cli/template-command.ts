/**
 * `cmn-sheets template -o шаблон.xlsx [--roster список] [--school ОО] [--force]`: the sheets the
 * add-on's template menu creates, as a file for municipalities and schools without Google — the
 * blank municipal workbook, or with --school one school's own file (its tab and «База
 * наставников») to send out and collect back with `collect`.
 */
import { createBaseSheet, createCatalogueSheet, createSchoolSheets } from '../app/templates';
import { BUILTIN_CATALOGUE } from '../core/catalogue/catalogue';
import { ROSTER_SHEET_NAME, rosterTemplate, type RosterRowValues } from '../core/roster';
import { BASE_SHEET_NAME, CATALOGUE_SHEET_NAME } from '../core/templates/messages';
import { sheetNameFor } from '../core/templates/sheet-name';
import { quote } from '../core/text/quote';
import { schoolKey } from '../core/text/school-name';
import type { CliIo } from './out-stream';
import { checkOutputPath, writeOrExplain } from './output-file';
import { PROGRESS_TEXTS as P, TEMPLATE_TEXTS as T } from './messages';
import type { Progress } from './progress';
import { readRosterFile } from './roster-file';
import { newXlsxWorkbook } from './xlsx-workbook';

export interface TemplateOptions {
  readonly output: string;
  readonly roster: string | null;
  readonly school: string | null;
  readonly force: boolean;
}

/** The school year a template made on `date` is for: «2025/2026» from September on, else «2024/2025». */
export function schoolYearOf(date: Date): string {
  const year = date.getFullYear();
  return date.getMonth() + 1 >= 9 ? `${year}/${year + 1}` : `${year - 1}/${year}`;
}

/** The tab each school gets, named as «Создать листы ОО по списку» names it, so «Лист» can be filled first. */
function withTabNames(lines: readonly RosterRowValues[]): RosterRowValues[] {
  const taken = [CATALOGUE_SHEET_NAME, BASE_SHEET_NAME, ROSTER_SHEET_NAME];
  return lines.map((line) => {
    const sheet = sheetNameFor(line.name.replace(/\s+/g, ' ').trim(), taken);
    if (sheet === null) return line;
    taken.push(sheet);
    return { ...line, sheet };
  });
}

export async function runTemplate(
  options: TemplateOptions,
  io: CliIo,
  progress: Progress,
  now: Date,
): Promise<number> {
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
    createSchoolSheets(book, [name], period, catalogue);
    createBaseSheet(book);
    lines.push(T.school(output, quote(name)));
    if (roster !== null && line === undefined) lines.push(T.notOnRoster(quote(name)));
  } else {
    const schools = withTabNames(roster?.lines ?? []);
    createCatalogueSheet(book, catalogue);
    createBaseSheet(book);
    book.createSheet(ROSTER_SHEET_NAME, rosterTemplate(schools));
    const outcome = createSchoolSheets(
      book,
      schools.map((school) => school.name),
      period,
      catalogue,
    );
    lines.push(T.municipal(output, outcome.created.length));
    lines.push(...outcome.skipped.map((entry) => T.skipped(quote(entry.name), entry.reason)));
  }

  progress.step(P.writing);
  await writeOrExplain(output, () => book.saveCopy(output));
  progress.done();
  io.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}

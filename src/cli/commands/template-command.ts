/**
 * `cmn-sheets template -o шаблон.xlsx [--roster список] [--school ОО] [--force]`: the sheets the
 * add-on's template menu creates, as a file for municipalities and schools without Google — the
 * blank municipal workbook, or with --school one school's own file (its tab and «База
 * наставников») to send out and collect back with `collect`.
 */
import { schoolYearOn } from '../../app/school-year';
import { addTemplates, withTabNames } from '../../app/template-files';
import { BUILTIN_CATALOGUE } from '../../core/catalogue/catalogue';
import { matchedName, schoolNameMatcher } from '../../core/roster';
import { quote } from '../../core/text/quote';
import type { TemplateArgs } from '../args/command-args';
import type { CommandContext } from '../command-context';
import { checkOutputPath, writeOrExplain } from '../files/output-file';
import { PROGRESS_TEXTS as P, TEMPLATE_TEXTS as T } from '../messages';
import { localDay } from '../../app/local-day';
import { readRosterFile } from '../files/roster-file';
import { saveWorkbookFile } from '../files/workbook-file';
import { newXlsxWorkbook } from '../../xlsx/xlsx-workbook';

/** The school year a template made on `date` is for, counted on the computer's calendar day. */
export function schoolYearOf(date: Date): string {
  return schoolYearOn(localDay(date));
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

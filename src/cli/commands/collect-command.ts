/**
 * `cmn-sheets collect <папка или файлы…> -o книга.xlsx [--roster список] [--force] [--json]`: the schools'
 * own files made into one municipal workbook (docs/domain.md#command-line). A file that cannot be read is one
 * skipped entry with its reason, never the end of the run; the book is written whole or not at all, and then
 * checked like any workbook (exit 1 when the collected data has errors).
 */
import { analyse } from '../../app/analyse';
import { mergedBaseSheet } from '../../app/collect/base-sheet';
import { planCollection, type CollectInput } from '../../app/collect/collect-plan';
import { createTemplate } from '../../app/templates';
import { BUILTIN_CATALOGUE } from '../../core/catalogue/catalogue';
import { severityCounts } from '../../core/issues/issue-report';
import { ROSTER_SHEET_NAME, rosterTemplate } from '../../core/roster';
import { BASE_SHEET_NAME } from '../../core/templates/messages';
import { isCliError } from '../cli-error';
import { collectInputs } from '../files/collect-inputs';
import { collectReportLines } from '../terminal/collect-report';
import { countsLine } from '../terminal/issue-report';
import { collectJson, toJsonText } from '../json-output';
import { CLI_MESSAGES as M, REPORT_TEXTS as T, PROGRESS_TEXTS as P } from '../messages';
import type { CollectArgs } from '../args/command-args';
import type { CommandContext } from '../command-context';
import { checkOutputPath, writeOrExplain } from '../files/output-file';
import { readRosterFile } from '../files/roster-file';
import { terminalLines } from '../terminal/terminal-line';
import { openWorkbookFile, saveWorkbookFile } from '../files/workbook-file';
import { newXlsxWorkbook, type XlsxWorkbook } from '../../xlsx/xlsx-workbook';

/** Messages about one file name it where the report lists it; the reason alone follows. */
const SHOWN = '\u0000';

/** The message without the file's name, starting in lower case as the other reasons do. */
function reasonOf(error: unknown): string {
  const message = isCliError(error) ? error.message : M.corrupt(SHOWN);
  const reason = message.replace(`: ${SHOWN}`, '').replace(` ${SHOWN}`, '');
  return reason.charAt(0).toLowerCase() + reason.slice(1);
}

async function openAll(
  files: readonly string[],
): Promise<{ inputs: CollectInput[]; opened: Map<string, XlsxWorkbook> }> {
  const inputs: CollectInput[] = [];
  const opened = new Map<string, XlsxWorkbook>();
  for (const file of files) {
    try {
      const workbook = await openWorkbookFile(file, SHOWN);
      opened.set(file, workbook);
      inputs.push({ file, workbook });
    } catch (error) {
      inputs.push({ file, reason: reasonOf(error) });
    }
  }
  return { inputs, opened };
}

export async function runCollect(options: CollectArgs, { io, progress }: CommandContext): Promise<number> {
  const { output } = options;
  await checkOutputPath(output, null, options.force);
  const roster = options.roster === null ? null : await readRosterFile(options.roster);
  const files = await collectInputs(options.inputs, output, options.roster);

  progress.step(P.collecting);
  const { inputs, opened } = await openAll(files);
  const catalogue = roster?.catalogue ?? BUILTIN_CATALOGUE;
  const plan = planCollection(inputs, catalogue, roster?.lines ?? null);

  progress.step(P.assembling);
  const book = newXlsxWorkbook();
  createTemplate(book, 'catalogue', { catalogue });
  book.createSheet(BASE_SHEET_NAME, mergedBaseSheet(plan.base));
  if (plan.roster !== null) book.createSheet(ROSTER_SHEET_NAME, rosterTemplate(plan.roster));
  for (const tab of plan.tabs) book.copySheetFrom(opened.get(tab.file) as XlsxWorkbook, tab.sheet, tab.name);
  const { result } = analyse(book);
  const counts = severityCounts(result.issues);

  progress.step(P.writing);
  await writeOrExplain(output, () => saveWorkbookFile(output, book));
  progress.done();

  if (options.json) {
    io.stdout.write(toJsonText(collectJson(plan, result.notSubmitted)));
  } else {
    const lines = [
      ...collectReportLines(files, plan, {
        output,
        notSubmitted: result.notSubmitted,
        rosterIssues: roster?.issues ?? [],
      }),
      '',
      `${T.checkSummary} ${countsLine(counts)}`,
    ];
    if (counts.error + counts.warning + counts.info > 0) lines.push(T.seeCheck(output));
    io.stdout.write(`${terminalLines(lines).join('\n')}\n`);
  }
  return counts.error > 0 ? 1 : 0;
}

/**
 * `cmn-sheets collect <папка или файлы…> -o книга.xlsx [--roster список] [--force] [--json]`: the schools'
 * own files made into one municipal workbook (docs/domain.md#command-line). A file that cannot be read is one
 * skipped entry with its reason, never the end of the run; the book is written whole or not at all, and then
 * checked like any workbook (exit 1 when the collected data has errors).
 */
import { analyse } from '../../app/analyse';
import { mergedBaseSheet } from '../../app/collect/base-sheet';
import {
  planReadings,
  readCollectFile,
  type CollectionPlan,
  type CollectReading,
} from '../../app/collect/collect-plan';
import { createTemplate } from '../../app/templates';
import { BUILTIN_CATALOGUE, type Catalogue } from '../../core/catalogue/catalogue';
import { severityCounts } from '../../core/issues/issue-report';
import { ROSTER_SHEET_NAME, rosterTemplate } from '../../core/roster';
import { BASE_SHEET_NAME } from '../../core/templates/messages';
import { CliError, isCliError } from '../cli-error';
import { collectInputs, type CollectInputFile } from '../files/collect-inputs';
import { byFileLines, collectReportLines } from '../terminal/collect-report';
import { countsLine } from '../terminal/issue-report';
import { collectJson, toJsonText } from '../json-output';
import {
  CLI_MESSAGES as M,
  OUTPUT_SAFETY_TEXTS as S,
  REPORT_TEXTS as T,
  PROGRESS_TEXTS as P,
} from '../messages';
import type { CollectArgs } from '../args/command-args';
import type { CommandContext } from '../command-context';
import { checkOutputPath, inputAt, writeOrExplain } from '../files/output-file';
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

/** Where each taken-to-be tab waits until the plan says where it goes: `holding` sheet names by file and tab. */
interface Held {
  readonly holding: XlsxWorkbook;
  readonly names: Map<string, string>;
}

const heldKey = (file: string, sheet: string) => `${file}\u0000${sheet}`;

/**
 * Each file opened in turn, what the collection needs taken from it (its tabs read, each school tab
 * copied aside into `holding`), and let go before the next is opened: memory holds the largest file and
 * the tabs taken, never every file at once.
 */
async function readAll(
  files: readonly CollectInputFile[],
  catalogue: Catalogue,
): Promise<{ readings: CollectReading[]; held: Held }> {
  const readings: CollectReading[] = [];
  const held: Held = { holding: newXlsxWorkbook(), names: new Map() };
  for (const { file, reason } of files) {
    if (reason !== undefined) {
      readings.push({ file, reason });
      continue;
    }
    let workbook: XlsxWorkbook;
    try {
      workbook = await openWorkbookFile(file, SHOWN);
    } catch (error) {
      readings.push({ file, reason: reasonOf(error) });
      continue;
    }
    const reading = readCollectFile(file, workbook, catalogue);
    for (const { tab } of reading.candidates) {
      // The holding book's own names: unique, and far within the 31 characters of a sheet name.
      const name = `~${held.names.size + 1}`;
      held.holding.copySheetFrom(workbook, tab.sheet, name);
      held.names.set(heldKey(file, tab.sheet), name);
    }
    readings.push(reading);
  }
  return { readings, held };
}

/** Stops a collection that took no school: a book of nothing would look like a municipality with no data. */
function requireTaken(
  files: readonly string[],
  plan: CollectionPlan,
  { io, progress }: CommandContext,
): void {
  if (plan.tabs.length > 0) return;
  progress.done();
  io.stderr.write(`${terminalLines(byFileLines(files, plan)).join('\n')}\n`);
  throw new CliError(S.nothingTaken(files.length));
}

export async function runCollect(options: CollectArgs, context: CommandContext): Promise<number> {
  const { io, progress } = context;
  const { output } = options;
  const found = await collectInputs(options.inputs, options.roster);
  const files = found.map((each) => each.file);
  // Never written over, --force or not: the run would destroy what it reads (a school's file, the roster).
  const input = await inputAt(output, [...(options.roster === null ? [] : [options.roster]), ...files]);
  if (input !== null) throw new CliError(S.collectOutputIsInput(output, input));
  await checkOutputPath(output, null, options.force);
  const roster = options.roster === null ? null : await readRosterFile(options.roster);

  progress.step(P.collecting);
  const catalogue = roster?.catalogue ?? BUILTIN_CATALOGUE;
  const { readings, held } = await readAll(found, catalogue);
  const plan = planReadings(readings, roster?.lines ?? null);
  requireTaken(files, plan, context);

  progress.step(P.assembling);
  const book = newXlsxWorkbook();
  createTemplate(book, 'catalogue', { catalogue });
  book.createSheet(BASE_SHEET_NAME, mergedBaseSheet(plan.base));
  if (plan.roster !== null) book.createSheet(ROSTER_SHEET_NAME, rosterTemplate(plan.roster));
  for (const tab of plan.tabs)
    book.copySheetFrom(held.holding, held.names.get(heldKey(tab.file, tab.sheet)) as string, tab.name);
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

/**
 * `cmn-sheets collect <папка или файлы…> -o книга.xlsx [--roster список] [--force] [--json]`: the schools'
 * own files made into one municipal workbook (docs/domain.md#command-line). A file that cannot be read is one
 * skipped entry with its reason, never the end of the run; the book is written whole or not at all, and then
 * checked like any workbook (exit 1 when the collected data has errors).
 */
import { analyse } from '../../app/analyse';
import { mergedBaseSheet } from '../../app/collect/base-sheet';
import {
  isMunicipalBook,
  planReadings,
  readCollectFile,
  type CarriedSettings,
  type CollectionPlan,
  type CollectReading,
  type SavedAt,
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
import { OUTPUT_SAFETY_TEXTS as S, REPORT_TEXTS as T, PROGRESS_TEXTS as P } from '../messages';
import type { CollectArgs } from '../args/command-args';
import type { CommandContext } from '../command-context';
import { checkOutputPath, inputAt, writeOrExplain } from '../files/output-file';
import { readRosterFile } from '../files/roster-file';
import { terminalLines } from '../terminal/terminal-line';
import { openWorkbookFile, saveWorkbookFile } from '../files/workbook-file';
import { XLSX_OPEN_TEXTS } from '../../xlsx/messages';
import { newXlsxWorkbook, type XlsxWorkbook } from '../../xlsx/xlsx-workbook';
import { stat } from 'node:fs/promises';

/** Messages about one file name it where the report lists it; the reason alone follows. */
const SHOWN = '\u0000';

/** The message without the file's name, starting in lower case as the other reasons do. */
function reasonOf(error: unknown): string {
  const message = isCliError(error) ? error.message : XLSX_OPEN_TEXTS.corrupt(SHOWN);
  const reason = message.replace(`: ${SHOWN}`, '').replace(` ${SHOWN}`, '');
  return reason.charAt(0).toLowerCase() + reason.slice(1);
}

/**
 * Where each taken-to-be tab waits until the plan says where it goes: `holding` sheet names by file and tab;
 * so do the settings sheets of the first input that is the municipality's book.
 */
interface Held {
  readonly holding: XlsxWorkbook;
  readonly names: Map<string, string>;
  municipal: string | null;
}

/** When a file was saved: its book's own «modified» property, else the file's modification time. */
async function savedAt(file: string, workbook: XlsxWorkbook): Promise<SavedAt | null> {
  if (workbook.savedAt !== null) return { at: workbook.savedAt, from: 'book' };
  try {
    return { at: (await stat(file)).mtime, from: 'file' };
  } catch {
    return null;
  }
}

/** Copies `sheet` of `workbook` into the holding book under a name of its own. */
function hold(held: Held, file: string, source: { workbook: XlsxWorkbook; sheet: string }): void {
  // The holding book's own names: unique, and far within the 31 characters of a sheet name.
  const name = `~${held.names.size + 1}`;
  held.holding.copySheetFrom(source.workbook, source.sheet, name);
  held.names.set(heldKey(file, source.sheet), name);
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
  settingsGiven: boolean,
): Promise<{ readings: CollectReading[]; held: Held }> {
  const readings: CollectReading[] = [];
  const held: Held = { holding: newXlsxWorkbook(), names: new Map(), municipal: null };
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
    const reading = readCollectFile(file, workbook, catalogue, await savedAt(file, workbook));
    for (const { tab } of reading.candidates) hold(held, file, { workbook, sheet: tab.sheet });
    // The plan takes the settings of the first municipal book (collect-plan.ts, settingsSource).
    if (!settingsGiven && held.municipal === null && isMunicipalBook(reading)) {
      held.municipal = file;
      for (const { sheet } of reading.settings) hold(held, file, { workbook, sheet });
    }
    readings.push(reading);
  }
  return { readings, held };
}

/**
 * The `--roster` workbook opened to be copied from, with its settings sheets; null for a text list or a book
 * without any (a plain list of schools).
 */
async function municipalBook(
  path: string,
  catalogue: Catalogue,
): Promise<{ workbook: XlsxWorkbook; settings: CarriedSettings } | null> {
  if (/\.(txt|tsv)$/i.test(path)) return null;
  const workbook = await openWorkbookFile(path);
  const { settings } = readCollectFile(path, workbook, catalogue);
  return settings.length === 0 ? null : { workbook, settings: { file: path, sheets: settings } };
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
  const municipal = options.roster === null ? null : await municipalBook(options.roster, catalogue);
  const { readings, held } = await readAll(found, catalogue, municipal !== null);
  const plan = planReadings(readings, roster?.lines ?? null, municipal?.settings ?? null);
  requireTaken(files, plan, context);

  progress.step(P.assembling);
  const book = newXlsxWorkbook();
  const carried = (kind: string) => plan.settings?.sheets.find((each) => each.kind === kind) ?? null;
  const carry = (kind: string, as?: string) => {
    const sheet = carried(kind)?.sheet as string;
    if (municipal !== null) book.copySheetFrom(municipal.workbook, sheet, as ?? sheet);
    else
      book.copySheetFrom(
        held.holding,
        held.names.get(heldKey(plan.settings?.file as string, sheet)) as string,
        as ?? sheet,
      );
  };
  if (carried('parameters') !== null) carry('parameters');
  if (carried('catalogue') !== null) carry('catalogue');
  else createTemplate(book, 'catalogue', { catalogue });
  if (carried('templates') !== null) carry('templates');
  book.createSheet(BASE_SHEET_NAME, mergedBaseSheet(plan.base));
  // The municipality's list with «Лист» set to each school's tab in this book.
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

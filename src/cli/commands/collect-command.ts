/**
 * `cmn-sheets collect <папка или файлы…> -o книга.xlsx [--roster список] [--force] [--json]`: the schools'
 * own files made into one municipal workbook (docs/domain.md#command-line). A file that cannot be read is one
 * skipped entry with its reason, never the end of the run; the book is written whole or not at all, and then
 * checked like any workbook (exit 1 when the collected data has errors).
 */
import { collectBook, type CollectFiles } from '../../app/collect/collect-book';
import {
  readCollectFile,
  type CarriedSettings,
  type CollectionPlan,
  type SavedAt,
} from '../../app/collect/collect-plan';
import { BUILTIN_CATALOGUE, type Catalogue } from '../../core/catalogue/catalogue';
import { severityCounts } from '../../core/issues/issue-report';
import { CliError, isCliError } from '../cli-error';
import { collectInputs } from '../files/collect-inputs';
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

/** When a file was saved: its book's own «modified» property, else the file's modification time. */
async function savedAt(file: string, workbook: XlsxWorkbook): Promise<SavedAt | null> {
  if (workbook.savedAt !== null) return { at: workbook.savedAt, from: 'book' };
  try {
    return { at: (await stat(file)).mtime, from: 'file' };
  } catch {
    return null;
  }
}

/** Files on disk, opened by the .xlsx room; a file that cannot be read named apart from its reason. */
const FILES: CollectFiles<XlsxWorkbook> = {
  open: (file) => openWorkbookFile(file, SHOWN),
  reasonOf,
  savedAt,
  newBook: newXlsxWorkbook,
};

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
  const collected = await collectBook(found, catalogue, {
    io: FILES,
    roster: { lines: roster?.lines ?? null, municipal },
  });
  const { plan } = collected;
  requireTaken(files, plan, context);
  progress.step(P.assembling);
  const book = collected.book as XlsxWorkbook;
  const result = collected.result as NonNullable<typeof collected.result>;
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

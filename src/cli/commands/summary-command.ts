/**
 * `cmn-sheets summary <книга.xlsx> [-o копия.xlsx] [--previous прошлый.xlsx|.csv|.parquet] [--json]`:
 * the municipal figures (with last period's beside them); with -o, a copy of the workbook with
 * «Сводная» and «Рекомендации» written in. The copy is complete before
 * anything is printed, so a failed write never leaves output that looks like success.
 */
import { localDay } from '../../app/local-day';
import { basename } from 'node:path';
import type { SummaryArgs } from '../args/command-args';
import type { CommandContext } from '../command-context';
import { CliError } from '../cli-error';
import { summarise } from '../../app/summarise';
import { severityCounts } from '../../core/issues/issue-report';
import { countsLine } from '../terminal/issue-report';
import { summaryJson, toJsonText } from '../json-output';
import { CLI_MESSAGES as M, REPORT_TEXTS as T, PROGRESS_TEXTS as P } from '../messages';
import { municipalityOfFile } from './municipal-books';
import { checkOutputPath } from '../files/output-file';
import { readPreviousRows } from './previous-file';
import { requireRecognisedSheets } from './recognition';
import { summaryReportLines } from '../terminal/summary-report';
import { terminalLines } from '../terminal/terminal-line';
import { writeSummaryCopy } from './summary-copy';
import { openWorkbookFile, readWorkbookFile } from '../files/workbook-file';

export async function runSummary(
  { file, output, force, json, previous }: SummaryArgs,
  { io, progress, clock }: CommandContext,
): Promise<number> {
  const now = clock.now();
  if (output !== null) await checkOutputPath(output, previous === null ? file : [file, previous], force);
  if (previous !== null) progress.step(P.readingPrevious);
  const previousRows = previous === null ? undefined : await readPreviousRows(previous);
  progress.step(P.reading);
  // Only a run that saves a copy pays for exceljs's full model (see xlsx-book-model).
  const copy = output === null ? null : await openWorkbookFile(file);
  const workbook = copy ?? (await readWorkbookFile(file));
  progress.step(P.summarising);
  const municipality = municipalityOfFile(file);
  const summarised = summarise(workbook, { previousRows, municipality, today: localDay(now) });
  requireRecognisedSheets(summarised.analysis, file);
  if (previous !== null && summarised.previous?.found === false)
    throw new CliError(M.previousNoMunicipality(previous, municipality, summarised.previous.municipalities));
  const capped =
    copy === null || output === null
      ? []
      : await writeSummaryCopy(copy, summarised.result, output, { now, progress });
  const result =
    capped.length === 0
      ? summarised.result
      : { ...summarised.result, issues: [...summarised.result.issues, ...capped] };
  progress.done();
  const counts = severityCounts(result.issues);
  if (json) {
    io.stdout.write(toJsonText(summaryJson(result)));
  } else {
    const lines = [
      T.workbook(basename(file)),
      ...summaryReportLines(result),
      '',
      `${T.checkSummary} ${countsLine(counts)}`,
    ];
    if (counts.error + counts.warning + counts.info > 0) lines.push(T.seeCheck(file));
    lines.push(...capped.map((issue) => issue.message));
    if (output !== null) lines.push('', T.written(output));
    io.stdout.write(`${terminalLines(lines).join('\n')}\n`);
  }
  return counts.error > 0 ? 1 : 0;
}

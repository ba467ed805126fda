/**
 * `cmn-sheets summary <книга.xlsx> [-o копия.xlsx] [--json]`: the municipal figures; with -o, a copy
 * of the workbook with «Сводная» and «Рекомендации» written in. The copy is complete before
 * anything is printed, so a failed write never leaves output that looks like success.
 */
import { basename } from 'node:path';
import { summarise } from '../app/summarise';
import { severityCounts } from '../core/report';
import { countsLine } from './issue-report';
import { summaryJson, toJsonText } from './json-output';
import { REPORT_TEXTS as T, PROGRESS_TEXTS as P } from './messages';
import type { CliIo } from './out-stream';
import { checkOutputPath } from './output-file';
import type { Progress } from './progress';
import { requireRecognisedSheets } from './recognition';
import { summaryReportLines } from './summary-report';
import { terminalLines } from './terminal-line';
import { writeSummaryCopy } from './summary-copy';
import { openXlsxWorkbook, readXlsxWorkbook } from './xlsx-workbook';

export async function runSummary(
  file: string,
  output: string | null,
  force: boolean,
  json: boolean,
  io: CliIo,
  progress: Progress,
  now: Date,
): Promise<number> {
  if (output !== null) await checkOutputPath(output, file, force);
  progress.step(P.reading);
  // Only a run that saves a copy pays for exceljs's full model (see xlsx-book-model).
  const copy = output === null ? null : await openXlsxWorkbook(file);
  const workbook = copy ?? (await readXlsxWorkbook(file));
  progress.step(P.summarising);
  const summarised = summarise(workbook);
  requireRecognisedSheets(summarised.analysis, file);
  const capped =
    copy === null || output === null
      ? []
      : await writeSummaryCopy(copy, summarised.result, output, now, progress);
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

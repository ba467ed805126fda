/** `cmn-sheets check <книга.xlsx> [--json] [--verbose]`: every issue of the workbook; exit 1 when there are errors. */
import { analyse } from '../../app/analyse';
import { severityCounts } from '../../core/issues/issue-report';
import { checkReportLines } from '../terminal/check-report';
import { checkJson, toJsonText } from '../json-output';
import { PROGRESS_TEXTS as P } from '../messages';
import type { CheckArgs } from '../args/command-args';
import type { CommandContext } from '../command-context';
import { requireRecognisedSheets } from './recognition';
import { terminalLines } from '../terminal/terminal-line';
import { readWorkbookFile } from '../files/workbook-file';
import { basename } from 'node:path';

export async function runCheck(
  { file, json, verbose }: CheckArgs,
  { io, progress }: CommandContext,
): Promise<number> {
  progress.step(P.reading);
  const workbook = await readWorkbookFile(file);
  progress.step(P.checking);
  const analysis = analyse(workbook);
  requireRecognisedSheets(analysis, file);
  const { issues } = analysis.result;
  const counts = severityCounts(issues);
  progress.done();
  if (json) io.stdout.write(toJsonText(checkJson(issues, counts)));
  else io.stdout.write(terminalLines(checkReportLines(basename(file), analysis, verbose)).join('\n'));
  return counts.error > 0 ? 1 : 0;
}

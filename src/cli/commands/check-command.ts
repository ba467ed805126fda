/** `cmn-sheets check <книга.xlsx> [--json]`: every issue of the workbook; exit 1 when there are errors. */
import { analyse } from '../../app/analyse';
import { severityCounts } from '../../core/issues/issue-report';
import { countsLine, issueReportLines } from '../terminal/issue-report';
import { checkJson, toJsonText } from '../json-output';
import { REPORT_TEXTS as T, PROGRESS_TEXTS as P } from '../messages';
import type { CheckArgs } from '../args/command-args';
import type { CommandContext } from '../command-context';
import { requireRecognisedSheets } from './recognition';
import { terminalLines } from '../terminal/terminal-line';
import { readWorkbookFile } from '../files/workbook-file';
import { basename } from 'node:path';

export async function runCheck({ file, json }: CheckArgs, { io, progress }: CommandContext): Promise<number> {
  progress.step(P.reading);
  const workbook = await readWorkbookFile(file);
  progress.step(P.checking);
  const analysis = analyse(workbook);
  requireRecognisedSheets(analysis, file);
  const { issues, notSubmitted } = analysis.result;
  const counts = severityCounts(issues);
  progress.done();
  if (json) io.stdout.write(toJsonText(checkJson(issues, counts)));
  else
    io.stdout.write(
      terminalLines([
        `${T.workbook(basename(file))}: ${countsLine(counts)}`,
        ...issueReportLines(issues),
        ...(notSubmitted.length > 0
          ? ['', T.notSubmitted(notSubmitted.length), ...notSubmitted.map(T.notSubmittedSchool)]
          : []),
        '',
      ]).join('\n'),
    );
  return counts.error > 0 ? 1 : 0;
}

/**
 * `cmn-sheets report <книга.xlsx> [--dir ПАПКА] [--previous прошлый.xlsx|.csv|.parquet] [--force] [--json]`
 * (docs/domain.md#command-line): the analytical report, its version for publication and a letter of адресные
 * рекомендации per school, as .docx, from the workbook with «Рекомендации» as the coordinator edited it; with
 * last period's figures, both reports show the dynamics (docs/domain.md#documents). Exit 1 when the data has
 * errors (the documents are written all the same: the letters tell schools what to fix). With several
 * workbooks: the regional report (regional-report.ts).
 */
import type { ReportArgs } from '../args/command-args';
import type { CommandContext } from '../command-context';
import { CliError } from '../cli-error';
import { makeDocuments } from '../../app/documents';
import { summarise } from '../../app/summarise';
import { severityCounts } from '../../core/issues/issue-report';
import { writeDocuments } from '../files/documents-write';
import { formatGeneratedAt } from '../../app/generated-at';
import { reportJson, toJsonText } from '../json-output';
import { CLI_MESSAGES as M, REPORT_TEXTS as T, PROGRESS_TEXTS as P } from '../messages';
import { municipalityOfFile } from './municipal-books';
import { readPreviousRows } from './previous-file';
import { runRegionalReport } from './regional-report';
import { requireRecognisedSheets } from './recognition';
import { lettersFolder } from '../files/report-files';
import { terminalLines } from '../terminal/terminal-line';
import { readWorkbookFile } from '../files/workbook-file';

export async function runReport(
  { file, books, dir, force, json, previous }: ReportArgs,
  context: CommandContext,
): Promise<number> {
  if (books !== undefined) return runRegionalReport({ books, dir, force, json }, context);
  const { io, progress, clock } = context;
  const now = clock.now();
  if (previous !== null) progress.step(P.readingPrevious);
  const previousRows = previous === null ? undefined : await readPreviousRows(previous);
  progress.step(P.reading);
  const workbook = await readWorkbookFile(file);
  progress.step(P.summarising);
  const municipality = municipalityOfFile(file);
  const summarised = summarise(workbook, { previousRows, municipality });
  requireRecognisedSheets(summarised.analysis, file);
  // Refused before any document is written: a report compared with nothing would look compared.
  if (previous !== null && summarised.previous?.found === false)
    throw new CliError(M.previousNoMunicipality(previous, municipality, summarised.previous.municipalities));
  progress.step(P.documents);
  const { documents, missingParameters: missing } = makeDocuments(workbook, summarised, {
    generatedAt: formatGeneratedAt(now).slice(0, 10),
  });
  const files = await writeDocuments(dir, documents, force);
  progress.done();
  const counts = severityCounts(summarised.result.issues);
  if (json) {
    io.stdout.write(toJsonText(reportJson(files)));
  } else {
    const lines = [
      T.documents(dir),
      ...files.filter((entry) => entry.kind !== 'letter').map((entry) => T.reportFile(entry.path)),
      T.letters(lettersFolder(dir), documents.letters.length),
      ...(missing.length > 0 ? ['', T.parametersMissing(missing)] : []),
    ];
    if (counts.error > 0) lines.push('', T.seeCheck(file));
    io.stdout.write(`${terminalLines(lines).join('\n')}\n`);
  }
  return counts.error > 0 ? 1 : 0;
}

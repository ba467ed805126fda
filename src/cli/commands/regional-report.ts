/**
 * `cmn-sheets report <книга.xlsx> <книга.xlsx> …`: the regional analytical report and its public version
 * (docs/domain.md#documents; the roll-up of docs/domain.md#long-format) from the municipal workbooks, read as
 * `rollup` reads them. No letters: schools get theirs from their municipality's own report. Exit 1 when a
 * book's data has errors, as `rollup` does.
 */
import { regionalReport } from '../../app/region/regional-report';
import { writeDocuments } from '../files/documents-write';
import { formatGeneratedAt } from '../../app/generated-at';
import { reportJson, toJsonText } from '../json-output';
import { PROGRESS_TEXTS as P, REPORT_TEXTS as T } from '../messages';
import { readMunicipalBooks } from './municipal-books';
import type { CommandContext } from '../command-context';
import { terminalLines } from '../terminal/terminal-line';

export interface RegionalReportOptions {
  readonly books: readonly string[];
  readonly dir: string;
  readonly force: boolean;
  readonly json: boolean;
}

export async function runRegionalReport(
  { books: files, dir, force, json }: RegionalReportOptions,
  { io, progress, clock }: CommandContext,
): Promise<number> {
  const now = clock.now();
  const books = await readMunicipalBooks(files, progress);
  progress.step(P.documents);
  const report = regionalReport(books, formatGeneratedAt(now).slice(0, 10));
  const written = await writeDocuments(dir, report.documents, force);
  progress.done();
  if (json) {
    io.stdout.write(toJsonText(reportJson(written)));
  } else {
    const lines = [
      T.documents(dir),
      ...written.map((entry) => T.reportFile(entry.path)),
      '',
      T.regionalLetters,
    ];
    const withErrors = report.booksWithErrors;
    if (withErrors.length > 0) lines.push('', ...withErrors.map((book) => T.seeCheck(book.source)));
    io.stdout.write(`${terminalLines(lines).join('\n')}\n`);
  }
  return report.hasErrors ? 1 : 0;
}

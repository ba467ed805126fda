/**
 * `cmn-sheets report <книга.xlsx> <книга.xlsx> …`: the regional analytical report and its public
 * version (SPEC 8, SPEC 10 roll-up) from the municipal workbooks, read as `rollup` reads them. No
 * letters: schools get theirs from their municipality's own report. Exit 1 when a book's data has
 * errors, as `rollup` does.
 */
import { buildRegionalDocuments } from '../../core/documents/documents';
import { regionalDocumentInput } from '../../core/documents/regional-input';
import { writeDocuments } from '../files/documents-write';
import { formatGeneratedAt } from '../generated-at';
import { toJsonText } from '../json-output';
import type { ReportDocument } from '../json-schemas';
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
  const input = regionalDocumentInput(
    books.map(({ file, municipality, summarised }) => ({
      municipality,
      source: file,
      result: summarised.result,
      parameters: summarised.analysis.parameters,
    })),
    books[0].summarised.analysis.catalogue,
    formatGeneratedAt(now).slice(0, 10),
  );
  const written = await writeDocuments(dir, buildRegionalDocuments(input), force);
  progress.done();
  if (json) {
    const document: ReportDocument = {
      files: written.map(({ path, kind, school }) => ({ path, kind, school })),
    };
    io.stdout.write(toJsonText(document));
  } else {
    const lines = [
      T.documents(dir),
      ...written.map((entry) => T.reportFile(entry.path)),
      '',
      T.regionalLetters,
    ];
    const withErrors = books.filter((book) =>
      book.summarised.result.issues.some((issue) => issue.severity === 'error'),
    );
    if (withErrors.length > 0) lines.push('', ...withErrors.map((book) => T.seeCheck(book.file)));
    io.stdout.write(`${terminalLines(lines).join('\n')}\n`);
  }
  return input.result.organizations.some((org) => org.errors > 0) ? 1 : 0;
}

/**
 * `cmn-sheets export <книга.xlsx…> --format csv|parquet -o ФАЙЛ [--force]`: the long format of
 * SPEC 10 — every workbook's school and municipal rows and, for several workbooks, the regional
 * figures of their roll-up — for any analytical engine. The file is written whole or not at all.
 */
import { basename } from 'node:path';
import { exportRows } from '../../core/long-format/export-rows';
import { rollup } from '../../core/rollup/rollup';
import { severityCounts } from '../../core/issues/issue-report';
import type { ExportArgs } from '../args/command-args';
import type { CommandContext } from '../command-context';
import { writeLongCsv } from '../files/long-csv-file';
import { writeLongParquet } from '../files/long-parquet-file';
import { EXPORT_TEXTS as T, PROGRESS_TEXTS as P } from '../messages';
import { asMunicipalResult, readMunicipalBooks } from './municipal-books';
import { checkOutputPath, writeOrExplain } from '../files/output-file';

export async function runExport(
  { files, format, output, force }: ExportArgs,
  { io, progress }: CommandContext,
): Promise<number> {
  await checkOutputPath(output, files, force, format);
  const books = await readMunicipalBooks(files, progress);
  const region = books.length > 1 ? rollup(books.map(asMunicipalResult)) : null;
  const rows = exportRows(
    books.map((book) => ({
      municipality: book.municipality,
      result: book.summarised.result,
      catalogue: book.summarised.analysis.catalogue,
    })),
    region,
  );
  progress.step(P.writing);
  await writeOrExplain(output, () =>
    format === 'csv' ? writeLongCsv(output, rows) : writeLongParquet(output, rows),
  );
  progress.done();
  const errors = books.filter((book) => severityCounts(book.summarised.result.issues).error > 0);
  const lines = [
    ...books.map((book) =>
      T.book(basename(book.file), book.municipality, book.summarised.result.organizations.length),
    ),
    ...(region === null ? [] : [T.region(books.length)]),
    T.written(output, rows.length),
  ];
  if (errors.length > 0) lines.push('', T.booksWithErrors(errors.map((book) => basename(book.file))));
  io.stdout.write(`${lines.join('\n')}\n`);
  return errors.length > 0 ? 1 : 0;
}

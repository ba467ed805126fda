/**
 * `cmn-sheets export <книга.xlsx…> --format csv|parquet -o ФАЙЛ [--force]`: the long format of
 * docs/domain.md#long-format — every workbook's school and municipal rows and, for several workbooks, the
 * regional figures of their roll-up — for any analytical engine. The file is written whole or not at all.
 */
import { basename } from 'node:path';
import { exportRegion } from '../../app/region/export-region';
import type { ExportArgs } from '../args/command-args';
import type { CommandContext } from '../command-context';
import { writeLongCsv } from '../files/long-csv-file';
import { writeLongParquet } from '../files/long-parquet-file';
import { EXPORT_TEXTS as T, PROGRESS_TEXTS as P } from '../messages';
import { readMunicipalBooks } from './municipal-books';
import { checkOutputPath, writeOrExplain } from '../files/output-file';

export async function runExport(
  { files, format, output, force }: ExportArgs,
  { io, progress }: CommandContext,
): Promise<number> {
  await checkOutputPath(output, files, force, format);
  const books = await readMunicipalBooks(files, progress);
  const { rows, region, booksWithErrors: errors } = exportRegion(books);
  progress.step(P.writing);
  await writeOrExplain(output, () =>
    format === 'csv' ? writeLongCsv(output, rows) : writeLongParquet(output, rows),
  );
  progress.done();
  const lines = [
    ...books.map((book) =>
      T.book(basename(book.source), book.municipality, book.summarised.result.organizations.length),
    ),
    ...(region === null ? [] : [T.region(books.length)]),
    T.written(output, rows.length),
  ];
  if (errors.length > 0) lines.push('', T.booksWithErrors(errors.map((book) => basename(book.source))));
  io.stdout.write(`${lines.join('\n')}\n`);
  return errors.length > 0 ? 1 : 0;
}

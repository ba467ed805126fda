/**
 * Several municipal workbooks read for the region (export, rollup, the regional report): each file
 * opened and handed to src/app/region, which names its municipality and summarises it; a book
 * given twice is refused.
 */
import { basename, dirname, resolve } from 'node:path';
import {
  municipalityNames,
  municipalityOfFile as municipalityOfFileName,
  repeatedBook,
  summariseBook,
  type MunicipalBook,
} from '../../app/region/municipal-book';
import { CliError } from '../cli-error';
import { CLI_MESSAGES as M, PROGRESS_TEXTS as P } from '../messages';
import type { Progress } from '../terminal/progress';
import { requireRecognisedSheets } from './recognition';
import { readWorkbookFile } from '../files/workbook-file';

export type { MunicipalBook } from '../../app/region/municipal-book';

/** «…/Сосновский район.xlsx» → «Сосновский район». */
export function municipalityOfFile(file: string): string {
  return municipalityOfFileName(basename(file));
}

export async function readMunicipalBooks(
  files: readonly string[],
  progress: Progress,
): Promise<MunicipalBook[]> {
  const twice = repeatedBook(files.map((file) => resolve(file)));
  if (twice !== null) throw new CliError(M.sameBookTwice(files[twice]));
  const names = municipalityNames(
    files.map((file) => ({ name: basename(file), folder: basename(dirname(resolve(file))) })),
  );
  const books: MunicipalBook[] = [];
  for (const [index, file] of files.entries()) {
    progress.step(P.readingBook(index + 1, files.length, basename(file)));
    const book = summariseBook(await readWorkbookFile(file), file, names[index]);
    requireRecognisedSheets(book.summarised.analysis, file);
    books.push(book);
  }
  return books;
}

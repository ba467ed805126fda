/**
 * Several municipal workbooks read for the region (export, rollup): each one summarised as
 * `summary` does, named by its municipality — the file name without .xlsx, with its folder when
 * two books share a file name (`Сосновский/книга.xlsx`) — and each at most once, since a book
 * given twice would count its schools twice.
 */
import { basename, dirname, resolve } from 'node:path';
import { summarise, type Summarised } from '../../app/summarise';
import type { MunicipalResult } from '../../core/rollup/rollup';
import { normaliseKey } from '../../core/text/normalise';
import { CliError } from '../cli-error';
import { CLI_MESSAGES as M, PROGRESS_TEXTS as P } from '../messages';
import type { Progress } from '../terminal/progress';
import { requireRecognisedSheets } from './recognition';
import { readWorkbookFile } from '../files/workbook-file';

export interface MunicipalBook {
  readonly file: string;
  readonly municipality: string;
  readonly summarised: Summarised;
}

/** «Сосновский район.xlsx» → «Сосновский район». */
export function municipalityOfFile(file: string): string {
  return basename(file).replace(/\.xlsx$/i, '');
}

/** Each file's municipality, told apart by its folder where file names repeat. */
function municipalities(files: readonly string[]): string[] {
  const count = new Map<string, number>();
  for (const file of files) {
    const key = normaliseKey(municipalityOfFile(file));
    count.set(key, (count.get(key) ?? 0) + 1);
  }
  return files.map((file) => {
    const own = municipalityOfFile(file);
    return (count.get(normaliseKey(own)) ?? 0) > 1 ? `${basename(dirname(resolve(file)))}/${own}` : own;
  });
}

export async function readMunicipalBooks(
  files: readonly string[],
  progress: Progress,
): Promise<MunicipalBook[]> {
  const seen = new Set<string>();
  for (const file of files) {
    const path = resolve(file);
    if (seen.has(path)) throw new CliError(M.sameBookTwice(file));
    seen.add(path);
  }
  const names = municipalities(files);
  const books: MunicipalBook[] = [];
  for (const [index, file] of files.entries()) {
    progress.step(P.readingBook(index + 1, files.length, basename(file)));
    const workbook = await readWorkbookFile(file);
    const summarised = summarise(workbook);
    requireRecognisedSheets(summarised.analysis, file);
    books.push({ file, municipality: names[index], summarised });
  }
  return books;
}

export function asMunicipalResult(book: MunicipalBook): MunicipalResult {
  return { municipality: book.municipality, source: book.file, result: book.summarised.result };
}

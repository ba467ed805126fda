/**
 * Several municipal workbooks read for the region (export, rollup): each one summarised as
 * `summary` does, named by its municipality — the file name without .xlsx — and each at most
 * once, since a book given twice would count its schools twice.
 */
import { basename, resolve } from 'node:path';
import { summarise, type Summarised } from '../app/summarise';
import type { MunicipalResult } from '../core/rollup/rollup';
import { normaliseKey } from '../core/text/normalise';
import { CliError } from './cli-error';
import { CLI_MESSAGES as M, PROGRESS_TEXTS as P } from './messages';
import type { Progress } from './progress';
import { requireRecognisedSheets } from './recognition';
import { openXlsxWorkbook } from './xlsx-workbook';

export interface MunicipalBook {
  readonly file: string;
  readonly municipality: string;
  readonly summarised: Summarised;
}

/** «Сосновский район.xlsx» → «Сосновский район». */
export function municipalityOfFile(file: string): string {
  return basename(file).replace(/\.xlsx$/i, '');
}

export async function readMunicipalBooks(
  files: readonly string[],
  progress: Progress,
): Promise<MunicipalBook[]> {
  const seen = new Map<string, string>();
  const names = new Map<string, string>();
  for (const file of files) {
    const path = resolve(file);
    if (seen.has(path)) throw new CliError(M.sameBookTwice(file));
    seen.set(path, file);
    const key = normaliseKey(municipalityOfFile(file));
    const other = names.get(key);
    if (other !== undefined)
      throw new CliError(M.sameMunicipalityTwice(municipalityOfFile(file), other, file));
    names.set(key, file);
  }
  const books: MunicipalBook[] = [];
  for (const [index, file] of files.entries()) {
    progress.step(P.readingBook(index + 1, files.length, basename(file)));
    const workbook = await openXlsxWorkbook(file, 'read');
    const summarised = summarise(workbook);
    requireRecognisedSheets(summarised.analysis, file);
    books.push({ file, municipality: municipalityOfFile(file), summarised });
  }
  return books;
}

export function asMunicipalResult(book: MunicipalBook): MunicipalResult {
  return { municipality: book.municipality, source: basename(book.file), result: book.summarised.result };
}

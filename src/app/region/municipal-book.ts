/**
 * A municipal workbook read for the region (export, roll-up, the regional report): summarised as
 * `summary` does, named by its municipality — the file's name without .xlsx, with its folder when
 * two books share a file name (`Сосновский/книга.xlsx`) — and each book at most once, since a book
 * given twice would count its schools twice.
 */
import type { MunicipalResult } from '../../core/rollup/rollup';
import { normaliseKey } from '../../core/text/normalise';
import { summarise, type Summarised } from '../summarise';
import type { Workbook } from '../workbook';

export interface MunicipalBook {
  /** Where the book was read from, as the user named it (a file's path). */
  readonly source: string;
  readonly municipality: string;
  readonly summarised: Summarised;
}

/** A book's file: its name and the name of the folder it lies in. */
export interface BookFile {
  readonly name: string;
  readonly folder: string;
}

/** «Сосновский район.xlsx» → «Сосновский район». */
export function municipalityOfFile(fileName: string): string {
  return fileName.replace(/\.xlsx$/i, '');
}

/** Each file's municipality, told apart by its folder where file names repeat. */
export function municipalityNames(files: readonly BookFile[]): string[] {
  const count = new Map<string, number>();
  for (const file of files) {
    const key = normaliseKey(municipalityOfFile(file.name));
    count.set(key, (count.get(key) ?? 0) + 1);
  }
  return files.map((file) => {
    const own = municipalityOfFile(file.name);
    return (count.get(normaliseKey(own)) ?? 0) > 1 ? `${file.folder}/${own}` : own;
  });
}

/** The index of the first book given a second time (by what identifies it: a file's full path), else null. */
export function repeatedBook(identities: readonly string[]): number | null {
  const seen = new Set<string>();
  for (const [index, identity] of identities.entries()) {
    if (seen.has(identity)) return index;
    seen.add(identity);
  }
  return null;
}

export function summariseBook(workbook: Workbook, source: string, municipality: string): MunicipalBook {
  return { source, municipality, summarised: summarise(workbook) };
}

export function asMunicipalResult(book: MunicipalBook): MunicipalResult {
  return { municipality: book.municipality, source: book.source, result: book.summarised.result };
}

/** The books whose data has errors: each is named for `check`, and the command ends with 1. */
export function booksWithErrors(books: readonly MunicipalBook[]): MunicipalBook[] {
  return books.filter((book) => book.summarised.result.issues.some((issue) => issue.severity === 'error'));
}

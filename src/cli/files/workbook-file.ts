/**
 * The user's .xlsx files: read from disk and opened by the .xlsx room, every way a file can fail
 * to be a workbook (missing, a folder, a text file, an old .xls, a password, a broken zip, a book over
 * the limits of docs/cli.md#limits) turned
 * into one clear Russian line instead of a stack trace; and a book saved whole or not at all.
 */
import type { Workbook } from '../../app/workbook';
import { isXlsxOpenError } from '../../xlsx/xlsx-open-error';
import { xlsxOpenMessage } from '../../xlsx/xlsx-open-reason';
import { openXlsxWorkbook, readXlsxWorkbook, type XlsxWorkbook } from '../../xlsx/xlsx-workbook';
import { CliError } from '../cli-error';
import { atomicBytes } from './atomic-bytes';
import { readFileBytes } from './file-bytes';

/** `shown` is how messages name the file (collect names it apart from the reason). */
async function opened<T>(path: string, shown: string, open: (bytes: Uint8Array) => Promise<T>): Promise<T> {
  const bytes = await readFileBytes(path, shown);
  try {
    return await open(bytes);
  } catch (error) {
    if (isXlsxOpenError(error)) throw new CliError(xlsxOpenMessage(shown, error));
    throw error;
  }
}

/** Opens an existing .xlsx to be copied (saved as a new file): exceljs's full model. */
export function openWorkbookFile(path: string, shown: string = path): Promise<XlsxWorkbook> {
  return opened(path, shown, openXlsxWorkbook);
}

/** Opens an existing .xlsx only to be read (faster: see src/xlsx/xlsx-book-model.ts). */
export function readWorkbookFile(path: string): Promise<Workbook> {
  return opened(path, path, readXlsxWorkbook);
}

/** Writes the whole book to `path`: a temporary file renamed into place, never a partial file. */
export function saveWorkbookFile(path: string, book: XlsxWorkbook): Promise<void> {
  return atomicBytes(path, () => book.toBuffer());
}

/**
 * The user's .xlsx files: read from disk and opened by the .xlsx room, every way a file can fail
 * to be a workbook (missing, a folder, a text file, an old .xls, a password, a broken zip, a book over
 * the limits of docs/cli.md#limits) turned
 * into one clear Russian line instead of a stack trace; and a book saved whole or not at all.
 */
import type { Workbook } from '../../app/workbook';
import {
  isXlsxOpenError,
  type XlsxOpenError,
  type XlsxOpenProblem,
  type XlsxOverLimit,
} from '../../xlsx/xlsx-open-error';
import { openXlsxWorkbook, readXlsxWorkbook, type XlsxWorkbook } from '../../xlsx/xlsx-workbook';
import { CliError } from '../cli-error';
import { CLI_MESSAGES as M } from '../messages';
import { atomicBytes } from './atomic-bytes';
import { readFileBytes } from './file-bytes';

const PROBLEM_MESSAGES: Readonly<Record<Exclude<XlsxOpenProblem, 'over-limit'>, (path: string) => string>> = {
  empty: M.emptyFile,
  encrypted: M.encrypted,
  'legacy-xls': M.legacyXls,
  'not-xlsx': M.notXlsx,
  corrupt: M.corrupt,
  'no-sheets': M.noSheets,
};

/** Bytes as the whole megabytes a user sees in the file manager (1 МБ = 1 048 576 bytes), rounded up. */
const megabytes = (bytes: number): number => Math.ceil(bytes / (1024 * 1024));

function overLimitMessage(path: string, exceeded: XlsxOverLimit): string {
  if (exceeded.limit === 'unpackedBytes')
    return M.tooLargeUnpacked(
      path,
      megabytes(exceeded.max),
      exceeded.declared === null ? null : megabytes(exceeded.declared),
    );
  const words = exceeded.limit === 'rows' ? M.tooManyRows : M.tooManyCells;
  return words(path, exceeded.max, exceeded.sheet);
}

function problemMessage(path: string, { problem, exceeded }: XlsxOpenError): string {
  // XlsxOpenError's constructor takes 'over-limit' only together with what was exceeded.
  return problem === 'over-limit'
    ? overLimitMessage(path, exceeded as XlsxOverLimit)
    : PROBLEM_MESSAGES[problem](path);
}

/** `shown` is how messages name the file (collect names it apart from the reason). */
async function opened<T>(path: string, shown: string, open: (bytes: Uint8Array) => Promise<T>): Promise<T> {
  const bytes = await readFileBytes(path, shown);
  try {
    return await open(bytes);
  } catch (error) {
    if (isXlsxOpenError(error)) throw new CliError(problemMessage(shown, error));
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

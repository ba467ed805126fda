/**
 * Why a file could not be opened (an XlsxOpenError: a text file, an old .xls, a password, a broken zip, a book
 * over the limits of docs/cli.md#limits), as one Russian sentence naming the file as the caller shows it.
 */
import { XLSX_OPEN_TEXTS as M } from './messages';
import type { XlsxOpenError, XlsxOpenProblem, XlsxOverLimit } from './xlsx-open-error';

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

export function xlsxOpenMessage(path: string, { problem, exceeded }: XlsxOpenError): string {
  // XlsxOpenError's constructor takes 'over-limit' only together with what was exceeded.
  return problem === 'over-limit'
    ? overLimitMessage(path, exceeded as XlsxOverLimit)
    : PROBLEM_MESSAGES[problem](path);
}

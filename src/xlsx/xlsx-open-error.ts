/**
 * Why bytes could not be opened as a workbook. The room names the problem; the adapter that was
 * handed the bytes (the command line, a page) words it for its user, with the file's name.
 */
export type XlsxOpenProblem =
  /** No bytes at all. */
  | 'empty'
  /** A password-protected .xlsx: Office encrypts it into a Compound File. */
  | 'encrypted'
  /** An Excel 97–2003 .xls book. */
  | 'legacy-xls'
  /** Some other file: not a zip, or a zip without a workbook part. */
  | 'not-xlsx'
  /** A zip that exceljs could not read as a workbook. */
  | 'corrupt'
  /** A workbook part without a single sheet. */
  | 'no-sheets';

export class XlsxOpenError extends Error {
  constructor(readonly problem: XlsxOpenProblem) {
    super(`cannot open the workbook: ${problem}`);
    this.name = 'XlsxOpenError';
  }
}

export function isXlsxOpenError(error: unknown): error is XlsxOpenError {
  return error instanceof XlsxOpenError;
}

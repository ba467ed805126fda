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
  | 'no-sheets'
  /** A workbook larger than the room reads (src/xlsx/xlsx-limits.ts): `exceeded` says which limit and where. */
  | 'over-limit';

/** Which limit of src/xlsx/xlsx-limits.ts a workbook went over, its value, and what went over it. */
export type XlsxOverLimit =
  /** Its parts unpack to more bytes than `limit`: `declared` when the zip said so, null when inflating found out. */
  | { readonly limit: 'unpackedBytes'; readonly max: number; readonly declared: number | null }
  /** More rows or cells than `max` in all its sheets; `sheet` is the one being read when the count passed it. */
  | { readonly limit: 'rows' | 'cells'; readonly max: number; readonly sheet: string | null };

export class XlsxOpenError extends Error {
  constructor(problem: 'over-limit', exceeded: XlsxOverLimit);
  constructor(problem: Exclude<XlsxOpenProblem, 'over-limit'>);
  constructor(
    readonly problem: XlsxOpenProblem,
    readonly exceeded: XlsxOverLimit | null = null,
  ) {
    super(
      `cannot open the workbook: ${problem}${exceeded === null ? '' : ` (${exceeded.limit} > ${exceeded.max})`}`,
    );
    this.name = 'XlsxOpenError';
  }
}

export function isXlsxOpenError(error: unknown): error is XlsxOpenError {
  return error instanceof XlsxOpenError;
}

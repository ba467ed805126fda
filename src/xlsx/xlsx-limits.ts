/**
 * How much of a workbook is read at most (docs/cli.md#limits, docs/decisions.md#bounded-reading). An
 * .xlsx is a zip: 2 MB of file can unpack to gigabytes, and every row and cell read becomes objects of
 * exceljs's model, about 0,35–0,55 KB a cell and 0,9–1,4 KB a row with its cell. The limits keep the
 * memory of any book they admit under a gigabyte (its text is held two or three times over while it is
 * parsed), at many times the largest real book (300 ОО: 8,5 MB unpacked, 25 000 rows, 160 000 cells).
 */
export interface XlsxLimits {
  /** Bytes of all the zip's parts unpacked, declared or real. */
  readonly unpackedBytes: number;
  /** `<row>` elements of all the sheets together (an empty formatted row costs a row object too). */
  readonly rows: number;
  /** `<c>` elements of all the sheets together (a formatted empty cell is one too). */
  readonly cells: number;
}

export const XLSX_LIMITS: XlsxLimits = {
  unpackedBytes: 100 * 1024 * 1024,
  rows: 200_000,
  cells: 1_000_000,
};

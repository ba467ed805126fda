/**
 * Google Sheets keeps at most 50 000 characters in one cell and refuses a longer input with
 * "Your input contains more than the maximum of 50000 characters in a single cell." — the
 * message Sheets gives (quoted in integrately.com's list of Google Sheets errors,
 * https://integrately.com/integrations/google-sheets/error, and in "Google Sheets API v4 「1セル
 * 50000文字までの制限あるよ」", https://qiita.com/koshilife/items/5aff56c1bb9e5d31067f, which notes the
 * limit is not in the official documentation). The emulator applies it to everything a script
 * writes into a cell: values, formulas and notes. The check runs before any cell is written, so
 * a refused setValues changes nothing, as a failed Google call does.
 */
import { fail, type Env } from './env';

export const MAX_CELL_CHARACTERS = 50_000;

/**
 * Google Sheets holds at most 10 000 000 cells in one spreadsheet, counting every cell of every
 * sheet, empty or not — the grid, rows × columns («We've increased the cell limit in Google Sheets
 * from up to five million cells to up to ten million cells», https://workspaceupdates.googleblog.com/2022/03/ten-million-cells-google-sheets.html;
 * Google Drive's list of file limits, https://support.google.com/drive/answer/37603). An edit
 * that would grow the grid past it is refused with "This action would increase the number of
 * cells in the workbook above the limit of 10000000 cells." (the error as scripts get it, quoted in
 * https://github.com/UoaWDCC/uasc-web/pull/833), and nothing changes.
 */
export const MAX_SPREADSHEET_CELLS = 10_000_000;

/** Refuses an edit that adds `added` cells to a spreadsheet that has `current`. */
export function checkSpreadsheetCells(env: Env, current: number, added: number): void {
  if (added > 0 && current + added > MAX_SPREADSHEET_CELLS)
    fail(
      env,
      `This action would increase the number of cells in the workbook above the limit of ${MAX_SPREADSHEET_CELLS} cells.`,
    );
}

export function checkCellLength(env: Env, value: unknown): void {
  if (typeof value === 'string' && value.length > MAX_CELL_CHARACTERS) {
    fail(
      env,
      `Your input contains more than the maximum of ${MAX_CELL_CHARACTERS} characters in a single cell.`,
    );
  }
}

export function checkCellLengths(env: Env, values: readonly (readonly unknown[])[]): void {
  for (const row of values) for (const value of row) checkCellLength(env, value);
}

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

/** Running the built command line as a user does, and the .xlsx books the tests hand it. */
import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { newXlsxWorkbook } from '../../src/xlsx/xlsx-workbook';

export const ROOT = resolve(__dirname, '../..');
export const BIN = join(ROOT, 'bin/cmn-sheets.mjs');

export interface Run {
  readonly code: number;
  readonly stdout: string;
  /** Everything on stderr but the progress lines. */
  readonly stderr: string;
  /**
   * The steps a run slower than two seconds reports off a terminal («Формирование документов…»,
   * src/cli/terminal/progress.ts): on a loaded machine any run may write them, so they are kept apart.
   */
  readonly progress: readonly string[];
}

const PROGRESS_LINE = /^[^\n]*…\n/gm;

/** `node bin/cmn-sheets.mjs …args` in `cwd`; resolves with the exit code and both streams. */
export function run(args: readonly string[], cwd: string): Promise<Run> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code =
          error && typeof (error as { code?: unknown }).code === 'number'
            ? (error as { code: number }).code
            : 0;
        done({
          code,
          stdout,
          stderr: stderr.replace(PROGRESS_LINE, ''),
          progress: stderr.match(PROGRESS_LINE) ?? [],
        });
      },
    );
  });
}

/** A book with the given sheets; `'#REF!'` becomes an error cell, empty values stay empty. */
export async function writeBook(
  path: string,
  sheets: readonly { readonly name: string; readonly values: readonly (readonly unknown[])[] }[],
): Promise<void> {
  const book = newXlsxWorkbook();
  // Values only, as a user typed them: no widths, formats or merges the sheet may also carry.
  for (const sheet of sheets) book.addGridSheet({ name: sheet.name, values: sheet.values });
  await writeFile(path, await book.toBuffer());
}

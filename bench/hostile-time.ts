/**
 * Hostile .xlsx files against the built command line (docs/cli.md#limits): zip bombs whose sheet
 * unpacks to 1,5 and 3,9 GB from a few megabytes, one of them declaring a few kilobytes instead, and a
 * sheet of 1 048 576 rows, Excel's most. Each is made here (test/xlsx/hostile-xlsx.ts), never kept;
 * `check` (the read-only model) and `collect` (exceljs's full load) run on it as fresh processes, and
 * both must refuse it in bounded memory: `check` with exit 2, `collect` by skipping it and collecting
 * the school file beside it.
 */
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { newXlsxWorkbook } from '../src/xlsx/xlsx-workbook';
import { numberRows, sheetsBook, zipBomb } from '../test/xlsx/hostile-xlsx';
import { cliProcess } from './cli-process';
import { municipality } from './workbooks';

const GB = 1e9;
const FILES: readonly { readonly name: string; readonly bytes: () => Buffer }[] = [
  { name: 'бомба 1,5 ГБ', bytes: () => zipBomb({ unpacked: 1.5 * GB }) },
  { name: 'бомба 3,9 ГБ', bytes: () => zipBomb({ unpacked: 3.9 * GB }) },
  { name: 'бомба 3,9 ГБ, заявлено 4 КБ', bytes: () => zipBomb({ unpacked: 3.9 * GB, declaredSize: 4096 }) },
  {
    name: 'лист из 1 048 576 строк',
    bytes: () => sheetsBook([{ name: 'Лист1', rows: numberRows(1_048_576) }]),
  },
];

/** What the command line prints for a book over a limit (src/cli/messages.ts). */
const REFUSED = 'Книга слишком велика для чтения';

export interface HostileRun {
  readonly file: string;
  readonly fileKb: number;
  readonly command: 'check' | 'collect';
  readonly seconds: number;
  readonly peakMb: number;
}

function run(
  file: string,
  fileKb: number,
  command: HostileRun['command'],
  args: readonly string[],
): HostileRun {
  const result = cliProcess(args);
  // check: exit 2 with the reason; collect: the file skipped (0 or 1, as the school's data has errors or not).
  const refused =
    command === 'check'
      ? result.status === 2 && result.stderr.includes(REFUSED)
      : result.status === 0 || result.status === 1;
  if (!refused)
    throw new Error(`${command} on «${file}» was not refused (${result.status}): ${result.stderr}`);
  return { file, fileKb, command, seconds: result.seconds, peakMb: result.peakMb };
}

export async function hostileRuns(): Promise<HostileRun[]> {
  const dir = mkdtempSync(join(tmpdir(), 'cmn-hostile-'));
  try {
    const school = join(dir, 'ОО.xlsx');
    const book = newXlsxWorkbook();
    for (const sheet of municipality(1, 10).sheets) book.addGridSheet(sheet);
    writeFileSync(school, await book.toBuffer());
    const runs: HostileRun[] = [];
    for (const [i, { name, bytes }] of FILES.entries()) {
      const path = join(dir, `${i}.xlsx`);
      writeFileSync(path, bytes());
      const fileKb = Math.round(statSync(path).size / 1024);
      runs.push(run(name, fileKb, 'check', ['check', path]));
      const output = join(dir, `книга ${i}.xlsx`);
      runs.push(run(name, fileKb, 'collect', ['collect', path, school, '-o', output, '--json']));
      if (!existsSync(output)) throw new Error(`collect with «${name}» wrote no book`);
      rmSync(path);
    }
    return runs;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

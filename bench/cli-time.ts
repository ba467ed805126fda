/**
 * Wall time of `cmn-sheets summary` on a .xlsx file, next to exceljs alone loading the same file,
 * both as fresh Node processes run in turns (so both pay start-up, module loading and a busy machine alike).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DemoMunicipality } from '../src/demo/municipality';
import { newXlsxWorkbook } from '../src/xlsx/xlsx-workbook';
import { median } from './timing';

const RUNS = 5;
const LOAD_ONLY = "const E=require('exceljs');new E.Workbook().xlsx.readFile(process.argv[1]).then(()=>{})";

function processMs(args: readonly string[]): number {
  const start = performance.now();
  const run = spawnSync(process.execPath, args, { stdio: 'pipe', encoding: 'utf8' });
  const ms = performance.now() - start;
  // 1 means the data has errors (the demo plants some); anything else means the run failed.
  if (run.status !== 0 && run.status !== 1)
    throw new Error(`${args.join(' ')} failed (${run.status}): ${run.stderr}`);
  return ms;
}

/** Medians of the commands run in turns, so a busy moment of the machine weighs on all alike. */
function interleavedMedians(commands: readonly (readonly string[])[]): number[] {
  const times = commands.map(() => [] as number[]);
  for (let i = 0; i < RUNS; i++) commands.forEach((args, c) => times[c].push(processMs(args)));
  return times.map(median);
}

export interface CliTimes {
  readonly fileKb: number;
  readonly exceljsLoadMs: number;
  readonly summaryMs: number;
  readonly summaryWithCopyMs: number;
}

export async function cliTimes(demo: DemoMunicipality): Promise<CliTimes> {
  const dir = mkdtempSync(join(tmpdir(), 'cmn-bench-'));
  try {
    const file = join(dir, 'municipality.xlsx');
    const book = newXlsxWorkbook();
    for (const sheet of demo.sheets) book.addGridSheet(sheet);
    writeFileSync(file, await book.toBuffer());
    const [exceljsLoadMs, summaryMs, summaryWithCopyMs] = interleavedMedians([
      ['-e', LOAD_ONLY, file],
      ['bin/cmn-sheets.mjs', 'summary', file],
      // --force: every run after the first writes over the copy the one before made.
      ['bin/cmn-sheets.mjs', 'summary', file, '-o', join(dir, 'copy.xlsx'), '--force'],
    ]);
    return { fileKb: Math.round(statSync(file).size / 1024), exceljsLoadMs, summaryMs, summaryWithCopyMs };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

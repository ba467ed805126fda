/**
 * The region at scale (docs/domain.md#long-format): 30 municipal workbooks of 100 schools each (3 000
 * schools) exported as CSV and Parquet and rolled up by the built command line, each run a fresh Node process
 * that reports its own peak memory; then DuckDB loads each export and recomputes every municipal and regional
 * figure from the school rows, timed as the median of three runs.
 */
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { newXlsxWorkbook } from '../src/xlsx/xlsx-workbook';
import { generateMunicipality } from '../src/demo/municipality';
import { csvSource, duckdb, parquetSource, recomputeSql, rows } from '../test/tools/duckdb';
import { cliProcess } from './cli-process';
import { median } from './timing';

export const REGION = { municipalities: 30, schools: 100 } as const;

export interface CommandRun {
  readonly command: string;
  readonly seconds: number;
  readonly peakMb: number;
  readonly fileKb: number | null;
}

function runCli(label: string, args: readonly string[], output: string | null): CommandRun {
  const run = cliProcess(args);
  // 1 means the data has errors (the demo plants some); anything else means the run failed.
  if (run.status !== 0 && run.status !== 1) throw new Error(`${label} failed (${run.status}): ${run.stderr}`);
  return {
    command: label,
    seconds: run.seconds,
    peakMb: run.peakMb,
    fileKb: output === null ? null : Math.round(statSync(output).size / 1024),
  };
}

async function duckdbMs(source: string): Promise<number> {
  const connection = await duckdb();
  try {
    const times: number[] = [];
    for (let i = 0; i < 3; i++) {
      const start = performance.now();
      await rows(connection, recomputeSql(source));
      times.push(performance.now() - start);
    }
    return median(times);
  } finally {
    connection.closeSync();
  }
}

export interface RegionTimes {
  readonly schools: number;
  readonly rows: number;
  readonly runs: readonly CommandRun[];
  readonly duckdbCsvMs: number;
  readonly duckdbParquetMs: number;
}

export async function regionTimes(): Promise<RegionTimes> {
  const dir = mkdtempSync(join(tmpdir(), 'cmn-region-'));
  try {
    const books: string[] = [];
    for (let i = 1; i <= REGION.municipalities; i++) {
      const book = newXlsxWorkbook();
      for (const sheet of generateMunicipality({ seed: 1000 + i, orgs: REGION.schools }).sheets)
        book.addGridSheet(sheet);
      const path = join(dir, `Муниципалитет ${String(i).padStart(2, '0')}.xlsx`);
      writeFileSync(path, await book.toBuffer());
      books.push(path);
    }
    const csv = join(dir, 'region.csv');
    const parquet = join(dir, 'region.parquet');
    const runs = [
      runCli('cmn-sheets export --format csv', ['export', ...books, '--format', 'csv', '-o', csv], csv),
      runCli(
        'cmn-sheets export --format parquet',
        ['export', ...books, '--format', 'parquet', '-o', parquet],
        parquet,
      ),
      runCli('cmn-sheets rollup --json', ['rollup', ...books, '--json'], null),
    ];
    const connection = await duckdb();
    const [count] = await rows(connection, `SELECT COUNT(*)::INTEGER AS n FROM ${parquetSource(parquet)}`);
    connection.closeSync();
    return {
      schools: REGION.municipalities * REGION.schools,
      rows: count.n as number,
      runs,
      duckdbCsvMs: await duckdbMs(csvSource(csv)),
      duckdbParquetMs: await duckdbMs(parquetSource(parquet)),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Last period's long-format rows from what the command line read (docs/domain.md#long-format): a workbook of last
 * period, or a table exported from one (CSV text, Parquet objects). A table is taken whole or not
 * at all — comparing with half a year would mislead — so its first problem is what the user sees.
 */
import { LONG_COLUMNS, type LongRow } from '../core/long-format/long-row';
import { municipalLongRows } from '../core/long-format/long-rows';
import { readLongTable } from '../core/long-format/read-long-table';
import type { MunicipalBook } from './region/municipal-book';

export type PreviousTable =
  | { readonly kind: 'rows'; readonly rows: LongRow[] }
  /** The first problem's message, and how many more there are. */
  | { readonly kind: 'problems'; readonly first: string; readonly more: number }
  | { readonly kind: 'empty' };

/** The rows of a long-format table named `name` (a file's name), or why it cannot be used. */
export function previousRowsOfTable(name: string, values: readonly (readonly unknown[])[]): PreviousTable {
  const table = readLongTable(name, values);
  if (table.issues.length > 0)
    return { kind: 'problems', first: table.issues[0].message, more: table.issues.length - 1 };
  if (table.rows.length === 0) return { kind: 'empty' };
  return { kind: 'rows', rows: table.rows };
}

/** Records of a columnar file (Parquet) as a table: the long format's columns that are there, in its order. */
export function tableOfRecords(records: readonly Record<string, unknown>[]): unknown[][] {
  const names = LONG_COLUMNS.map((column) => column.name);
  const present = records.length === 0 ? names : names.filter((name) => name in records[0]);
  return [present, ...records.map((record) => present.map((name) => record[name] ?? null))];
}

/** Last period's workbook as the rows its export would hold for its municipality. */
export function previousRowsOfBook({ municipality, summarised }: MunicipalBook): LongRow[] {
  const { result, analysis } = summarised;
  const unit = { region: '', municipality, period: result.period ?? '' };
  return municipalLongRows(result, analysis.catalogue, unit, result.notSubmitted);
}

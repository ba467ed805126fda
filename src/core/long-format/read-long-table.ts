/**
 * Long-format rows read back from a table: a CSV file parsed into text, or the sheet «Прошлый
 * период» where the coordinator imported that file (File → Import), whose cells a spreadsheet
 * may have turned into numbers and booleans, or kept as text with a decimal comma. The header is
 * found among the first rows by the column names, in any order; a cell that cannot be read makes
 * an issue and leaves its row out instead of guessing.
 */
import { a1 } from '../sheet/a1';
import { createIssue, type Issue } from '../issues/issue';
import type { IndicatorType } from '../findings/analysis-result';
import { LONG_COLUMNS, LONG_LEVELS, LONG_STATUSES, type LongColumnType, type LongRow } from './long-row';
import { badCellText, EXPECTED, missingColumnsText } from './messages';

const HEADER_SEARCH_ROWS = 15;
const TYPES: readonly IndicatorType[] = ['count', 'flag', 'share', 'percent'];

export interface LongTable {
  readonly rows: LongRow[];
  readonly issues: Issue[];
}

function text(cell: unknown): string {
  return cell === null || cell === undefined ? '' : String(cell).trim();
}

/** The 0-based header row and each column's 0-based index; null when the header is not there. */
export function findLongHeader(
  values: readonly (readonly unknown[])[],
): { row: number; columns: Map<string, number> } | null {
  for (let row = 0; row < Math.min(values.length, HEADER_SEARCH_ROWS); row++) {
    const names = values[row].map((cell) => text(cell).toLowerCase());
    if (!names.includes('indicator_id') || !names.includes('level')) continue;
    const columns = new Map<string, number>();
    names.forEach((name, index) => {
      if (!columns.has(name)) columns.set(name, index);
    });
    return { row, columns };
  }
  return null;
}

/** Whether a sheet holds long-format rows: its header has every column of the contract. */
export function isLongTable(values: readonly (readonly unknown[])[]): boolean {
  const header = findLongHeader(values);
  return header !== null && LONG_COLUMNS.every((column) => header.columns.has(column.name));
}

type Read = { ok: true; value: string | number | boolean | null } | { ok: false; expected: string };

function readNumber(cell: unknown, integer: boolean): Read {
  if (typeof cell === 'number')
    return Number.isFinite(cell) && (!integer || Number.isInteger(cell))
      ? { ok: true, value: cell }
      : fail(integer);
  const shown = text(cell);
  if (shown === '') return { ok: true, value: null };
  const number = Number(shown.replace(',', '.'));
  if (!/^[-+]?(\d+([.,]\d*)?|[.,]\d+)([eE][-+]?\d+)?$/.test(shown) || !Number.isFinite(number))
    return fail(integer);
  return integer && !Number.isInteger(number) ? fail(true) : { ok: true, value: number };
}

function fail(integer: boolean): Read {
  return { ok: false, expected: integer ? EXPECTED.integer : EXPECTED.double };
}

function readBoolean(cell: unknown): Read {
  if (typeof cell === 'boolean') return { ok: true, value: cell };
  const shown = text(cell).toLowerCase();
  if (shown === '') return { ok: true, value: null };
  if (shown === 'true' || shown === '1') return { ok: true, value: true };
  if (shown === 'false' || shown === '0') return { ok: true, value: false };
  return { ok: false, expected: EXPECTED.boolean };
}

function readWord(cell: unknown, allowed: readonly string[], expected: string): Read {
  const word = text(cell).toLowerCase();
  return allowed.includes(word) ? { ok: true, value: word } : { ok: false, expected };
}

function readCell(name: string, type: LongColumnType, cell: unknown): Read {
  if (name === 'level') return readWord(cell, LONG_LEVELS, EXPECTED.level);
  if (name === 'status') return readWord(cell, LONG_STATUSES, EXPECTED.status);
  if (name === 'type') return readWord(cell, TYPES, EXPECTED.type);
  if (type === 'double') return readNumber(cell, false);
  if (type === 'integer') return readNumber(cell, true);
  if (type === 'boolean') return readBoolean(cell);
  return { ok: true, value: text(cell) };
}

export function readLongTable(sheet: string, values: readonly (readonly unknown[])[]): LongTable {
  const header = findLongHeader(values);
  const missing = LONG_COLUMNS.filter((column) => !header?.columns.has(column.name)).map(
    (column) => column.name,
  );
  if (header === null || missing.length > 0) {
    const row = (header?.row ?? 0) + 1;
    return {
      rows: [],
      issues: [createIssue('header/missing-column', { sheet, row, column: 1 }, missingColumnsText(missing))],
    };
  }
  const rows: LongRow[] = [];
  const issues: Issue[] = [];
  for (let r = header.row + 1; r < values.length; r++) {
    const cells = values[r];
    if (cells.every((cell) => text(cell) === '')) continue;
    const row: Record<string, string | number | boolean | null> = {};
    let readable = true;
    for (const { name, type } of LONG_COLUMNS) {
      const index = header.columns.get(name) as number;
      const read = readCell(name, type, cells[index]);
      if (read.ok) {
        row[name] = read.value;
        continue;
      }
      readable = false;
      const place = { sheet, row: r + 1, column: index + 1 };
      issues.push(
        createIssue(
          'cell/type',
          place,
          badCellText(a1(r + 1, index + 1), text(cells[index]), name, read.expected),
        ),
      );
    }
    if (readable) rows.push(row as unknown as LongRow);
  }
  return { rows, issues };
}

/**
 * School tabs written the way curators really fill them, for acceptance tests: title rows and
 * merged cells above the table, columns in any order, extra columns, codes and titles typed by
 * hand. The builder only places cells; every spelling and value is written out in the test.
 */
import { a1 } from '../../src/core/sheet/a1';
import type { Merge } from '../../src/core/sheet/grid';

export type Field = 'number' | 'code' | 'section' | 'title' | 'unit' | 'value' | 'comment' | 'other';

export interface Column {
  readonly field: Field;
  readonly header: string;
}

/** One table row; `tag` names it for `cell()` (an indicator id, or e.g. «mentors_of_young#2»). */
export interface Line {
  readonly tag?: string;
  readonly cells: Partial<Record<Field, unknown>>;
  /** Number format of the value cell, e.g. '0%'. */
  readonly valueFormat?: string;
}

export interface CuratorTab {
  readonly values: unknown[][];
  readonly merges: Merge[];
  readonly numberFormats: string[][];
  readonly headerRow: number;
  /** 1-based row of a tagged line. */
  row(tag: string): number;
  /** A1 of a tagged line's cell (the value cell by default). */
  cell(tag: string, field?: Field): string;
  /** A1 of a header cell. */
  headerCell(field: Field): string;
}

export function line(
  tag: string | undefined,
  cells: Partial<Record<Field, unknown>>,
  valueFormat?: string,
): Line {
  return {
    ...(tag === undefined ? {} : { tag }),
    cells,
    ...(valueFormat === undefined ? {} : { valueFormat }),
  };
}

/** `top` rows come first (title, labels); the header row follows them, then `lines`. */
export function curatorTab(
  top: unknown[][],
  columns: readonly Column[],
  lines: readonly Line[],
  merges: Merge[] = [],
): CuratorTab {
  const width = Math.max(columns.length, ...top.map((r) => r.length));
  const pad = (cells: unknown[]) => [...cells, ...Array.from({ length: width - cells.length }, () => '')];
  const headerRow = top.length + 1;
  const values: unknown[][] = [...top.map(pad), pad(columns.map((c) => c.header))];
  const numberFormats: string[][] = values.map((r) => r.map(() => ''));
  const rows = new Map<string, number>();
  const columnOf = (field: Field): number => {
    const index = columns.findIndex((c) => c.field === field);
    if (index < 0) throw new Error(`no column ${field}`);
    return index + 1;
  };
  for (const entry of lines) {
    values.push(pad(columns.map((c) => (c.field in entry.cells ? entry.cells[c.field] : ''))));
    const format = pad(columns.map(() => ''));
    if (entry.valueFormat !== undefined) format[columnOf('value') - 1] = entry.valueFormat;
    numberFormats.push(format as string[]);
    if (entry.tag !== undefined && !rows.has(entry.tag)) rows.set(entry.tag, values.length);
  }
  const row = (tag: string): number => {
    const found = rows.get(tag);
    if (found === undefined) throw new Error(`no line ${tag}`);
    return found;
  };
  return {
    values,
    merges,
    numberFormats,
    headerRow,
    row,
    cell: (tag, field = 'value') => a1(row(tag), columnOf(field)),
    headerCell: (field) => a1(headerRow, columnOf(field)),
  };
}

/** A deep copy of sheets' values (Dates kept as they are), to compare before and after. */
export function snapshot(sheets: Record<string, unknown[][]>): Record<string, unknown[][]> {
  const copy: Record<string, unknown[][]> = {};
  for (const [name, rows] of Object.entries(sheets)) copy[name] = rows.map((r) => r.slice());
  return copy;
}

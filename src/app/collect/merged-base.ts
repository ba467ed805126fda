/**
 * One «База наставников» from the bases of many schools' files. Each file's columns are found by
 * the header (schools reorder them and add the federal form's extra columns), its rows are put in
 * the canonical order of the template, extra columns follow under their own headers, and «№ п/п»
 * is numbered anew over the whole base. A row that repeats a row already taken from another file
 * (a school that sent its base twice) is left out and counted.
 */
import { BASE_FIELD_ORDER, createBaseContext, findBaseHeader, rowKind } from '../../core/base';
import { originText } from '../../core/base/base-origin';
import type { Grid } from '../../core/sheet/grid';
import { headerKey } from '../../core/header/find-header';
import type { ModelValue } from '../../core/sheet/sheet-model';
import { cellText, normaliseKey } from '../../core/text/normalise';

export interface BaseRowsOfFile {
  readonly file: string;
  readonly sheet: string;
  /** Rows put in the merged base. */
  readonly taken: number;
  /** Rows left out because the same row came from another file before. */
  readonly repeated: number;
  /** Total rows («Итого») left out: a school's sum means nothing in the municipal base. */
  readonly totals: number;
}

export interface MergedBase {
  /** Headers of the columns after the eight canonical ones, as first spelled. */
  readonly extraHeaders: readonly string[];
  /** Rows in the canonical order, then the extra columns. */
  readonly rows: readonly (readonly ModelValue[])[];
  /** Each row's file, sheet and row there («файл «03 СОШ 5.xlsx», лист «База», строка 12»): where its errors are to be fixed. */
  readonly origins?: readonly string[];
  readonly files: readonly BaseRowsOfFile[];
}

function modelValue(value: unknown): ModelValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value;
  return cellText(value);
}

/** `bases` in the order their rows go into the merged base. */
export function mergeBases(bases: readonly { readonly file: string; readonly grid: Grid }[]): MergedBase {
  const extraHeaders: string[] = [];
  const extraIndex = new Map<string, number>();
  const rows: ModelValue[][] = [];
  const origins: string[] = [];
  const seen = new Map<string, string>();
  const files: BaseRowsOfFile[] = [];
  const numberIndex = BASE_FIELD_ORDER.indexOf('number');

  for (const { file, grid } of bases) {
    const header = findBaseHeader(grid);
    if (header === null) continue;
    const context = createBaseContext(grid, header);
    const headerCells = context.values[header.row - 1] ?? [];
    const extras = [...header.extra.map((e) => e.column), ...header.duplicates.map((d) => d.column)]
      .sort((a, b) => a - b)
      .map((column) => {
        const text = cellText(headerCells[column - 1]);
        const key = headerKey(text);
        let index = extraIndex.get(key);
        if (index === undefined) {
          index = extraHeaders.length;
          extraIndex.set(key, index);
          extraHeaders.push(text);
        }
        return { column, index };
      });
    let taken = 0;
    let repeated = 0;
    let totals = 0;
    for (let row = context.firstDataRow; row <= context.values.length; row++) {
      const kind = rowKind(context, row);
      if (kind === 'total') totals++;
      if (kind !== 'data') continue;
      const cells = context.values[row - 1];
      const canonical = BASE_FIELD_ORDER.map((field) => {
        const column = header.columns[field];
        return column === undefined ? null : modelValue(cells[column - 1]);
      });
      const extra: ModelValue[] = [];
      for (const { column, index } of extras) extra[index] = modelValue(cells[column - 1]);
      const key = canonical
        .filter((_, i) => i !== numberIndex)
        .map((value) => normaliseKey(value))
        .join('\u0001');
      const from = seen.get(key);
      if (from !== undefined && from !== file) {
        repeated++;
        continue;
      }
      seen.set(key, file);
      canonical[numberIndex] = rows.length + 1;
      rows.push([...canonical, ...extra]);
      origins.push(originText(file, grid.name, row));
      taken++;
    }
    files.push({ file, sheet: grid.name, taken, repeated, totals });
  }
  const width = BASE_FIELD_ORDER.length + extraHeaders.length;
  return {
    extraHeaders,
    rows: rows.map((row) => Array.from({ length: width }, (_, i) => row[i] ?? null)),
    origins,
    files,
  };
}

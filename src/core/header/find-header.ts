/**
 * Tolerant recognition of a table's header row: a sheet is recognised by its header, never by
 * its position or name, and curators spell headers loosely (docs/domain.md#sheets).
 */
import type { Grid } from '../sheet/grid';
import { withMergesFilled } from '../sheet/merges';
import { memoised } from '../text/memoised';
import { cellText, normaliseKey } from '../text/normalise';

export interface FieldSpec<F extends string> {
  readonly field: F;
  /** Header texts that mean this field; compared by `headerKey`. */
  readonly aliases: readonly string[];
  readonly required: boolean;
}

export interface HeaderMatch<F extends string> {
  /** 1-based header row. */
  readonly row: number;
  /** Field → 1-based column of its first occurrence. */
  readonly columns: Readonly<Partial<Record<F, number>>>;
  /** Required fields not found. */
  readonly missing: readonly F[];
  /** Later columns whose header names a field already found. */
  readonly duplicates: readonly { field: F; column: number }[];
  /** Non-empty header cells that matched no field. */
  readonly extra: readonly { column: number; text: string }[];
}

export interface FindHeaderOptions {
  /** How many top rows to search (title rows may precede the header); default 15. */
  readonly maxRows?: number;
  /** How many fields must match for a row to count as the header; default: the number of required fields. */
  readonly minFields?: number;
}

const DEFAULT_MAX_ROWS = 15;
const NOT_CYRILLIC = '(^|[^а-я])';
const INITIALS_FIO = new RegExp(`${NOT_CYRILLIC}ф и о(?=$|[^а-я])`, 'g');

/**
 * Key for header cells: `normaliseKey` plus dots as spaces, «Ф.И.О» / «Ф. И. О.» as «фио»,
 * no spaces around `/` and inside brackets, one space after `№`.
 */
export function headerKey(text: unknown): string {
  return typeof text === 'string' ? headerTextKey(text) : keyOf(text);
}

const headerTextKey = memoised(keyOf);

function keyOf(text: unknown): string {
  return normaliseKey(text)
    .replace(/\./g, ' ')
    .replace(/\s+/g, ' ')
    .replace(INITIALS_FIO, '$1фио')
    .replace(/\s*\/\s*/g, '/')
    .replace(/\(\s*/g, '(')
    .replace(/\s*\)/g, ')')
    .replace(/\s*\(/g, ' (')
    .replace(/№\s*/g, '№ ')
    .replace(/[\s.,:;!?*]+$/u, '')
    .trim();
}

/** The key without bracketed notes: «Место работы (наименование ОО)» → «место работы». */
const withoutNotes = memoised((key: string): string =>
  key
    .replace(/\s*\([^)]*\)/g, '')
    .replace(/\s+/g, ' ')
    .trim(),
);

interface RowMatch<F extends string> {
  readonly match: HeaderMatch<F>;
  readonly found: number;
}

/**
 * Found headers per grid, fields and options: a sheet is asked by every kind it might be while
 * it is recognised, then again by the kind that reads it (300 tabs, four kinds each).
 */
const found = new WeakMap<Grid, Map<unknown, Map<string, unknown>>>();

export function findHeader<F extends string>(
  grid: Grid,
  fields: readonly FieldSpec<F>[],
  options: FindHeaderOptions = {},
): HeaderMatch<F> | null {
  const byFields = found.get(grid) ?? new Map<unknown, Map<string, unknown>>();
  found.set(grid, byFields);
  const byOptions = byFields.get(fields) ?? new Map<string, unknown>();
  byFields.set(fields, byOptions);
  const key = `${options.minFields ?? ''}:${options.maxRows ?? ''}`;
  if (byOptions.has(key)) return byOptions.get(key) as HeaderMatch<F> | null;
  const match = searchHeader(grid, fields, options);
  byOptions.set(key, match);
  return match;
}

function searchHeader<F extends string>(
  grid: Grid,
  fields: readonly FieldSpec<F>[],
  options: FindHeaderOptions,
): HeaderMatch<F> | null {
  const lookup = aliasLookup(fields);
  const required = fields.filter((spec) => spec.required).length;
  const minFields = Math.max(1, options.minFields ?? required);
  const top = topRows(grid, options.maxRows ?? DEFAULT_MAX_ROWS);
  // Rows are scored by counting alone; the full match (duplicates, extra columns) is built for the best.
  let best = 0;
  let bestFound = 0;
  for (let r = 1; r <= top.keys.length; r++) {
    const found = fieldsFound(top.keys[r - 1], lookup);
    if (found >= minFields && found > bestFound) {
      best = r;
      bestFound = found;
    }
  }
  return best === 0 ? null : matchRow(top.filled, best, fields, lookup).match;
}

interface TopRows {
  /** The searched rows with merges filled. */
  readonly filled: Grid;
  /** Header keys of their cells, '' for a cell continuing a horizontal merge. */
  readonly keys: readonly (readonly string[])[];
}

/**
 * The top rows of a sheet as header candidates, made once per grid and row count: a sheet is
 * asked by every kind it might be while it is recognised (300 tabs, seven kinds each).
 */
const tops = new WeakMap<Grid, Map<number, TopRows>>();

function topRows(grid: Grid, maxRows: number): TopRows {
  const byCount = tops.get(grid) ?? new Map<number, TopRows>();
  tops.set(grid, byCount);
  const rows = Math.min(grid.values.length, maxRows);
  const known = byCount.get(rows);
  if (known) return known;
  // Only the top rows are searched: fill merges there, not over a 10 000-row base.
  const filled = withMergesFilled({ ...grid, values: grid.values.slice(0, rows) });
  const keys = filled.values.map((cells, r) => {
    const tails = mergeTails(filled, r + 1);
    return cells.map((cell, c) => (tails.has(c + 1) ? '' : headerKey(cell)));
  });
  const top = { filled, keys };
  byCount.set(rows, top);
  return top;
}

/** How many distinct fields a row's header keys name. */
function fieldsFound<F extends string>(keys: readonly string[], lookup: ReadonlyMap<string, F>): number {
  const seen = new Set<F>();
  for (const key of keys) {
    if (key === '') continue;
    const field = lookup.get(key) ?? lookup.get(withoutNotes(key));
    if (field !== undefined) seen.add(field);
  }
  return seen.size;
}

const lookups = new WeakMap<readonly FieldSpec<string>[], Map<string, string>>();

/** Header key → field, built once per list of fields. */
function aliasLookup<F extends string>(fields: readonly FieldSpec<F>[]): Map<string, F> {
  const known = lookups.get(fields);
  if (known) return known as Map<string, F>;
  const lookup = new Map<string, F>();
  lookups.set(fields, lookup);
  for (const spec of fields) {
    for (const alias of [spec.field, ...spec.aliases]) {
      const key = headerKey(alias);
      if (key !== '' && !lookup.has(key)) lookup.set(key, spec.field);
    }
  }
  return lookup;
}

/** Columns of the row that continue a horizontal merge: they repeat the anchor's header, not a new one. */
function mergeTails(grid: Grid, row: number): Set<number> {
  const tails = new Set<number>();
  for (const merge of grid.merges ?? []) {
    if (row < merge.row || row > merge.row + merge.rows - 1) continue;
    for (let c = merge.column + 1; c < merge.column + merge.columns; c++) tails.add(c);
  }
  return tails;
}

function matchRow<F extends string>(
  grid: Grid,
  row: number,
  fields: readonly FieldSpec<F>[],
  lookup: ReadonlyMap<string, F>,
): RowMatch<F> {
  const cells = grid.values[row - 1] ?? [];
  const tails = mergeTails(grid, row);
  const columns: Partial<Record<F, number>> = {};
  const duplicates: { field: F; column: number }[] = [];
  const extra: { column: number; text: string }[] = [];
  let found = 0;
  for (let c = 1; c <= cells.length; c++) {
    if (tails.has(c)) continue;
    const key = headerKey(cells[c - 1]);
    if (key === '') continue;
    const field = lookup.get(key) ?? lookup.get(withoutNotes(key));
    if (field === undefined) {
      extra.push({ column: c, text: cellText(cells[c - 1]) });
    } else if (columns[field] === undefined) {
      columns[field] = c;
      found++;
    } else {
      duplicates.push({ field, column: c });
    }
  }
  const missing = fields
    .filter((spec) => spec.required && columns[spec.field] === undefined)
    .map((spec) => spec.field);
  return { match: { row, columns, missing, duplicates, extra }, found };
}

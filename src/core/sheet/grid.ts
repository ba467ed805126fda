/**
 * A sheet as the engine sees it: values as `Range.getValues()` returns them (`''` for empty cells,
 * numbers, booleans, `Date`s, error cells as strings like `'#REF!'`), with one convention for
 * dates: a `Date` holds the calendar day and time the sheet shows in its UTC fields, whatever
 * the time zones of the sheet and of the code (adapters convert; read it with getUTC*).
 * Rows are 0-based in the array; everything user-facing (issues, A1) is 1-based.
 */
export interface Grid {
  /** Tab name as the user sees it. */
  readonly name: string;
  /** Rectangular block starting at A1; may be empty (`[]`). */
  readonly values: readonly (readonly unknown[])[];
  /** Merged ranges (1-based, top-left anchored). */
  readonly merges?: readonly Merge[];
  /** Number formats parallel to `values` where the adapter read them (e.g. `'0.0%'`); used to tell 0.35 from 35 %. */
  readonly numberFormats?: readonly (readonly string[])[];
}

/** A merged block of cells, 1-based. */
export interface Merge {
  readonly row: number;
  readonly column: number;
  readonly rows: number;
  readonly columns: number;
}

/** Rectangular area of a sheet, 1-based. */
export type Area = Merge;

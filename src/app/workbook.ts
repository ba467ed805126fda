/**
 * The port between use cases and a spreadsheet: Apps Script (src/gas) and exceljs (src/cli)
 * both implement it. Reads return plain grids; writes take sheet models.
 */
import type { Grid, Merge } from '../core/sheet/grid';
import type { GeneratedKind, SheetModel } from '../core/sheet/sheet-model';

export interface SheetInfo {
  readonly name: string;
  /** Set when the sheet carries the generated-sheet marker (only such sheets may be replaced). */
  readonly generated: GeneratedKind | null;
  /** Set on a generated sheet a failed run left half-drawn: its content is not the previous one. */
  readonly incomplete?: boolean;
  /**
   * Set on the hidden copy of a generated sheet's previous content that a failed regeneration
   * left behind (Google Sheets): the next run takes the coordinator's edits from a complete one.
   */
  readonly backup?: { readonly kind: GeneratedKind; readonly complete: boolean };
}

export interface Workbook {
  /** The longest text a cell of this target holds (Google Sheets 50 000, Excel 32 767). */
  readonly cellTextLimit: number;
  /** Tabs in their workbook order. */
  listSheets(): SheetInfo[];
  /**
   * Values of the whole used range; merged cells NOT yet filled. An adapter to which the layout
   * comes free (a file) may add merges and number formats; one that pays a call for each (Google
   * Sheets) reads them only when asked, below, where they matter.
   */
  readSheet(name: string): Grid;
  /** The sheet's merged ranges. */
  readMerges(name: string): readonly Merge[];
  /** Number formats of the used range, parallel to the values (tell 0.35 in a %-cell from 0.35). */
  readNumberFormats(name: string): readonly (readonly string[])[];
  /**
   * Write a generated sheet: replaces the sheet `name` if it exists (the caller has checked that
   * it is a generated sheet of the same kind), else creates it at the end; marks it as generated.
   */
  writeGenerated(name: string, kind: GeneratedKind, model: SheetModel): void;
  /** Create a new plain (user-owned) sheet from a template model; throws if the name exists. */
  createSheet(name: string, model: SheetModel): void;
  /**
   * Where copying costs less than drawing (Google Sheets: one call against some thirty): create
   * `name` at the end as a copy of the sheet `source` made by createSheet in this run, then write
   * `values` from the cell at `row`, `column`. Adapters without it draw every sheet.
   */
  copySheet?(source: string, name: string, values: CellBlock): void;
}

/** Values written as one block from a top-left cell. */
export interface CellBlock {
  readonly row: number;
  readonly column: number;
  readonly values: readonly (readonly unknown[])[];
}

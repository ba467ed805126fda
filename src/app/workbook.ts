/**
 * The port between use cases and a spreadsheet: Apps Script (src/gas) and exceljs (src/cli)
 * both implement it. Reads return plain grids; writes take sheet models.
 */
import type { Grid } from '../core/grid';
import type { GeneratedKind, SheetModel } from '../core/sheet-model';

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
  /** Values (+ merges, + number formats where cheap) of the whole used range; merged cells NOT yet filled. */
  readSheet(name: string): Grid;
  /**
   * Write a generated sheet: replaces the sheet `name` if it exists (the caller has checked that
   * it is a generated sheet of the same kind), else creates it at the end; marks it as generated.
   */
  writeGenerated(name: string, kind: GeneratedKind, model: SheetModel): void;
  /** Create a new plain (user-owned) sheet from a template model; throws if the name exists. */
  createSheet(name: string, model: SheetModel): void;
}

/**
 * A sheet model under construction: sections append rows one after another and learn their own
 * 1-based row numbers, so merges, colour rules and the chart point at the right cells.
 */
import type { Area } from '../sheet/grid';
import type { ChartIntent, ConditionalFormatIntent, ModelCell } from '../sheet/sheet-model';

export interface SheetDraft {
  readonly rows: ModelCell[][];
  readonly merges: Area[];
  readonly conditionalFormats: ConditionalFormatIntent[];
  readonly charts: ChartIntent[];
}

export function newSheetDraft(): SheetDraft {
  return { rows: [], merges: [], conditionalFormats: [], charts: [] };
}

/** Appends a row and returns its 1-based number. */
export function addRow(draft: SheetDraft, cells: readonly ModelCell[] = []): number {
  draft.rows.push(cells.slice());
  return draft.rows.length;
}

/** The row number the next `addRow` will return. */
export function nextRow(draft: SheetDraft): number {
  return draft.rows.length + 1;
}

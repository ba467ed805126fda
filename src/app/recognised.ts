/** Whether the engine recognised any sheet a user fills in: a workbook of none cannot be checked at all. */
import type { Analysis } from './analyse';
import { SHEET_KINDS } from './sheet-kinds/registry';

export function recognisedAny(analysis: Analysis): boolean {
  return SHEET_KINDS.some(
    (kind) => kind.generated === undefined && (analysis.sheets[kind.id] ?? []).length > 0,
  );
}

/**
 * Where a generated sheet goes. Only a sheet carrying the marker of the same kind may be replaced
 * (docs/domain.md#summary-and-recommendations); a user's own «Сводная» is left alone and the new sheet
 * becomes «Сводная (2)», «(3)», …. Sheet names are compared case-insensitively, as Google Sheets does.
 */
import type { GeneratedKind } from '../core/sheet/sheet-model';
import type { SheetInfo } from './workbook';

export interface SheetPlace {
  /** The sheet's name: an existing sheet's own spelling when it is reused. */
  readonly name: string;
  /** True when a marked sheet of this kind is there to be replaced (and, for recommendations, read first). */
  readonly exists: boolean;
}

/** «Сводная», «Сводная (2)», «Сводная (3)», … */
export function numberedName(base: string, n: number): string {
  return n === 1 ? base : `${base} (${n})`;
}

/** The lowest-numbered marked sheet of `kind` among base, base (2), …; else the first free name of them. */
export function placeGeneratedSheet(
  sheets: readonly SheetInfo[],
  base: string,
  kind: GeneratedKind,
): SheetPlace {
  const byName = new Map(sheets.map((sheet) => [sheet.name.toLowerCase(), sheet]));
  const limit = sheets.length + 1;
  for (let n = 1; n <= limit; n++) {
    const sheet = byName.get(numberedName(base, n).toLowerCase());
    if (sheet && sheet.generated === kind) return { name: sheet.name, exists: true };
  }
  for (let n = 1; ; n++) {
    const name = numberedName(base, n);
    if (!byName.has(name.toLowerCase())) return { name, exists: false };
  }
}

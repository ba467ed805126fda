/**
 * «Label: value» cells above a table, e.g. A2 «Образовательная организация:» B2 «МБОУ «СОШ № 1»».
 * The value is the first filled cell to the right of the label (past the label's own merge),
 * or the text after a colon in the label cell itself.
 */
import type { Grid } from '../sheet/grid';
import { withMergesFilled } from '../sheet/merges';
import { cellText, normaliseKey } from '../text/normalise';

export interface LabelledValue {
  readonly value: unknown;
  /** 1-based cell of the value (the label cell when the value follows a colon in it). */
  readonly row: number;
  readonly column: number;
}

/**
 * The value next to the first cell in rows 1..`lastRow` whose text is one of `labels`
 * (compared by normaliseKey); null when no such label or it has no value.
 */
export function labelledValue(grid: Grid, labels: readonly string[], lastRow: number): LabelledValue | null {
  const keys = new Set(labels.map(normaliseKey));
  const filled = withMergesFilled(grid);
  const rows = Math.min(lastRow, filled.values.length);
  for (let r = 1; r <= rows; r++) {
    const cells = filled.values[r - 1];
    for (let c = 1; c <= cells.length; c++) {
      const text = cellText(cells[c - 1]);
      if (text === '') continue;
      const colon = text.indexOf(':');
      if (colon > 0 && isLabel(keys, text.slice(0, colon))) {
        const rest = text.slice(colon + 1).trim();
        if (rest !== '') return { value: rest, row: r, column: c };
      } else if (!isLabel(keys, text)) continue;
      const right = valueToTheRight(cells, c, text);
      if (right !== null) return { value: cells[right - 1], row: r, column: right };
    }
  }
  return null;
}

/** «Наименование ОО (полное):» is the label «Наименование ОО» with a note. */
function isLabel(keys: ReadonlySet<string>, text: string): boolean {
  const key = normaliseKey(text);
  return keys.has(key) || keys.has(normaliseKey(key.replace(/\([^)]*\)/g, ' ')));
}

function valueToTheRight(cells: readonly unknown[], labelColumn: number, labelText: string): number | null {
  for (let c = labelColumn + 1; c <= cells.length; c++) {
    const text = cellText(cells[c - 1]);
    // A merged label repeats its text in every cell of the merge once merges are filled.
    if (text === '' || text === labelText) continue;
    return c;
  }
  return null;
}

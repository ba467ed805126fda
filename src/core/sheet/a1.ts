/** A1 addressing, 1-based like Apps Script. */

/** 1 → "A", 27 → "AA". */
export function columnLetter(column: number): string {
  let n = Math.floor(column);
  if (!(n >= 1)) throw new RangeError(`column must be ≥ 1, got ${column}`);
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** (12, 5) → "E12". */
export function a1(row: number, column: number): string {
  return `${columnLetter(column)}${row}`;
}

/** (1, 1, 3, 2) → "A1:B3". */
export function a1Range(row: number, column: number, rows: number, columns: number): string {
  const start = a1(row, column);
  return rows === 1 && columns === 1 ? start : `${start}:${a1(row + rows - 1, column + columns - 1)}`;
}

/** "E12" → { row: 12, column: 5 }; null for anything else. */
export function parseA1(address: string): { row: number; column: number } | null {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(address.trim());
  if (!match) return null;
  let column = 0;
  for (const ch of match[1].toUpperCase()) column = column * 26 + (ch.charCodeAt(0) - 64);
  const row = Number(match[2]);
  return row >= 1 ? { row, column } : null;
}

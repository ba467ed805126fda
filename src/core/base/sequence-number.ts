/** «№ п/п» cells: 7, '7', '7.' and '7)' are the number 7. */
import { isEmptyCell } from '../sheet/cell-value';

/** The positive integer in the cell, null for an empty cell, 'invalid' for anything else. */
export function parseSequenceNumber(value: unknown): number | null | 'invalid' {
  if (isEmptyCell(value)) return null;
  if (typeof value === 'number') return Number.isInteger(value) && value >= 1 ? value : 'invalid';
  if (typeof value !== 'string') return 'invalid';
  if (value.trim() === '') return null;
  const match = /^\s*(\d{1,9})\s*[.)]?\s*$/.exec(value);
  if (!match) return 'invalid';
  const number = Number(match[1]);
  return number >= 1 ? number : 'invalid';
}

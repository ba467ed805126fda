/**
 * A short fingerprint of a sheet's contents (FNV-1a over its values): the sidebar compares two of
 * them to notice an edit without re-checking the whole workbook every few seconds.
 */
import { isDate } from '../core/sheet/cell-value';

export function fingerprint(name: string, values: readonly (readonly unknown[])[]): string {
  let hash = 0x811c9dc5;
  const add = (text: string) => {
    for (let i = 0; i < text.length; i++) {
      hash ^= text.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193) >>> 0;
    }
  };
  add(name);
  for (const row of values) {
    add('\n');
    for (const value of row) add(`\t${isDate(value) ? value.getTime() : String(value)}`);
  }
  return `${values.length}.${hash.toString(36)}`;
}

import { isErrorValue } from '../sheet/cell-value';

/** `#REF!` and friends; error cells are short, so long texts are not looked up (this runs for every cell). */
export function isFormulaError(value: unknown): value is string {
  return typeof value === 'string' && value.length <= 16 && isErrorValue(value);
}

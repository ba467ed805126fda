/** What getValues() gives for a blank sheet is one empty cell; a grid reads it as no rows at all. */
export function usedRows<T extends readonly (readonly unknown[])[]>(values: T): T | [] {
  return values.length === 1 && values[0].length === 1 && values[0][0] === '' ? [] : values;
}

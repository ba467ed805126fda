/** Cell values as `getValues()` gives them. Checks work across realms (the bundle runs in a vm in tests). */

export function isDate(value: unknown): value is Date {
  return (
    Object.prototype.toString.call(value) === '[object Date]' && !Number.isNaN((value as Date).getTime())
  );
}

export function isEmptyCell(value: unknown): boolean {
  return value === '' || value === null || value === undefined;
}

const ERROR_VALUES = [
  '#REF!',
  '#DIV/0!',
  '#N/A',
  '#VALUE!',
  '#NAME?',
  '#NUM!',
  '#NULL!',
  '#ERROR!',
  '#SPILL!',
  '#CALC!',
];

/** `'#REF!'` and friends: how error cells come out of getValues() (and out of exceljs via the adapter). */
export function isErrorValue(value: unknown): value is string {
  if (typeof value !== 'string' || value.length > 32) return false;
  // Every error text starts with «#»: most cells are ruled out without trimming or upper-casing.
  const trimmed = value.charCodeAt(0) === 35 ? value : value.trim();
  return trimmed.charCodeAt(0) === 35 && ERROR_VALUES.includes(trimmed.toUpperCase());
}

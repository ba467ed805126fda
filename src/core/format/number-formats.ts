/** Spreadsheet number formats of generated sheets (SPEC 5: percents with one decimal, counts as integers). */
export const PERCENT_FORMAT = '0.0%';
export const COUNT_FORMAT = '0';

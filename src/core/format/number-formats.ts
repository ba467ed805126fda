/**
 * Spreadsheet number formats of generated sheets (docs/domain.md#summary-and-recommendations: percents with
 * one decimal, counts as integers).
 */
export const PERCENT_FORMAT = '0.0%';
export const COUNT_FORMAT = '0';

/** A calendar date as Russian readers write it; Sheets and Excel both read `dd.mm.yyyy`. */
export const DATE_FORMAT = 'dd.mm.yyyy';

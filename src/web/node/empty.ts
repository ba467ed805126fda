/**
 * `fs`, `crypto` and `util` in the browser bundle: exceljs requires them for reading and writing files by name,
 * for sheet passwords and for writing CSV files, none of which the page uses; a call would fail loudly.
 */
export {};

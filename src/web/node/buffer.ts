/** Node's Buffer as a global of the browser bundle (zip-entries.ts and exceljs use it), from the `buffer` package. */
export { Buffer } from 'buffer';

/**
 * A CSV text field that a spreadsheet would take for a formula (it begins with `=`, `+`, `-`, `@`, a
 * tab or a carriage return) gets a leading apostrophe, as OWASP's "CSV Injection" page recommends:
 * LibreOffice and Excel then show the text instead of running it (docs/analytics.md#csv-and-formulas).
 * Apostrophes already in front of such a text count too, so reading back is exact: `'=x` is written
 * `''=x` and read `'=x`. Numbers are not text fields and stay as they are.
 */
const GUARDED = /^'*[=+\-@\t\r]/;
const UNGUARD = /^'+[=+\-@\t\r]/;

export function guardFormula(text: string): string {
  return GUARDED.test(text) ? `'${text}` : text;
}

export function unguardFormula(text: string): string {
  return UNGUARD.test(text) ? text.slice(1) : text;
}

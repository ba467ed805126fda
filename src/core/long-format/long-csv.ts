/**
 * The long format as CSV text (docs/domain.md#long-format): UTF-8, comma-separated, RFC 4180 (CRLF line ends,
 * a field quoted when it holds a comma, a quote or a line break, quotes doubled), the header first. An empty
 * field is null; numbers keep every digit JavaScript has (shortest round-trip form). A text that would run as
 * a formula in a spreadsheet is guarded by an apostrophe, which reading takes off again (formula-guard.ts).
 */
import { guardFormula, unguardFormula } from './formula-guard';
import { LONG_COLUMNS, type LongRow } from './long-row';

const NEEDS_QUOTES = /[",\r\n]/;

function field(value: string | number | boolean | null): string {
  if (value === null) return '';
  const text = typeof value === 'string' ? guardFormula(value) : String(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function longCsvHeader(): string {
  return LONG_COLUMNS.map((column) => column.name).join(',');
}

export function longCsvLine(row: LongRow): string {
  return LONG_COLUMNS.map((column) => field(row[column.name])).join(',');
}

/**
 * RFC 4180 records of a long-format CSV text (a BOM and a missing final line break are accepted), each
 * field with its formula guard taken off.
 */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let value = '';
  let quoted = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const endField = () => {
    record.push(unguardFormula(value));
    value = '';
  };
  const endRecord = () => {
    endField();
    records.push(record);
    record = [];
  };
  for (; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char !== '"') value += char;
      else if (text[i + 1] === '"') {
        value += '"';
        i++;
      } else quoted = false;
    } else if (char === '"') quoted = true;
    else if (char === ',') endField();
    else if (char === '\n') endRecord();
    else if (char === '\r') {
      if (text[i + 1] === '\n') i++;
      endRecord();
    } else value += char;
  }
  if (value !== '' || record.length > 0) endRecord();
  return records;
}

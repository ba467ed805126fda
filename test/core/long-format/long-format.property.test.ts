import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { longCsvHeader, longCsvLine, parseCsv } from '../../../src/core/long-format/long-csv';
import { LONG_LEVELS, LONG_STATUSES, type LongRow } from '../../../src/core/long-format/long-row';

/** The file the command line streams, as one text. */
const toLongCsv = (rows: readonly LongRow[]) =>
  [longCsvHeader(), ...rows.map(longCsvLine)].map((line) => `${line}\r\n`).join('');
import { readLongTable } from '../../../src/core/long-format/read-long-table';

const HEADER = longCsvHeader().split(',');
const text = fc.string({
  maxLength: 20,
  unit: fc.constantFrom(
    'а',
    'Б',
    ' ',
    ',',
    '"',
    '\n',
    '\r',
    '«',
    '»',
    '1',
    '.',
    'x',
    '=',
    '+',
    '-',
    '@',
    '\t',
    "'",
  ),
});
const number = fc.option(fc.double({ noNaN: true, noDefaultInfinity: true }), { nil: null });

const longRow: fc.Arbitrary<LongRow> = fc.record({
  period: text,
  region: text,
  municipality: text,
  level: fc.constantFrom(...LONG_LEVELS),
  school: text,
  indicator_id: text,
  indicator_code: fc.constantFrom('', '1.1', '1.10', '2.13'),
  indicator_title: text,
  type: fc.constantFrom('count', 'flag', 'share', 'percent'),
  value: number,
  numerator: number,
  denominator: number,
  schools_counted: fc.option(fc.integer({ min: 0, max: 40_000 }), { nil: null }),
  target: number,
  met: fc.option(fc.boolean(), { nil: null }),
  status: fc.constantFrom(...LONG_STATUSES),
});

/** Text cells are read trimmed (a spreadsheet keeps what a user typed around them). */
const trimmed = (row: LongRow): LongRow => ({
  ...row,
  period: row.period.trim(),
  region: row.region.trim(),
  municipality: row.municipality.trim(),
  school: row.school.trim(),
  indicator_id: row.indicator_id.trim(),
  indicator_title: row.indicator_title.trim(),
  // -0 is written as «0».
  ...Object.fromEntries(
    (['value', 'numerator', 'denominator', 'target'] as const).map((key) => [
      key,
      Object.is(row[key], -0) ? 0 : row[key],
    ]),
  ),
});

describe('long-format CSV on arbitrary rows', () => {
  it('reads back every row it wrote: quotes, commas, line breaks, nulls and every digit of a double', () => {
    fc.assert(
      fc.property(fc.array(longRow, { maxLength: 8 }), (rows) => {
        const table = readLongTable('выгрузка.csv', parseCsv(toLongCsv(rows)));
        expect(table.issues).toEqual([]);
        expect(table.rows).toEqual(rows.map(trimmed));
      }),
      { numRuns: 300 },
    );
  });
});

describe('long-format rows on arbitrary cells', () => {
  const cell = fc.oneof(
    fc.string({ maxLength: 8 }),
    fc.double(),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.constantFrom('school', 'counted', '1,5', 'TRUE', '#REF!'),
  );

  it('never throws, keeps only rows it could read, and points every issue inside the sheet', () => {
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 16, maxLength: 16 }), { maxLength: 10 }), (cells) => {
        const values = [HEADER, ...cells];
        const table = readLongTable('Прошлый период', values);
        const badRows = new Set(table.issues.map((issue) => issue.row));
        expect(table.rows.length + badRows.size).toBeLessThanOrEqual(cells.length);
        for (const issue of table.issues) {
          expect(issue.code).toBe('cell/type');
          expect(issue.row).toBeGreaterThanOrEqual(2);
          expect(issue.row).toBeLessThanOrEqual(values.length);
          expect(issue.column).toBeLessThanOrEqual(16);
          expect(issue.message).toContain(issue.cell);
        }
        for (const row of table.rows) {
          expect(LONG_LEVELS).toContain(row.level);
          expect(LONG_STATUSES).toContain(row.status);
        }
      }),
      { numRuns: 300 },
    );
  });
});

import { describe, expect, it } from 'vitest';
import { previousRowsOfBook, previousRowsOfTable, tableOfRecords } from '../../src/app/previous-rows';
import { longCsvHeader, longCsvLine, parseCsv } from '../../src/core/long-format/long-csv';
import type { LongRow } from '../../src/core/long-format/long-row';
import { LONG_COLUMNS } from '../../src/core/long-format/long-row';
import { book, GOOD } from './region/books';

/** The rows as `export` writes them to CSV, read back. */
const csvOf = (rows: readonly LongRow[]): string[][] =>
  parseCsv([longCsvHeader(), ...rows.map(longCsvLine)].join('\r\n'));

const lastYear = book('Сосновский район', { 'СОШ 1': GOOD, 'СОШ 2': { ...GOOD, ped_mentors: 20 } });

describe('previous rows', () => {
  it("take a workbook's rows for its municipality and period, as its export would", () => {
    const rows = previousRowsOfBook(lastYear);
    expect(new Set(rows.map((row) => row.municipality))).toEqual(new Set(['Сосновский район']));
    expect(new Set(rows.map((row) => row.period))).toEqual(new Set(['2025/2026']));
    expect(rows.filter((row) => row.level === 'municipality').length).toBeGreaterThan(0);
  });

  it('take a table whole when every row reads', () => {
    const rows = previousRowsOfBook(lastYear);
    expect(previousRowsOfTable('прошлый.csv', csvOf(rows))).toEqual({ kind: 'rows', rows });
  });

  it('refuse a table with the first problem and the count of the rest, and one with no rows', () => {
    const values = csvOf(previousRowsOfBook(lastYear));
    const value = values[0].indexOf('value');
    const broken = values.map((row, i) =>
      i === 1 || i === 2 ? row.map((cell, c) => (c === value ? 'много' : cell)) : row,
    );
    const table = previousRowsOfTable('прошлый.csv', broken);
    expect(table.kind).toBe('problems');
    expect(table.kind === 'problems' && table.more).toBe(1);
    expect(table.kind === 'problems' && table.first).toContain('много');
    expect(previousRowsOfTable('прошлый.csv', [values[0]])).toEqual({ kind: 'empty' });
  });

  it("read records of a columnar file as a table of the long format's columns that are there", () => {
    const names = LONG_COLUMNS.map((column) => column.name);
    expect(tableOfRecords([])).toEqual([names]);
    expect(tableOfRecords([{ value: 1, period: '2024/2025', extra: 'x' }, { period: '2025/2026' }])).toEqual([
      ['period', 'value'],
      ['2024/2025', 1],
      ['2025/2026', null],
    ]);
  });
});

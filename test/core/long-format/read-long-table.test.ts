import { describe, expect, it } from 'vitest';
import { longCsvHeader, parseCsv } from '../../../src/core/long-format/long-csv';
import type { LongRow } from '../../../src/core/long-format/long-row';
import { findLongHeader, isLongTable, readLongTable } from '../../../src/core/long-format/read-long-table';

const HEADER = longCsvHeader().split(',');

const ROW: LongRow = {
  period: '2025/2026',
  region: 'Красноярский край',
  municipality: 'Сосновский район',
  level: 'municipality',
  school: '',
  indicator_id: 'ped_total',
  indicator_code: '1.1',
  indicator_title: 'Педагогические работники',
  type: 'count',
  value: 130,
  numerator: null,
  denominator: null,
  schools_counted: 12,
  target: null,
  met: null,
  status: 'counted',
};

const cells = (row: LongRow, changes: Partial<Record<keyof LongRow, unknown>> = {}) =>
  HEADER.map((name) => (name in changes ? changes[name as keyof LongRow] : row[name as keyof LongRow]));

/** The one row read from a table of the header and `changes` applied to ROW; null when it was left out. */
function readOne(changes: Partial<Record<keyof LongRow, unknown>>): LongRow | null {
  const table = readLongTable('Прошлый период', [HEADER, cells(ROW, changes)]);
  return table.rows.length === 1 ? table.rows[0] : null;
}

describe('readLongTable: numbers', () => {
  it.each([
    ['0,5', 0.5],
    ['.5', 0.5],
    ['+2', 2],
    ['-1.5', -1.5],
    ['1e2', 100],
    ['2E-1', 0.2],
    ['  7  ', 7],
    ['', null],
    [null, null],
    [0.25, 0.25],
  ])('reads %j in a double column as %j', (typed, value) => {
    expect(readOne({ value: typed })?.value).toBe(value);
  });

  it.each(['18,4 %', 'abc', '1,2,3', '1e', '--1', Number.POSITIVE_INFINITY, Number.NaN, 'Infinity'])(
    'leaves out a row whose double is %j',
    (typed) => {
      expect(readOne({ value: typed })).toBeNull();
    },
  );

  it('takes whole numbers only where the column is an integer', () => {
    expect(readOne({ schools_counted: '12' })?.schools_counted).toBe(12);
    expect(readOne({ schools_counted: 12 })?.schools_counted).toBe(12);
    expect(readOne({ schools_counted: '2,5' })).toBeNull();
    expect(readOne({ schools_counted: 2.5 })).toBeNull();
    const table = readLongTable('Прошлый период', [HEADER, cells(ROW, { schools_counted: 2.5 })]);
    expect(table.issues[0].message).toContain('ожидается целое число');
    const double = readLongTable('Прошлый период', [HEADER, cells(ROW, { value: 'x' })]);
    expect(double.issues[0].message).not.toContain('целое');
  });
});

describe('readLongTable: booleans and words', () => {
  it.each([
    [true, true],
    [false, false],
    ['TRUE', true],
    ['false', false],
    ['1', true],
    ['0', false],
    ['', null],
  ])('reads met %j as %j', (typed, met) => {
    expect(readOne({ met: typed })?.met).toBe(met);
  });

  it.each(['да', 'yes', '2'])('leaves out a row whose met is %j', (typed) => {
    expect(readOne({ met: typed })).toBeNull();
  });

  it('reads level, status and type in any case, and nothing else', () => {
    expect(readOne({ level: ' REGION ', status: 'Not_Submitted', type: 'Percent' })).toMatchObject({
      level: 'region',
      status: 'not_submitted',
      type: 'percent',
    });
    expect(readOne({ level: 'ОО' })).toBeNull();
    expect(readOne({ status: 'учтено' })).toBeNull();
    expect(readOne({ type: 'ratio' })).toBeNull();
  });

  it('keeps text as written, trimmed, and a number in a text column as its digits', () => {
    expect(readOne({ school: '  МБОУ «СОШ № 1»  ', period: 2025, indicator_code: null })).toMatchObject({
      school: 'МБОУ «СОШ № 1»',
      period: '2025',
      indicator_code: '',
    });
  });
});

describe('readLongTable: the table', () => {
  it('finds the header in any column order and any case, skips blank rows and reports the cell', () => {
    const order = [...HEADER].reverse();
    const upper = order.map((name) => name.toUpperCase());
    const row = order.map((name) => ROW[name as keyof LongRow]);
    const bad = order.map((name) => (name === 'value' ? 'много' : ROW[name as keyof LongRow]));
    const table = readLongTable('Прошлый период', [['Выгрузка'], upper, ['', '  ', null], row, bad]);
    expect(table.rows).toEqual([ROW]);
    expect(table.issues.map((issue) => [issue.code, issue.cell])).toHaveLength(1);
    const column = String.fromCharCode('A'.charCodeAt(0) + order.indexOf('value'));
    expect(table.issues[0].cell).toBe(`${column}5`);
  });

  it('takes the first of two columns of one name', () => {
    const header = [...HEADER, 'value'];
    const table = readLongTable('Прошлый период', [header, [...cells(ROW), 'не число']]);
    expect(table.rows).toEqual([ROW]);
  });

  it('looks for the header in the first fifteen rows only', () => {
    const title = (n: number) => Array.from({ length: n }, () => ['Пояснение']);
    expect(findLongHeader([...title(14), HEADER])?.row).toBe(14);
    expect(findLongHeader([...title(15), HEADER])).toBeNull();
    expect(findLongHeader([['indicator_id', 'значение']])).toBeNull();
    expect(findLongHeader([['level', 'значение']])).toBeNull();
    expect(isLongTable([])).toBe(false);
  });

  it('says where the header is when columns are missing, and that there is none when it is absent', () => {
    const partial = readLongTable('Прошлый период', [['Выгрузка'], ['Пояснение'], HEADER.slice(0, 8)]);
    expect(partial.issues[0]).toMatchObject({ code: 'header/missing-column', cell: 'A3' });
    expect(partial.issues[0].message).toContain('type, value');
    const none = readLongTable('Прошлый период', [['нет заголовка']]);
    expect(none.issues[0]).toMatchObject({ code: 'header/missing-column', cell: 'A1' });
    expect(none.issues[0].message).toContain(HEADER.join(', '));
  });
});

describe('parseCsv', () => {
  it('reads CR line ends, quoted separators and doubled quotes, and keeps empty fields', () => {
    expect(parseCsv('a,"b,""c"""\rd,\r\n"e\nf",g')).toEqual([
      ['a', 'b,"c"'],
      ['d', ''],
      ['e\nf', 'g'],
    ]);
    expect(parseCsv('')).toEqual([]);
    expect(parseCsv('x,')).toEqual([['x', '']]);
  });
});

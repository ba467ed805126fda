import { describe, expect, it } from 'vitest';
import { longCsvHeader, parseCsv } from '../../../src/core/long-format/long-csv';
import type { LongRow } from '../../../src/core/long-format/long-row';
import { isLongTable, readLongTable } from '../../../src/core/long-format/read-long-table';

const ROW: LongRow = {
  period: '2025/2026',
  region: 'Край',
  municipality: 'Район',
  level: 'school',
  school: 'Школа А',
  indicator_id: 'share_mentors',
  indicator_code: '',
  indicator_title: 'Доля наставников',
  type: 'share',
  value: 0.25,
  numerator: 1,
  denominator: 4,
  schools_counted: null,
  target: 0.3,
  met: false,
  status: 'counted',
};

const header = () => longCsvHeader().split(',');

function readValue(typed: unknown): LongRow | null {
  const names = header();
  const cells = names.map((name) => (name === 'value' ? typed : ROW[name as keyof LongRow]));
  const table = readLongTable('Прошлый период', [names, cells]);
  return table.rows.length === 1 ? table.rows[0] : null;
}

describe('readLongTable: numbers written as text', () => {
  it.each([
    ['0,25', 0.25],
    ['.25', 0.25],
    ['12.', 12],
    ['1e10', 1e10],
    ['1E+2', 100],
    ['-0.125', -0.125],
  ])('reads %j as %j', (typed, value) => {
    expect(readValue(typed)?.value).toBe(value);
  });

  it.each(['0x10', '0b1', '1e999', '-1e999', '1 2', 'e5', '.', ',5,', '1e+', '5%'])(
    'leaves out a row whose number is %j, with an issue at the cell',
    (typed) => {
      const names = header();
      const cells = names.map((name) => (name === 'value' ? typed : ROW[name as keyof LongRow]));
      const table = readLongTable('Прошлый период', [names, cells]);
      expect(table.rows).toEqual([]);
      expect(table.issues.map((issue) => [issue.code, issue.cell])).toEqual([['cell/type', 'J2']]);
    },
  );

  it('reads a whole number written with a decimal point in an integer column', () => {
    const names = header();
    const cells = names.map((name) => (name === 'schools_counted' ? '3.0' : ROW[name as keyof LongRow]));
    expect(readLongTable('Прошлый период', [names, cells]).rows[0]?.schools_counted).toBe(3);
  });
});

describe('readLongTable: words and typed cells', () => {
  it('reads every status of the contract', () => {
    const names = header();
    const rows = (['counted', 'excluded', 'not_submitted'] as const).map((status) =>
      names.map((name) => (name === 'status' ? status : ROW[name as keyof LongRow])),
    );
    const table = readLongTable('Прошлый период', [names, ...rows]);
    expect(table.rows.map((row) => row.status)).toEqual(['counted', 'excluded', 'not_submitted']);
  });

  it('says which words a level, a status and a type may be', () => {
    const names = header();
    const bad = names.map((name) =>
      name === 'level'
        ? 'ОО'
        : name === 'status'
          ? 'учтено'
          : name === 'type'
            ? 'доля'
            : ROW[name as keyof LongRow],
    );
    const table = readLongTable('Прошлый период', [names, bad]);
    expect(table.issues.map((issue) => issue.message)).toEqual([
      'В ячейке D2 «ОО»: в столбце level ожидается school, municipality или region',
      'В ячейке I2 «доля»: в столбце type ожидается count, flag, share или percent',
      'В ячейке P2 «учтено»: в столбце status ожидается counted, excluded или not_submitted',
    ]);
  });

  it('keeps a number cell as the very number it holds', () => {
    expect(Object.is(readValue(-0)?.value, -0)).toBe(true);
    expect(readValue(1e21)?.value).toBe(1e21);
  });
});

describe('readLongTable: rows', () => {
  it('reads cells missing at the end of a short row as empty', () => {
    const names = [...header()].reverse();
    const cells = names.map((name) => ROW[name as keyof LongRow]).slice(0, -1);
    const table = readLongTable('Прошлый период', [names, cells]);
    expect(table.issues).toEqual([]);
    expect(table.rows).toEqual([{ ...ROW, period: '' }]);
  });

  it('reads every row below the header, and none above it', () => {
    const names = header();
    const cells = names.map((name) => ROW[name as keyof LongRow]);
    const second = names.map((name) => (name === 'school' ? 'Школа Б' : ROW[name as keyof LongRow]));
    const table = readLongTable('Прошлый период', [['Выгрузка'], names, cells, second]);
    expect(table.issues).toEqual([]);
    expect(table.rows.map((row) => row.school)).toEqual(['Школа А', 'Школа Б']);
  });

  it('reports every unreadable cell of a row, each at its own column and row', () => {
    const names = header();
    const cells = names.map((name) => ROW[name as keyof LongRow]);
    const bad = names.map((name) =>
      name === 'met' ? 'может быть' : name === 'schools_counted' ? '1,5' : ROW[name as keyof LongRow],
    );
    const table = readLongTable('Прошлый период', [names, cells, bad]);
    expect(table.rows).toHaveLength(1);
    expect(table.issues.map((issue) => issue.cell)).toEqual(['M3', 'O3']);
    expect(table.issues[0].message).toContain('«1,5»: в столбце schools_counted ожидается целое число');
    expect(table.issues[1].message).toContain('ожидается true, false или пустая ячейка');
  });

  it('tells a table with every column from one that lacks some', () => {
    expect(isLongTable([header()])).toBe(true);
    expect(isLongTable([header().slice(1)])).toBe(false);
    expect(isLongTable([[...header().slice(0, -1)]])).toBe(false);
  });
});

describe('parseCsv: ends of records', () => {
  it('keeps a last record of one field without a line break, and adds none after a final one', () => {
    expect(parseCsv('a,b\nc')).toEqual([['a', 'b'], ['c']]);
    expect(parseCsv('a\n')).toEqual([['a']]);
    expect(parseCsv('a\r\n')).toEqual([['a']]);
    expect(parseCsv('a\n\n')).toEqual([['a'], ['']]);
  });

  it('reads a quoted field with a quote at its end and a comma after it', () => {
    expect(parseCsv('"x""",y')).toEqual([['x"', 'y']]);
    expect(parseCsv('"",z')).toEqual([['', 'z']]);
  });

  it('keeps a BOM that is not at the start', () => {
    expect(parseCsv('a\ufeff')).toEqual([['a\ufeff']]);
  });
});

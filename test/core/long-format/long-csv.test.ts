import { describe, expect, it } from 'vitest';
import { longCsvHeader, longCsvLine, parseCsv } from '../../../src/core/long-format/long-csv';
import type { LongRow } from '../../../src/core/long-format/long-row';

/** The file the command line streams, as one text. */
const toLongCsv = (rows: readonly LongRow[]) =>
  [longCsvHeader(), ...rows.map(longCsvLine)].map((line) => `${line}\r\n`).join('');
import { isLongTable, readLongTable } from '../../../src/core/long-format/read-long-table';

const ROW: LongRow = {
  period: '2025/2026',
  region: '',
  municipality: 'Сосновский район',
  level: 'school',
  school: 'МБОУ «СОШ № 1, филиал» "Северный"\nкорпус 2',
  indicator_id: 'share_mentors',
  indicator_code: '',
  indicator_title: 'Доля наставников в общем количестве педагогических работников',
  type: 'share',
  value: 0.18461538461538463,
  numerator: 24,
  denominator: 130,
  schools_counted: null,
  target: null,
  met: null,
  status: 'counted',
};

describe('long-format CSV', () => {
  it('writes the header of the long format and RFC 4180 quoting, with CRLF line ends and empty fields for null', () => {
    const text = toLongCsv([ROW]);
    expect(text.startsWith(`${longCsvHeader()}\r\n`)).toBe(true);
    expect(longCsvHeader()).toBe(
      'period,region,municipality,level,school,indicator_id,indicator_code,indicator_title,type,value,numerator,denominator,schools_counted,target,met,status',
    );
    expect(text).toContain(',"МБОУ «СОШ № 1, филиал» ""Северный""\nкорпус 2",');
    expect(text).toContain(',share,0.18461538461538463,24,130,,,,counted\r\n');
  });

  it('reads back what it wrote, every value and type kept', () => {
    const other: LongRow = {
      ...ROW,
      school: '',
      level: 'municipality',
      schools_counted: 12,
      target: 0.7,
      met: false,
      value: null,
    };
    const table = readLongTable('выгрузка.csv', parseCsv(toLongCsv([ROW, other])));
    expect(table.issues).toEqual([]);
    expect(table.rows).toEqual([ROW, other]);
  });

  it('guards a text a spreadsheet would run as a formula, and reads it back as it was typed', () => {
    const typed = ['=1+1', '+7', '-2+3', '@SUM(1;1)', '\t=1', '\r=1', "'=1", "''+1", "'ok", 'a=b', '1-2'];
    const rows = typed.map((school, i) => ({ ...ROW, school, value: -i - 1 }));
    const lines = rows.map(longCsvLine);
    expect(lines[0]).toContain(",'=1+1,");
    expect(lines[1]).toContain(",'+7,");
    expect(lines[4]).toContain(",'\t=1,");
    expect(lines[5]).toContain(',"\'\r=1",');
    expect(lines[6]).toContain(",''=1,");
    expect(lines[8]).toContain(",'ok,");
    expect(lines[9]).toContain(',a=b,');
    expect(lines[2]).toContain(',share,-3,24,130,');
    const table = readLongTable('выгрузка.csv', parseCsv(toLongCsv(rows)));
    expect(table.rows.map((row) => row.school)).toEqual(typed.map((school) => school.trim()));
    expect(table.rows.map((row) => row.value)).toEqual(rows.map((row) => row.value));
  });

  it('parses a BOM and a last line without a line break', () => {
    expect(parseCsv('\ufeffa,b\r\n1,"x""y"')).toEqual([
      ['a', 'b'],
      ['1', 'x"y'],
    ]);
  });
});

describe('long-format rows on a sheet («Прошлый период»)', () => {
  const header = longCsvHeader().split(',');
  const cells = (row: LongRow) => header.map((name) => row[name as keyof LongRow]);

  it('takes the values a spreadsheet import leaves: numbers, booleans, decimal commas, title rows above', () => {
    const imported = cells({ ...ROW, met: null });
    imported[header.indexOf('value')] = '0,5';
    imported[header.indexOf('met')] = 'TRUE';
    imported[header.indexOf('period')] = 2025;
    const table = readLongTable('Прошлый период', [['Выгрузка за 2025 год'], header, imported, []]);
    expect(table.issues).toEqual([]);
    expect(table.rows).toEqual([{ ...ROW, value: 0.5, met: true, period: '2025' }]);
    expect(isLongTable([['Выгрузка'], header])).toBe(true);
    expect(isLongTable([header.slice(0, 10)])).toBe(false);
  });

  it('tells which cell cannot be read and leaves its row out, keeping the others', () => {
    const bad = cells(ROW);
    bad[header.indexOf('value')] = '18,4 %';
    bad[header.indexOf('level')] = 'ОО';
    const table = readLongTable('Прошлый период', [header, bad, cells(ROW)]);
    expect(table.rows).toEqual([ROW]);
    expect(table.issues.map((issue) => [issue.code, issue.cell])).toEqual([
      ['cell/type', 'D2'],
      ['cell/type', 'J2'],
    ]);
    expect(table.issues[1].message).toBe(
      'В ячейке J2 «18,4 %»: в столбце value ожидается число или пустая ячейка',
    );
  });

  it('names the missing columns of the contract', () => {
    const table = readLongTable('Прошлый период', [
      header.filter((name) => name !== 'status' && name !== 'met'),
    ]);
    expect(table.rows).toEqual([]);
    expect(table.issues).toHaveLength(1);
    expect(table.issues[0]).toMatchObject({
      code: 'header/missing-column',
      message: 'На листе нет столбцов выгрузки: met, status',
    });
  });
});

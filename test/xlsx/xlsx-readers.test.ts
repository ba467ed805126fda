/**
 * A .xlsx is read two ways: through exceljs's worksheets when a copy will be saved, through its
 * bare model when nothing will (see src/xlsx/xlsx-book-model.ts). The engine must see the same
 * workbook either way, so both are read here from whole municipalities and compared sheet by sheet.
 */
import ExcelJS from 'exceljs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { summarise } from '../../src/app/summarise';
import { writeSummaryCopy } from '../../src/cli/commands/summary-copy';
import type { Workbook } from '../../src/app/workbook';
import { generateMunicipality } from '../../src/demo/municipality';
import { newXlsxWorkbook, openXlsxWorkbook, readXlsxWorkbook } from '../../src/xlsx/xlsx-workbook';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cmn-readers-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function everything(book: Workbook) {
  return book.listSheets().map((info) => ({
    info,
    grid: book.readSheet(info.name),
    merges: book.readMerges(info.name),
    formats: book.readNumberFormats(info.name),
  }));
}

async function expectSameBothWays(path: string): Promise<void> {
  const bytes = await readFile(path);
  const copied = everything(await openXlsxWorkbook(bytes));
  const read = everything(await readXlsxWorkbook(bytes));
  expect(read.map((s) => s.info.name)).toEqual(copied.map((s) => s.info.name));
  read.forEach((sheet, i) => expect(sheet, sheet.info.name).toEqual(copied[i]));
}

describe('both ways of reading a .xlsx', () => {
  it('give the same sheets, values, merges and formats for a municipality with planted mistakes', async () => {
    const demo = generateMunicipality({ seed: 41, orgs: 12, baseRows: 300 });
    const book = newXlsxWorkbook();
    for (const sheet of demo.sheets) book.addGridSheet(sheet);
    const path = join(dir, 'municipality.xlsx');
    await writeFile(path, await book.toBuffer());
    await expectSameBothWays(path);
  });

  it('give the same values of a book with a picture and notes, parts a read has no use for', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('СОШ № 3');
    sheet.getCell('A1').value = 'Код';
    sheet.getCell('A2').value = '1.1';
    sheet.getCell('A2').note = 'Код из «Показателей»';
    // A 1×1 PNG: a school's logo on its tab.
    const logo = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
      'base64',
    );
    sheet.addImage(book.addImage({ buffer: logo as unknown as ExcelJS.Buffer, extension: 'png' }), 'C1:D3');
    const path = join(dir, 'picture.xlsx');
    await book.xlsx.writeFile(path);
    expect((await readXlsxWorkbook(await readFile(path))).readSheet('СОШ № 3').values).toEqual([
      ['Код'],
      ['1.1'],
    ]);
    await expectSameBothWays(path);
  });

  it('give the same generated sheets (marked, merged, formatted) of a saved summary copy', async () => {
    const demo = generateMunicipality({ seed: 42, orgs: 6 });
    const book = newXlsxWorkbook();
    for (const sheet of demo.sheets) book.addGridSheet(sheet);
    const path = join(dir, 'copy.xlsx');
    const progress = { step: () => {}, done: () => {} };
    await writeSummaryCopy(book, summarise(book).result, path, { now: new Date(), progress });
    const generated = (await readXlsxWorkbook(await readFile(path)))
      .listSheets()
      .filter((s) => s.generated !== null);
    expect(generated.map((s) => s.generated).sort()).toEqual(['recommendations', 'summary']);
    await expectSameBothWays(path);
  });
});

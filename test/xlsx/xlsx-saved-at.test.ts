/** When a book was saved, by its own core properties (docProps/core.xml dcterms:modified). */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { xlsxSavedAt } from '../../src/xlsx/xlsx-saved-at';
import { openXlsxWorkbook } from '../../src/xlsx/xlsx-workbook';

async function bookBytes(modified: Date): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  book.addWorksheet('Лист1').getCell('A1').value = 1;
  book.modified = modified;
  return new Uint8Array(await book.xlsx.writeBuffer());
}

async function withCore(bytes: Uint8Array, edit: (core: string) => string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  zip.file('docProps/core.xml', edit((await zip.file('docProps/core.xml')?.async('string')) ?? ''));
  return zip.generateAsync({ type: 'uint8array' });
}

describe('xlsxSavedAt', () => {
  const at = new Date(Date.UTC(2026, 2, 5, 9, 15, 30));

  it('reads dcterms:modified, and the opened workbook carries it', async () => {
    const bytes = await bookBytes(at);
    expect(xlsxSavedAt(bytes)).toEqual(at);
    expect((await openXlsxWorkbook(bytes)).savedAt).toEqual(at);
  });

  it('is null without the property, with one that is no date, or for bytes that are no zip', async () => {
    const bytes = await bookBytes(at);
    const none = await withCore(bytes, (core) =>
      core.replace(/<dcterms:modified[^>]*>[^<]*<\/dcterms:modified>/, ''),
    );
    expect(xlsxSavedAt(none)).toBeNull();
    const bad = await withCore(bytes, (core) => core.replace(/(<dcterms:modified[^>]*>)[^<]*/, '$1вчера'));
    expect(xlsxSavedAt(bad)).toBeNull();
    expect(xlsxSavedAt(new TextEncoder().encode('не книга'))).toBeNull();
  });
});

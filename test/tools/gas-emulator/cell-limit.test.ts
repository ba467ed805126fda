/**
 * Sheets refuses more than 50 000 characters in one cell: "Your input contains more than the
 * maximum of 50000 characters in a single cell." (the Sheets error, quoted in
 * https://integrately.com/integrations/google-sheets/error and
 * https://qiita.com/koshilife/items/5aff56c1bb9e5d31067f).
 */
import { describe, it, expect } from 'vitest';
import { createEmulator } from './index';

const MESSAGE = 'Your input contains more than the maximum of 50000 characters in a single cell.';
const LIMIT = 'я'.repeat(50_000);
const OVER = `${LIMIT}!`;

function sheet() {
  const emulator = createEmulator();
  emulator.seedSheet('Рекомендации', [
    ['ОО', 'Текст'],
    ['СОШ № 1', 'черновик'],
  ]);
  return { emulator, sheet: emulator.spreadsheet.getSheetByName('Рекомендации')! };
}

describe('the 50 000-character cell limit', () => {
  it('accepts exactly 50 000 characters', () => {
    const { sheet: s } = sheet();
    s.getRange('B2').setValue(LIMIT);
    s.getRange('B2').setNote(LIMIT);
    expect((s.getRange('B2').getValue() as string).length).toBe(50_000);
    expect(s.getRange('B2').getNote().length).toBe(50_000);
  });

  it("refuses 50 001 characters in setValue, setFormula and setNote with Google's message, as an Exception", () => {
    const { sheet: s } = sheet();
    const range = s.getRange('B2');
    for (const write of [
      () => range.setValue(OVER),
      () => range.setFormula(`=${OVER}`),
      () => range.setNote(OVER),
    ]) {
      let thrown: unknown;
      try {
        write();
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(Error);
      expect((thrown as Error).name).toBe('Exception');
      expect((thrown as Error).message).toBe(MESSAGE);
    }
    expect([range.getValue(), range.getNote()]).toEqual(['черновик', '']);
  });

  it('refuses a setValues, setNotes or appendRow with one long cell and writes none of its cells', () => {
    const { sheet: s } = sheet();
    const block = s.getRange('A2:B2');
    expect(() => block.setValues([['СОШ № 2', OVER]])).toThrow(MESSAGE);
    expect(() => block.setNotes([['', OVER]])).toThrow(MESSAGE);
    expect(() => s.appendRow(['СОШ № 3', OVER])).toThrow(MESSAGE);
    expect(block.getValues()).toEqual([['СОШ № 1', 'черновик']]);
    expect(block.getNotes()).toEqual([['', '']]);
    expect(s.getLastRow()).toBe(2);
  });
});

/**
 * At most 10 000 000 cells in a spreadsheet, every sheet's grid counted
 * (https://workspaceupdates.googleblog.com/2022/03/ten-million-cells-google-sheets.html,
 * https://support.google.com/drive/answer/37603); past it Sheets refuses with "This action would
 * increase the number of cells in the workbook above the limit of 10000000 cells." (quoted in
 * https://github.com/UoaWDCC/uasc-web/pull/833).
 */
describe('the 10 000 000-cell limit of a spreadsheet', () => {
  const CEILING =
    'This action would increase the number of cells in the workbook above the limit of 10000000 cells.';

  it('counts every new sheet at 1 000 × 26 and refuses the sheet that would pass the limit, adding nothing', () => {
    const { spreadsheet } = createEmulator();
    // 1 sheet of 26 000 cells, then 383 more: 384 × 26 000 = 9 984 000.
    for (let i = 2; i <= 384; i++) spreadsheet.insertSheet(`ОО ${i}`);
    expect(() => spreadsheet.insertSheet('ОО 385')).toThrow(CEILING);
    expect(spreadsheet.getNumSheets()).toBe(384);
    expect(spreadsheet.getSheetByName('ОО 385')).toBeNull();
  });

  it('refuses inserted rows and columns past the limit, and counts a trimmed sheet at its own size', () => {
    const { spreadsheet } = createEmulator();
    const sheet = spreadsheet.getSheets()[0];
    // 1 000 × 26 → 384 000 rows × 26 = 9 984 000 cells.
    sheet.insertRowsAfter(1000, 383_000);
    expect(() => sheet.insertRowsAfter(1, 1000)).toThrow(CEILING);
    expect(() => sheet.insertColumnsAfter(26, 1)).toThrow(CEILING);
    expect([sheet.getMaxRows(), sheet.getMaxColumns()]).toEqual([384_000, 26]);
    // Deleting columns frees their cells: now the same rows fit.
    sheet.deleteColumns(11, 16);
    sheet.insertRowsAfter(1, 1000);
    expect(sheet.getMaxRows()).toBe(385_000);
  });

  it('counts a sheet inserted from a template at the template’s size', () => {
    const { spreadsheet } = createEmulator();
    const template = spreadsheet.getSheets()[0];
    template.deleteRows(71, 930);
    template.deleteColumns(10, 17);
    const copy = spreadsheet.insertSheet('Копия', 1, { template });
    expect([copy.getMaxRows(), copy.getMaxColumns()]).toEqual([70, 9]);
    expect(() => copy.getRange(71, 1)).toThrow(
      'The coordinates of the range are outside the dimensions of the sheet.',
    );
  });
});

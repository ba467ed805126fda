import { describe, it, expect } from 'vitest';
import { createEmulator } from './index';

describe('Sheet', () => {
  it('starts empty: last row and column 0, 1000 × 26 grid, default widths', () => {
    const { spreadsheet } = createEmulator();
    const sheet = spreadsheet.insertSheet('ОО 1');
    expect([sheet.getLastRow(), sheet.getLastColumn(), sheet.getMaxRows(), sheet.getMaxColumns()]).toEqual([
      0, 0, 1000, 26,
    ]);
    expect(sheet.getColumnWidth(3)).toBe(100);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1');
  });

  it("throws Google's messages for ranges outside the grid", () => {
    const { spreadsheet } = createEmulator();
    const sheet = spreadsheet.getSheets()[0];
    expect(() => sheet.getRange(0, 1)).toThrow('The starting row of the range is too small.');
    expect(() => sheet.getRange(1, 0)).toThrow('The starting column of the range is too small.');
    expect(() => sheet.getRange(1, 1, 0, 1)).toThrow('The number of rows in the range must be at least 1.');
    expect(() => sheet.getRange(1, 1, 1, 0)).toThrow(
      'The number of columns in the range must be at least 1.',
    );
    expect(() => sheet.getRange(1, 1, 1, 27)).toThrow(
      'The coordinates of the range are outside the dimensions of the sheet.',
    );
    expect(() => sheet.getRange('1', 1 as unknown as string)).toThrow(
      "The parameters (String,number) don't match the method signature for SpreadsheetApp.Sheet.getRange.",
    );
    try {
      sheet.getRange(0, 1);
    } catch (error) {
      expect((error as Error).name).toBe('Exception');
    }
  });

  it('resolves A1 forms: cell, block, whole columns, whole rows', () => {
    const { spreadsheet } = createEmulator();
    const sheet = spreadsheet.getSheets()[0];
    expect(sheet.getRange('b2:c5').getA1Notation()).toBe('B2:C5');
    expect(sheet.getRange('A:B').getNumRows()).toBe(1000);
    expect(sheet.getRange('2:3').getNumColumns()).toBe(26);
    expect(() => sheet.getRange('Лист1')).toThrow('Range not found');
  });

  it('finds the data range and last row/column from values and formulas only', () => {
    const emulator = createEmulator();
    const sheet = emulator.seedSheet('ОО 1', [
      ['Код', 'Показатель', 'Значение'],
      ['1.1', 'Общая численность педагогических работников', 54],
    ]);
    sheet.getRange('F10').setBackground('#ffff00').setNote('не данные');
    expect([sheet.getLastRow(), sheet.getLastColumn(), sheet.getDataRange().getA1Notation()]).toEqual([
      2,
      3,
      'A1:C2',
    ]);
    sheet.getRange('E4').setFormula('=C2*2');
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([4, 5]);
  });

  it('reads values by coordinates in one call, -1 meaning through the last row or column with data', () => {
    const emulator = createEmulator();
    const sheet = emulator.seedSheet('ОО 1', [
      ['Код', 'Показатель', 'Значение'],
      ['1.1', 'Общая численность педагогических работников', 54],
      ['1.2', 'Педагоги в роли наставника', 7],
    ]);
    emulator.resetCalls();
    expect(sheet.getSheetValues(2, 1, 1, -1)).toEqual([
      [1.1, 'Общая численность педагогических работников', 54],
    ]);
    expect(sheet.getSheetValues(2, 3, -1, 1)).toEqual([[54], [7]]);
    expect(sheet.getSheetValues(1, 1, -1, -1)).toHaveLength(3);
    expect(emulator.calls()).toEqual({ 'Sheet.getSheetValues': 3 });
    expect(() => sheet.getSheetValues(1, 1, 1001, 1)).toThrow(
      'The coordinates of the range are outside the dimensions of the sheet.',
    );
  });

  it('appends rows, growing the grid past its last row', () => {
    const emulator = createEmulator();
    const sheet = emulator.seedSheet('Журнал', [['a'], ...Array.from({ length: 999 }, (_, i) => [i])]);
    sheet.appendRow(['Иванова Мария Петровна', '12', "'007"]);
    expect(sheet.getMaxRows()).toBe(1001);
    expect(sheet.getRange(1001, 1, 1, 3).getValues()).toEqual([['Иванова Мария Петровна', 12, '007']]);
  });

  it('inserts and deletes rows and columns, shifting content', () => {
    const emulator = createEmulator();
    const sheet = emulator.seedSheet('ОО 2', [
      ['A1', 'B1'],
      ['A2', 'B2'],
      ['A3', 'B3'],
    ]);
    sheet.insertRowsAfter(1, 2);
    expect(sheet.getRange('A1:A5').getValues()).toEqual([['A1'], [''], [''], ['A2'], ['A3']]);
    expect(sheet.getMaxRows()).toBe(1002);
    sheet.deleteRows(2, 2);
    expect(sheet.getRange('A1:A3').getValues()).toEqual([['A1'], ['A2'], ['A3']]);
    sheet.insertColumnsBefore(1, 1);
    expect(sheet.getRange('A1:C1').getValues()).toEqual([['', 'A1', 'B1']]);
    sheet.deleteColumn(1);
    expect(sheet.getRange('A1:B1').getValues()).toEqual([['A1', 'B1']]);
    expect(() => sheet.deleteRows(1000, 5)).toThrow('Those rows are out of bounds.');
  });

  it('clears contents, formats and notes separately', () => {
    const emulator = createEmulator();
    const sheet = emulator.seedSheet('ОО 3', [['x', 'y']], {
      notes: [['примечание', '']],
      backgrounds: [['#ff0000', '#ffffff']],
    });
    sheet.clearContents();
    expect([
      sheet.getRange('A1').getValue(),
      sheet.getRange('A1').getBackground(),
      sheet.getRange('A1').getNote(),
    ]).toEqual(['', '#ff0000', 'примечание']);
    sheet.clearNotes();
    sheet.clearFormats();
    expect([sheet.getRange('A1').getBackground(), sheet.getRange('A1').getNote()]).toEqual(['#ffffff', '']);
  });

  it('keeps frozen rows, column widths, hidden columns, tab colour and visibility', () => {
    const { spreadsheet } = createEmulator();
    const sheet = spreadsheet.insertSheet('Сводная');
    sheet.setFrozenRows(5);
    sheet.setFrozenColumns(1);
    sheet.setColumnWidth(2, 320).setColumnWidths(3, 2, 80);
    sheet.hideColumns(6, 2);
    sheet.setTabColor('#0b8043');
    expect([
      sheet.getFrozenRows(),
      sheet.getFrozenColumns(),
      sheet.getColumnWidth(2),
      sheet.getColumnWidth(4),
    ]).toEqual([5, 1, 320, 80]);
    expect([
      sheet.isColumnHiddenByUser(6),
      sheet.isColumnHiddenByUser(7),
      sheet.isColumnHiddenByUser(8),
    ]).toEqual([true, true, false]);
    sheet.showColumns(6);
    expect(sheet.isColumnHiddenByUser(6)).toBe(false);
    expect(sheet.getTabColor()).toBe('#0b8043');
    sheet.hideSheet();
    expect(sheet.isSheetHidden()).toBe(true);
    expect(() => spreadsheet.getSheets()[0].hideSheet()).toThrow(
      "You can't hide all the sheets in a document.",
    );
  });

  it('sizes columns to their longest text', () => {
    const emulator = createEmulator();
    const sheet = emulator.seedSheet('ОО 4', [['Общая численность педагогических работников', 'да']]);
    sheet.autoResizeColumns(1, 2);
    expect(sheet.getColumnWidth(1)).toBeGreaterThan(sheet.getColumnWidth(2));
  });
});

/**
 * Inserting or deleting rows and columns moves what is below or to the right, with their sizes
 * and hidden state, as the Sheets reference describes them (Sheet.insertRowsBefore «Inserts a
 * number of blank rows before the given row location», Sheet.deleteRows «Deletes a number of rows
 * starting at the given row position», https://developers.google.com/apps-script/reference/spreadsheet/sheet#deleteRows(Integer,Integer)),
 * and the grid shrinks: a range past the new last row does not exist.
 */
describe('rows and columns that move on insert and delete', () => {
  it('moves values, widths, heights and hidden columns with their rows and columns', () => {
    const { spreadsheet } = createEmulator();
    const sheet = spreadsheet.getSheets()[0];
    sheet.getRange('C5').setValue('на месте');
    sheet.setColumnWidth(3, 240);
    sheet.setRowHeight(5, 54);
    sheet.hideColumns(4);
    sheet.insertRowsBefore(2, 3);
    sheet.insertColumnsBefore(1, 2);
    expect(sheet.getRange('E8').getValue()).toBe('на месте');
    expect([sheet.getColumnWidth(5), sheet.getColumnWidth(3)]).toEqual([240, 100]);
    expect([sheet.getRowHeight(8), sheet.getRowHeight(5)]).toEqual([54, 21]);
    expect([sheet.isColumnHiddenByUser(6), sheet.isColumnHiddenByUser(4)]).toEqual([true, false]);
    sheet.deleteRows(2, 3);
    sheet.deleteColumns(1, 2);
    expect(sheet.getRange('C5').getValue()).toBe('на месте');
    expect([sheet.getColumnWidth(3), sheet.getRowHeight(5), sheet.isColumnHiddenByUser(4)]).toEqual([
      240,
      54,
      true,
    ]);
    // A deleted column takes its width and hidden state with it.
    sheet.deleteColumns(3, 2);
    expect([sheet.getColumnWidth(3), sheet.isColumnHiddenByUser(3)]).toEqual([100, false]);
  });

  it('shrinks the grid on delete: a range past the last row or column throws', () => {
    const { spreadsheet } = createEmulator();
    const sheet = spreadsheet.getSheets()[0];
    sheet.deleteRows(51, 950);
    sheet.deleteColumns(8, 19);
    expect([sheet.getMaxRows(), sheet.getMaxColumns()]).toEqual([50, 7]);
    expect(() => sheet.getRange(51, 1)).toThrow(
      'The coordinates of the range are outside the dimensions of the sheet.',
    );
    expect(() => sheet.getRange('H1')).toThrow(
      'The coordinates of the range are outside the dimensions of the sheet.',
    );
    expect(() => sheet.deleteRows(50, 2)).toThrow('Those rows are out of bounds.');
    expect(() => sheet.deleteColumns(1, 7)).toThrow(
      'Sorry, it is not possible to delete all non-frozen columns.',
    );
  });

  it('insertSheet(name, index, {template}) copies the template’s grid, values, widths and hidden rows', () => {
    // «All data from the template sheet object is copied to the new sheet»
    // (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#insertSheet(String,Integer,Object)).
    const { spreadsheet } = createEmulator();
    const template = spreadsheet.getSheets()[0];
    template.getRange('B2').setValue('ОО');
    template.setColumnWidth(2, 300);
    template.hideRows(4);
    template.deleteRows(31, 970);
    const copy = spreadsheet.insertSheet('Копия', 1, { template });
    expect([copy.getMaxRows(), copy.getMaxColumns(), copy.getIndex()]).toEqual([30, 26, 2]);
    expect([copy.getRange('B2').getValue(), copy.getColumnWidth(2), copy.isRowHiddenByUser(4)]).toEqual([
      'ОО',
      300,
      true,
    ]);
    copy.getRange('B2').setValue('другая');
    expect(template.getRange('B2').getValue()).toBe('ОО');
  });
});

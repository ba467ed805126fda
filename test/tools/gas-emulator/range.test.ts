import { describe, it, expect } from 'vitest';
import { createEmulator } from './index';

function setup() {
  const emulator = createEmulator();
  const sheet = emulator.seedSheet('База наставников', [
    ['№ п/п', 'Ф.И.О наставника', 'Место работы'],
    [1, 'Иванова Мария Петровна', 'МБОУ «СОШ № 1»'],
    [2, 'Петров Олег Иванович', 'МБОУ «СОШ № 2»'],
  ]);
  return { emulator, sheet };
}

describe('Range values', () => {
  it('reads empty cells as empty strings', () => {
    const { sheet } = setup();
    expect(sheet.getRange('C3:D4').getValues()).toEqual([
      ['МБОУ «СОШ № 2»', ''],
      ['', ''],
    ]);
    expect(sheet.getRange(10, 10).getValue()).toBe('');
  });

  it('round-trips values of every kind', () => {
    const { sheet } = setup();
    const date = new Date('2025-11-20T00:00:00+03:00');
    sheet.getRange(5, 1, 1, 4).setValues([[12, true, date, 'текст']]);
    const [row] = sheet.getRange(5, 1, 1, 4).getValues();
    expect(row.slice(0, 2)).toEqual([12, true]);
    expect((row[2] as Date).getTime()).toBe(date.getTime());
    expect(row[3]).toBe('текст');
  });

  it("rejects a wrong number of rows with Google's message and writes nothing", () => {
    const { sheet } = setup();
    const range = sheet.getRange(5, 1, 2, 2);
    expect(() => range.setValues([['a', 'b']])).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
    );
    expect(range.getValues()).toEqual([
      ['', ''],
      ['', ''],
    ]);
  });

  it("rejects a short row with Google's columns message before writing any row", () => {
    const { sheet } = setup();
    const range = sheet.getRange(5, 1, 2, 2);
    expect(() => range.setValues([['a', 'b'], ['c']])).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.',
    );
    expect(range.getValues()).toEqual([
      ['', ''],
      ['', ''],
    ]);
  });

  it('applies the same shape check to notes, backgrounds, formats, weights, colours, formulas and validations', () => {
    const { sheet } = setup();
    const range = sheet.getRange(1, 1, 2, 2);
    const oneRow = [['x', 'y']];
    for (const write of [
      () => range.setNotes(oneRow),
      () => range.setBackgrounds(oneRow),
      () => range.setNumberFormats(oneRow),
      () => range.setFontWeights(oneRow),
      () => range.setFontColors(oneRow),
      () => range.setFormulas(oneRow),
      () => range.setDataValidations([[null, null]]),
    ]) {
      expect(write).toThrow('The data has 1 but the range has 2.');
    }
    expect(range.getNotes()).toEqual([
      ['', ''],
      ['', ''],
    ]);
    expect(range.getBackgrounds()).toEqual([
      ['#ffffff', '#ffffff'],
      ['#ffffff', '#ffffff'],
    ]);
  });

  it('interprets written strings as typed: formulas, parse errors, numbers, apostrophes', () => {
    const { sheet } = setup();
    sheet.getRange(6, 1, 1, 4).setValues([['=A2+A3', '+7 912 000-00-00', '12', "'+7 912 000-00-00"]]);
    expect(sheet.getRange(6, 1, 1, 4).getValues()).toEqual([['', '#ERROR!', 12, '+7 912 000-00-00']]);
    expect(sheet.getRange(6, 1, 1, 4).getFormulas()).toEqual([['=A2+A3', '=+7 912 000-00-00', '', '']]);
  });

  it('returns the test-provided result for a formula cell', () => {
    const { emulator, sheet } = setup();
    sheet.getRange('D2').setFormula('=COUNTA(B2:B3)');
    emulator.setFormulaResult('База наставников', 'D2', 2);
    expect(sheet.getRange('D2').getValue()).toBe(2);
    expect(sheet.getRange('D2').getFormula()).toBe('=COUNTA(B2:B3)');
    sheet.getRange('D2').setValue('готово');
    expect(sheet.getRange('D2').getFormula()).toBe('');
    expect(sheet.getRange('D2').getValue()).toBe('готово');
  });

  it('sets every cell of a multi-cell range with setValue', () => {
    const { sheet } = setup();
    sheet.getRange('A7:B8').setValue(0);
    expect(sheet.getRange('A7:B8').getValues()).toEqual([
      [0, 0],
      [0, 0],
    ]);
  });

  it("reads a merged block's value only in its top-left cell", () => {
    const { sheet } = setup();
    sheet.getRange('A10').setValue('Мониторинг реализации целевой модели наставничества');
    sheet.getRange('B10').setValue('лишнее');
    sheet.getRange('A10:C10').merge();
    expect(sheet.getRange('A10:C10').getValues()).toEqual([
      ['Мониторинг реализации целевой модели наставничества', '', ''],
    ]);
    expect(sheet.getRange('B10').isPartOfMerge()).toBe(true);
    expect(
      sheet
        .getRange('A1:D20')
        .getMergedRanges()
        .map((r) => r.getA1Notation()),
    ).toEqual(['A10:C10']);
    sheet.getRange('A10:C10').breakApart();
    expect(sheet.getRange('B10').getValue()).toBe('');
    expect(sheet.getRange('B10').isPartOfMerge()).toBe(false);
  });

  it('refuses to merge across part of an existing merge', () => {
    const { sheet } = setup();
    sheet.getRange('A12:B12').merge();
    expect(() => sheet.getRange('B12:C12').merge()).toThrow(
      'You must select all cells in a merged range to merge or unmerge them.',
    );
    sheet.getRange('A13:C14').mergeAcross();
    expect(
      sheet
        .getRange('A13:C14')
        .getMergedRanges()
        .map((r) => r.getA1Notation()),
    ).toEqual(['A13:C13', 'A14:C14']);
  });

  it("round-trips notes, backgrounds, font weights and colours with Google's defaults", () => {
    const { sheet } = setup();
    const range = sheet.getRange('B2:C2');
    expect(range.getNote()).toBe('');
    expect(range.getFontWeight()).toBe('normal');
    expect(range.getFontColor()).toBe('#000000');
    expect(range.getNumberFormat()).toBe('0.###############');
    range.setNotes([['ФИО: латинская «а»', '']]);
    range.setBackgrounds([['#F4CCCC', null as unknown as string]]);
    range.setFontWeights([['bold', 'normal']]);
    range.setFontColors([['red', '#000']]);
    expect(range.getNotes()).toEqual([['ФИО: латинская «а»', '']]);
    expect(range.getBackgrounds()).toEqual([['#f4cccc', '#ffffff']]);
    expect(range.getFontWeights()).toEqual([['bold', 'normal']]);
    expect(range.getFontColors()).toEqual([['#ff0000', '#000000']]);
    range.clearNote();
    range.setBackground(null);
    expect(range.getNotes()).toEqual([['', '']]);
    expect(range.getBackground()).toBe('#ffffff');
  });

  it('clears content, format, or both', () => {
    const { sheet } = setup();
    const cell = sheet.getRange('B2');
    cell.setBackground('#ffff00').setNote('проверить');
    cell.clearContent();
    expect([cell.getValue(), cell.getBackground(), cell.getNote()]).toEqual(['', '#ffff00', 'проверить']);
    cell.setValue('x').clearFormat();
    expect([cell.getValue(), cell.getBackground()]).toEqual(['x', '#ffffff']);
  });

  it('shows display values by number format in the ru_RU locale', () => {
    const { sheet } = setup();
    sheet
      .getRange(20, 1, 1, 7)
      .setValues([[0.184, 0.35, 12, 18.4, true, '#DIV/0!', new Date('2025-11-20T10:00:00Z')]]);
    sheet
      .getRange(20, 1, 1, 7)
      .setNumberFormats([['0.0%', '0%', '0', '0.###############', '0', '0', 'dd.mm.yyyy']]);
    expect(sheet.getRange(20, 1, 1, 7).getDisplayValues()).toEqual([
      ['18,4%', '35%', '12', '18,4', 'TRUE', '#DIV/0!', '20.11.2025'],
    ]);
    sheet.getRange('A21').setValue(1234.5).setNumberFormat('#,##0.00');
    expect(sheet.getRange('A21').getDisplayValue()).toBe('1\u00a0234,50');
  });

  it('uses a dot for display values in an en_US spreadsheet', () => {
    const emulator = createEmulator({ locale: 'en_US' });
    const sheet = emulator.seedSheet('Сводная', [[0.184, 2.5]], { numberFormats: [['0.0%', '0.0']] });
    expect(sheet.getRange('A1:B1').getDisplayValues()).toEqual([['18.4%', '2.5']]);
  });

  it('offsets and reports its geometry', () => {
    const { sheet } = setup();
    const range = sheet.getRange('B2:C3').offset(1, 1);
    expect([
      range.getA1Notation(),
      range.getRow(),
      range.getColumn(),
      range.getNumRows(),
      range.getNumColumns(),
      range.getLastRow(),
      range.getLastColumn(),
    ]).toEqual(['C3:D4', 3, 3, 2, 2, 4, 4]);
    expect(range.getSheet().getName()).toBe('База наставников');
  });

  it('rejects arguments that are not a 2-D array', () => {
    const { sheet } = setup();
    expect(() => sheet.getRange('A1').setValues(['x'] as unknown as unknown[][])).toThrow(
      "don't match the method signature for SpreadsheetApp.Range.setValues",
    );
  });

  it('inserts checkboxes holding FALSE with a checkbox rule', () => {
    const { sheet } = setup();
    sheet.getRange('E2:E3').insertCheckboxes();
    expect(sheet.getRange('E2:E3').getValues()).toEqual([[false], [false]]);
    expect(sheet.getRange('E2').getDataValidation()?.getCriteriaType()).toBe('CHECKBOX');
  });
});

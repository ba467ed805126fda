import { describe, it, expect } from 'vitest';
import { createEmulator } from './index';
import type { Spreadsheet } from './spreadsheet';

describe('service call counting', () => {
  it("counts each call made by the script by Class.method, not the emulator's internal calls", () => {
    const emulator = createEmulator();
    emulator.seedSheet('База наставников', [['Ф.И.О наставника'], ['Иванова Мария Петровна']]);
    const SpreadsheetApp = emulator.globals.SpreadsheetApp as {
      getActive(): Spreadsheet;
      getUi(): { alert(m: string): string };
    };
    const sheet = SpreadsheetApp.getActive().getSheetByName('База наставников');
    const values = sheet?.getDataRange().getValues();
    sheet?.getRange(1, 2, 2, 1).setValues([['Статус'], ['ok']]);
    sheet?.getRange('B2').setBackground('#d9ead3');
    SpreadsheetApp.getUi().alert('Готово');
    expect(values).toEqual([['Ф.И.О наставника'], ['Иванова Мария Петровна']]);
    expect(emulator.calls()).toEqual({
      'Range.getValues': 1,
      'Range.setBackground': 1,
      'Range.setValues': 1,
      'Sheet.getDataRange': 1,
      'Sheet.getRange': 2,
      'Spreadsheet.getSheetByName': 1,
      'SpreadsheetApp.getActive': 1,
      'SpreadsheetApp.getUi': 1,
      'Ui.alert': 1,
    });
    expect(emulator.callSummary()).toEqual({ reads: 7, writes: 3, total: 10, elapsedMs: 7 * 30 + 3 * 50 });
  });

  it('files range calls under the sheet they read or write, renamed sheets under their new name', () => {
    const emulator = createEmulator();
    emulator.seedSheet('ОО 1', [
      ['Код', 'Значение'],
      ['1.1', 5],
    ]);
    emulator.seedSheet('База наставников', [['Ф.И.О наставника']]);
    const school = emulator.spreadsheet.getSheetByName('ОО 1')!;
    school.getDataRange().getValues();
    school.getRange('B2').getNumberFormats();
    school.setName('СОШ № 1');
    school.getRange('B2').setValue(6);
    emulator.spreadsheet.getSheetByName('База наставников')!.getDataRange().getValues();
    expect(emulator.callsBySheet()).toEqual({
      'ОО 1': { 'Range.getNumberFormats': 1, 'Range.getValues': 1 },
      'СОШ № 1': { 'Range.setValue': 1 },
      'База наставников': { 'Range.getValues': 1 },
    });
    emulator.resetCalls();
    expect(emulator.callsBySheet()).toEqual({});
  });

  it('does not count test helpers and starts again after resetCalls', () => {
    const emulator = createEmulator();
    emulator.seedSheet('ОО 1', [
      ['Код', 'Значение'],
      ['1.1', ''],
    ]);
    emulator.userEdit('ОО 1', 'B2', '54');
    emulator.uncounted(() => emulator.spreadsheet.getSheetByName('ОО 1')?.getRange('B2').getValue());
    expect(emulator.calls()).toEqual({});
    emulator.spreadsheet.getSheets();
    expect(emulator.calls()).toEqual({ 'Spreadsheet.getSheets': 1 });
    emulator.resetCalls();
    expect(emulator.callSummary()).toEqual({ reads: 0, writes: 0, total: 0, elapsedMs: 0 });
  });

  it('counts builder, Ui and HtmlService calls too', () => {
    const emulator = createEmulator();
    const g = emulator.globals as {
      SpreadsheetApp: { newDataValidation(): { requireCheckbox(): { build(): unknown } } };
      HtmlService: { createHtmlOutput(html: string): { setTitle(t: string): unknown } };
    };
    g.SpreadsheetApp.newDataValidation().requireCheckbox().build();
    g.HtmlService.createHtmlOutput('<p></p>').setTitle('Панель');
    expect(emulator.calls()).toEqual({
      'DataValidationBuilder.build': 1,
      'DataValidationBuilder.requireCheckbox': 1,
      'HtmlOutput.setTitle': 1,
      'HtmlService.createHtmlOutput': 1,
      'SpreadsheetApp.newDataValidation': 1,
    });
  });
});

describe('userEdit', () => {
  it('types a value as a user and returns the onEdit event', () => {
    const emulator = createEmulator();
    emulator.seedSheet('ОО 1', [
      ['Код', 'Значение'],
      ['1.1', 50],
    ]);
    const event = emulator.userEdit('ОО 1', 'B2', '12,5');
    expect(event.range.getA1Notation()).toBe('B2');
    expect(event.range.getSheet().getName()).toBe('ОО 1');
    expect([event.value, event.oldValue, event.authMode, event.user.getEmail()]).toEqual([
      '12,5',
      '50',
      'LIMITED',
      'koordinator@edu.example.ru',
    ]);
    expect(event.source).toBe(emulator.spreadsheet);
    expect(emulator.uncounted(() => emulator.spreadsheet.getActiveRange().getA1Notation())).toBe('B2');
  });

  it('leaves oldValue out for an empty cell and value out when clearing', () => {
    const emulator = createEmulator();
    emulator.seedSheet('ОО 1', [
      ['Код', 'Значение'],
      ['1.1', ''],
    ]);
    const typed = emulator.userEdit('ОО 1', 'B2', '54');
    expect(typed.value).toBe('54');
    expect('oldValue' in typed).toBe(false);
    expect(emulator.uncounted(() => typed.range.getValue())).toBe(54);
    const cleared = emulator.userEdit('ОО 1', 'B2', '');
    expect('value' in cleared).toBe(false);
    expect(cleared.oldValue).toBe('54');
  });

  it('pastes a block and sets formula results', () => {
    const emulator = createEmulator();
    emulator.seedSheet('ОО 1', [['Код', 'Значение']]);
    const event = emulator.userEdit('ОО 1', 'A2:B3', [
      ['1.1', '=B3*2'],
      ['1.2', '7'],
    ]);
    expect(event.value).toBeUndefined();
    emulator.setFormulaResult('ОО 1', 'B2', 14);
    expect(emulator.uncounted(() => event.range.getValues())).toEqual([
      [1.1, 14],
      [1.2, 7],
    ]);
    expect(() => emulator.setFormulaResult('ОО 1', 'A2', 1)).toThrow('ОО 1!A2 holds no formula');
  });
});

import { describe, it, expect } from 'vitest';
import { createEmulator } from './index';

describe('Spreadsheet', () => {
  it('starts with one sheet named as in a Russian spreadsheet', () => {
    const { spreadsheet } = createEmulator({ spreadsheetName: 'ЦМН 2025' });
    expect(spreadsheet.getName()).toBe('ЦМН 2025');
    expect(spreadsheet.getSheets().map((s) => s.getName())).toEqual(['Лист1']);
    expect(spreadsheet.getSpreadsheetLocale()).toBe('ru_RU');
    expect(spreadsheet.getSpreadsheetTimeZone()).toBe('Europe/Moscow');
  });

  it('returns null for a missing sheet and finds sheets ignoring case', () => {
    const { spreadsheet } = createEmulator();
    expect(spreadsheet.getSheetByName('Сводная')).toBeNull();
    const sheet = spreadsheet.insertSheet('Сводная');
    expect(spreadsheet.getSheetByName('сводная')).toBe(sheet);
  });

  it("refuses a duplicate sheet name with Google's message", () => {
    const { spreadsheet } = createEmulator();
    spreadsheet.insertSheet('Сводная');
    expect(() => spreadsheet.insertSheet('Сводная')).toThrow(
      'A sheet with the name "Сводная" already exists. Please enter another name.',
    );
    const other = spreadsheet.insertSheet('Рекомендации');
    expect(() => other.setName('СВОДНАЯ')).toThrow(
      'A sheet with the name "СВОДНАЯ" already exists. Please enter another name.',
    );
  });

  it('inserts a copy of a template sheet of the same spreadsheet, with its cells, notes, validations and layout', () => {
    // Spreadsheet.insertSheet(sheetName, sheetIndex, options): «template — All data from the template
    // sheet object is copied to the new sheet. The sheet template must be one of the sheets of the Spreadsheet object.»
    const emulator = createEmulator();
    const { spreadsheet } = emulator;
    const { SpreadsheetApp } = emulator.globals as {
      SpreadsheetApp: { newDataValidation(): { requireValueInList(values: string[]): { build(): never } } };
    };
    const template = spreadsheet.insertSheet('ОО 1');
    template.getRange('A1:B2').setValues([
      ['Показатель', 'Значение'],
      ['Педагоги', ''],
    ]);
    template.getRange('B2').setBackground('#fff8e1').setNote('Введите число');
    template
      .getRange('B2')
      .setDataValidation(SpreadsheetApp.newDataValidation().requireValueInList(['да', 'нет']).build());
    template.setFrozenRows(1);
    template.setColumnWidth(2, 180);
    const copy = spreadsheet.insertSheet('ОО 2', 2, { template });
    copy.getRange('A2').setValue('Наставники');
    expect(copy.getRange('A1:B2').getValues()).toEqual([
      ['Показатель', 'Значение'],
      ['Наставники', ''],
    ]);
    expect(template.getRange('A2').getValue()).toBe('Педагоги');
    expect(copy.getRange('B2').getBackground()).toBe('#fff8e1');
    expect(copy.getRange('B2').getNote()).toBe('Введите число');
    expect(copy.getRange('B2').getDataValidation()?.getCriteriaValues()).toEqual([['да', 'нет'], true]);
    expect(copy.getFrozenRows()).toBe(1);
    expect(copy.getColumnWidth(2)).toBe(180);
    expect(spreadsheet.getSheets().map((s) => s.getName())).toEqual(['Лист1', 'ОО 1', 'ОО 2']);
    spreadsheet.deleteSheet(template);
    expect(() => spreadsheet.insertSheet('ОО 3', { template })).toThrow(
      'The sheet template must be one of the sheets',
    );
  });

  it('inserts after the active sheet unless given an index, and activates the new sheet', () => {
    const { spreadsheet } = createEmulator();
    spreadsheet.insertSheet('Б');
    spreadsheet.setActiveSheet(spreadsheet.getSheets()[0]);
    spreadsheet.insertSheet('В');
    spreadsheet.insertSheet('А', 0);
    spreadsheet.insertSheet();
    expect(spreadsheet.getSheets().map((s) => s.getName())).toEqual(['А', 'Лист5', 'Лист1', 'В', 'Б']);
    expect(spreadsheet.getActiveSheet().getName()).toBe('Лист5');
    expect(spreadsheet.getSheetByName('Б')?.getIndex()).toBe(5);
  });

  it('deletes sheets but never the last one', () => {
    const { spreadsheet } = createEmulator();
    const sheet = spreadsheet.insertSheet('Черновик');
    spreadsheet.deleteSheet(sheet);
    expect(spreadsheet.getSheetByName('Черновик')).toBeNull();
    expect(() => spreadsheet.deleteSheet(spreadsheet.getSheets()[0])).toThrow(
      "You can't remove all the sheets in a document.",
    );
  });

  it('resolves qualified A1 ranges and tracks the selection', () => {
    const emulator = createEmulator();
    emulator.seedSheet('ОО «СОШ № 1»', [
      ['Код', 'Значение'],
      ['1.1', 54],
    ]);
    const { spreadsheet } = emulator;
    expect(spreadsheet.getRange("'ОО «СОШ № 1»'!B2").getValue()).toBe(54);
    expect(() => spreadsheet.getRange('Нет такого!A1')).toThrow('Range not found');
    spreadsheet.getRange("'ОО «СОШ № 1»'!A2:B2").activate();
    expect(spreadsheet.getActiveSheet().getName()).toBe('ОО «СОШ № 1»');
    expect(spreadsheet.getActiveRange().getA1Notation()).toBe('A2:B2');
    expect(spreadsheet.getActiveCell().getA1Notation()).toBe('A2');
  });

  it('records toasts', () => {
    const emulator = createEmulator();
    emulator.spreadsheet.toast('Проверка завершена: 3 ошибки', 'Наставничество', 10);
    emulator.spreadsheet.toast('Готово');
    expect(emulator.ui.toasts).toEqual([
      { message: 'Проверка завершена: 3 ошибки', title: 'Наставничество', timeoutSeconds: 10 },
      { message: 'Готово', title: '', timeoutSeconds: 5 },
    ]);
  });
});

describe('Developer metadata', () => {
  it('stores metadata on the spreadsheet and on sheets and finds it by key', () => {
    const { spreadsheet } = createEmulator();
    const summary = spreadsheet.insertSheet('Сводная');
    summary.addDeveloperMetadata('cmn.generated', 'summary');
    spreadsheet.addDeveloperMetadata('cmn.version', '1', 'PROJECT');
    summary.addDeveloperMetadata('cmn.flag', 'DOCUMENT');

    const [generated] = spreadsheet.createDeveloperMetadataFinder().withKey('cmn.generated').find();
    expect([generated.getKey(), generated.getValue(), generated.getVisibility()]).toEqual([
      'cmn.generated',
      'summary',
      'DOCUMENT',
    ]);
    expect(generated.getLocation().getSheet()?.getName()).toBe('Сводная');
    expect(generated.getLocation().getLocationType()).toBe('SHEET');
    expect(
      spreadsheet.getDeveloperMetadata().map((m) => [m.getKey(), m.getValue(), m.getVisibility()]),
    ).toEqual([['cmn.version', '1', 'PROJECT']]);
    expect(summary.getDeveloperMetadata().map((m) => [m.getKey(), m.getValue()])).toEqual([
      ['cmn.generated', 'summary'],
      ['cmn.flag', null],
    ]);
    expect(spreadsheet.createDeveloperMetadataFinder().withKey('нет').find()).toEqual([]);

    generated.setValue('recommendations');
    expect(summary.createDeveloperMetadataFinder().withKey('cmn.generated').find()[0].getValue()).toBe(
      'recommendations',
    );
    generated.remove();
    expect(spreadsheet.createDeveloperMetadataFinder().withKey('cmn.generated').find()).toEqual([]);
  });

  it("drops a sheet's metadata with the sheet", () => {
    const { spreadsheet } = createEmulator();
    const sheet = spreadsheet.insertSheet('Рекомендации');
    sheet.addDeveloperMetadata('cmn.generated', 'recommendations');
    spreadsheet.deleteSheet(sheet);
    expect(spreadsheet.createDeveloperMetadataFinder().withKey('cmn.generated').find()).toEqual([]);
  });
});

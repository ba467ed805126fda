import { describe, it, expect } from 'vitest';
import { createEmulator, loadBundle } from './index';

const BUNDLE = `
var CMN = (function () {
  function onOpen() {
    SpreadsheetApp.getUi().createMenu('Наставничество').addItem('Проверить всю таблицу', 'checkWorkbook').addToUi();
  }
  function checkWorkbook() {
    var sheet = SpreadsheetApp.getActive().getSheetByName('ОО 1');
    var values = sheet.getDataRange().getValues();
    sheet.getRange(1, 4).setValue('строк: ' + values.length);
    return values.length;
  }
  function failing() {
    try {
      SpreadsheetApp.getActive().getSheets()[0].getRange(0, 1);
    } catch (e) {
      return [e instanceof Error, e.name, e.message];
    }
  }
  return { onOpen: onOpen, checkWorkbook: checkWorkbook, failing: failing };
})();
function onOpen(...args) { return CMN.onOpen(...args); }
function checkWorkbook(...args) { return CMN.checkWorkbook(...args); }
function failing(...args) { return CMN.failing(...args); }
function globalsSeen() {
  return [typeof setTimeout, typeof setInterval, typeof URL, typeof TextEncoder, typeof require, typeof process, typeof Buffer, typeof SpreadsheetApp, typeof Utilities];
}
`;

describe('loadBundle', () => {
  it('runs the bundle with only the Apps Script globals', () => {
    const bundle = loadBundle(BUNDLE, createEmulator());
    expect(bundle.call('globalsSeen')).toEqual([
      'undefined',
      'undefined',
      'undefined',
      'undefined',
      'undefined',
      'undefined',
      'undefined',
      'object',
      'object',
    ]);
  });

  it('calls top-level functions that drive the emulated spreadsheet', () => {
    const emulator = createEmulator();
    emulator.seedSheet('ОО 1', [
      ['Код', 'Значение'],
      ['1.1', 54],
      ['1.2', 10],
    ]);
    const bundle = loadBundle(BUNDLE, emulator);
    bundle.call('onOpen');
    expect(emulator.ui.menus[0].items).toEqual([
      { type: 'item', caption: 'Проверить всю таблицу', functionName: 'checkWorkbook' },
    ]);
    expect(bundle.call('checkWorkbook')).toBe(3);
    expect(emulator.spreadsheet.getSheetByName('ОО 1')?.getRange('D1').getValue()).toBe('строк: 3');
  });

  it('passes an onOpen event to the trigger', () => {
    const emulator = createEmulator();
    const bundle = loadBundle(
      'function onOpen(e) { return [e.authMode === ScriptApp.AuthMode.NONE, e.source.getName()]; }',
      emulator,
    );
    expect(bundle.call('onOpen', emulator.openEvent('NONE'))).toEqual([true, 'Мониторинг наставничества']);
    expect(emulator.openEvent().authMode).toBe('LIMITED');
  });

  it("throws service errors in the script's realm, named Exception", () => {
    const bundle = loadBundle(BUNDLE, createEmulator());
    expect(bundle.call('failing')).toEqual([
      true,
      'Exception',
      'The starting row of the range is too small.',
    ]);
  });

  it('names the missing function and lists the ones that exist', () => {
    const bundle = loadBundle(BUNDLE, createEmulator());
    expect(() => bundle.call('buildSummary')).toThrow(
      'The bundle has no top-level function "buildSummary". Functions: checkWorkbook, failing, globalsSeen, onOpen',
    );
  });

  it('releases the locks a finished call still holds, like the end of an execution', () => {
    const emulator = createEmulator();
    const bundle = loadBundle(
      'function grab() { return LockService.getDocumentLock().tryLock(1000); }',
      emulator,
    );
    expect(bundle.call('grab')).toBe(true);
    const release = emulator.holdLock('document');
    expect(bundle.call('grab')).toBe(false);
    release();
    expect(bundle.call('grab')).toBe(true);
  });

  it('moves the script’s clock on by the virtual time its service calls took, and never back', () => {
    const emulator = createEmulator({ latency: { methodMs: { 'Utilities.sleep': 60_000 } } });
    const bundle = loadBundle(
      'function waited() { var start = Date.now(); Utilities.sleep(1); return [Date.now() - start, new Date().getTime() - start]; }',
      emulator,
    );
    const [now, date] = bundle.call('waited') as number[];
    expect(now).toBeGreaterThanOrEqual(60_000);
    expect(date).toBeGreaterThanOrEqual(60_000);
    expect(now).toBeLessThan(61_000);
    // resetCalls() starts counting again; the script's clock does not go back by the minute.
    const clock = loadBundle('function now() { return Date.now(); }', emulator);
    const beforeReset = clock.call('now') as number;
    emulator.resetCalls();
    expect(clock.call('now') as number).toBeGreaterThanOrEqual(beforeReset);
  });

  it('ends the execution at ScriptApp.requireScopes for a refused scope: a catch in the script gets nothing more done', () => {
    const drive = 'https://www.googleapis.com/auth/drive.file';
    const emulator = createEmulator({ oauthScopes: [drive], grantedScopes: [] });
    const bundle = loadBundle(
      `function ask() {
        try { ScriptApp.requireScopes(ScriptApp.AuthMode.FULL, ['${drive}']); }
        catch (e) { SpreadsheetApp.getUi().alert('after'); }
        return 'went on';
      }`,
      emulator,
    );
    expect(bundle.call('ask')).toBeUndefined();
    expect(emulator.consentRequests).toEqual([[drive]]);
    expect(emulator.ui.alerts).toEqual([]);
  });
});

/**
 * Injected service failures. A call to the Spreadsheet service can throw "Service Spreadsheets
 * failed while accessing document with id …" (the error family reported in e.g.
 * https://github.com/alexwforsythe/code-blocks/issues/168) or "… timed out while accessing …";
 * the script gets an Exception and stops ("your script throws an exception and execution stops",
 * https://developers.google.com/apps-script/guides/services/quotas).
 */
import { describe, it, expect } from 'vitest';
import { createEmulator, loadBundle } from './index';

const ID = 'emulated-spreadsheet-0000000000000000000000000';
const FAILED = `Service Spreadsheets failed while accessing document with id ${ID}.`;
const TIMED_OUT = `Service Spreadsheets timed out while accessing document with id ${ID}.`;

/** Writes three rows, one setValues each, then colours the header: four writes, six reads (getActive, getSheetByName, four getRange). */
const SCRIPT = `
function fill() {
  var sheet = SpreadsheetApp.getActive().getSheetByName('Сводная');
  for (var i = 1; i <= 3; i++) sheet.getRange(i, 1, 1, 2).setValues([['ОО ' + i, i * 10]]);
  sheet.getRange('A1:B1').setBackground('#d9ead3');
}
function fillCatching() {
  try {
    fill();
    return 'done';
  } catch (e) {
    return [e instanceof Error, e.name, String(e)];
  }
}`;

function fresh() {
  const emulator = createEmulator();
  emulator.seedSheet('Сводная', [['']]);
  const bundle = loadBundle(SCRIPT, emulator);
  const column = () =>
    emulator.uncounted(() =>
      emulator.spreadsheet.getSheetByName('Сводная')!.getRange('A1:A3').getValues().flat(),
    );
  return { emulator, bundle, column };
}

describe('failAt a method call', () => {
  it('fails the nth call of that method: earlier calls took effect, the failing one changed nothing', () => {
    const { emulator, bundle, column } = fresh();
    const failure = emulator.failAt({ method: 'Range.setValues', nth: 3 });
    expect(failure.fired).toBe(false);
    expect(() => bundle.call('fill')).toThrow(FAILED);
    expect(failure.fired).toBe(true);
    expect(failure.call).toBe('Range.setValues');
    expect(column()).toEqual(['ОО 1', 'ОО 2', '']);
    expect(emulator.calls()['Range.setValues']).toBe(3);
    expect(emulator.calls()['Range.setBackground']).toBeUndefined();
  });

  it("throws in the script's realm an Error named Exception, printed as Google prints it", () => {
    const { emulator, bundle } = fresh();
    emulator.failAt({ method: 'Range.setBackground', kind: 'timedOut' });
    expect(bundle.call('fillCatching')).toEqual([true, 'Exception', `Exception: ${TIMED_OUT}`]);
  });

  it('counts from the moment it is planned and fires once', () => {
    const { emulator, bundle, column } = fresh();
    bundle.call('fill');
    emulator.failAt({ method: 'Range.setValues', nth: 1 });
    expect(() => bundle.call('fill')).toThrow(FAILED);
    expect(() => bundle.call('fill')).not.toThrow();
    expect(column()).toEqual(['ОО 1', 'ОО 2', 'ОО 3']);
  });

  it('never fails a test helper, and clearFailures forgets what has not fired', () => {
    const { emulator, bundle } = fresh();
    const failure = emulator.failAt({ write: 1 });
    emulator.seedSheet('Сводная', [['старое']]);
    emulator.userEdit('Сводная', 'B1', '5');
    emulator.uncounted(() => emulator.spreadsheet.getSheetByName('Сводная')!.getRange('C1').setValue(1));
    expect(failure.fired).toBe(false);
    emulator.clearFailures();
    expect(() => bundle.call('fill')).not.toThrow();
    expect(failure.fired).toBe(false);
  });

  it('refuses a call number below 1', () => {
    expect(() => createEmulator().failAt({ write: 0 })).toThrow('counted from 1');
  });
});

describe('failAt the n-th write, for every write a run makes', () => {
  it('counts the writes of a run with countWrites', () => {
    const { emulator, bundle } = fresh();
    expect(emulator.countWrites(() => bundle.call('fill'))).toBe(4);
    expect(emulator.callSummary()).toMatchObject({ reads: 6, writes: 4 });
  });

  it('stops the run at write 1, 2, … N, leaving exactly the writes before it', () => {
    const writes = (() => {
      const { emulator, bundle } = fresh();
      return emulator.countWrites(() => bundle.call('fill'));
    })();
    for (let n = 1; n <= writes; n++) {
      const { emulator, bundle, column } = fresh();
      const failure = emulator.failAt({ write: n });
      expect(() => bundle.call('fill'), `write ${n}`).toThrow(FAILED);
      expect(failure.fired).toBe(true);
      expect(emulator.callSummary().writes).toBe(n);
      const rowsWritten = Math.min(n - 1, 3);
      expect(column().filter((v) => v !== '').length, `write ${n}`).toBe(rowsWritten);
    }
    const { emulator, bundle } = fresh();
    const beyond = emulator.failAt({ write: writes + 1 });
    bundle.call('fill');
    expect(beyond.fired).toBe(false);
  });
});

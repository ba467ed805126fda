/**
 * Virtual call latency. Google documents no per-call cost, only that service calls dominate a
 * script's time (https://developers.google.com/apps-script/guides/support/best-practices); the
 * emulator charges assumed figures (30 ms a read, 50 ms a write by default) without waiting.
 */
import { describe, it, expect } from 'vitest';
import { createEmulator, loadBundle } from './index';

function run(emulator: ReturnType<typeof createEmulator>): void {
  emulator.seedSheet('ОО 1', [
    ['Код', 'Значение'],
    ['1.1', 5],
  ]);
  const sheet = emulator.spreadsheet.getSheetByName('ОО 1')!;
  sheet.getDataRange().getValues();
  sheet.getRange('B2').setValue(6);
}

describe('virtual latency', () => {
  it('charges 30 ms a read and 50 ms a write by default, in elapsedMs and callSummary', () => {
    const emulator = createEmulator();
    const started = Date.now();
    run(emulator);
    expect(emulator.callSummary()).toEqual({ reads: 4, writes: 1, total: 5, elapsedMs: 4 * 30 + 50 });
    expect(emulator.elapsedMs()).toBe(170);
    expect(Date.now() - started).toBeLessThan(170);
  });

  it('takes other figures, per method too, and starts again at resetCalls', () => {
    const emulator = createEmulator({
      latency: { readMs: 100, writeMs: 400, methodMs: { 'Range.getValues': 1000 } },
    });
    run(emulator);
    expect(emulator.elapsedMs()).toBe(3 * 100 + 1000 + 400);
    emulator.resetCalls();
    expect(emulator.elapsedMs()).toBe(0);
  });

  it('charges nothing for uncounted calls', () => {
    const emulator = createEmulator();
    emulator.uncounted(() => run(emulator));
    expect(emulator.elapsedMs()).toBe(0);
  });
});

describe('the clock a bundle sees', () => {
  it('moves Date.now() on by the virtual time of the calls, as Google’s clock moves by their real time', () => {
    const emulator = createEmulator({ latency: { writeMs: 1000 } });
    const bundle = loadBundle(
      'function elapsed() { var t = Date.now(); SpreadsheetApp.getActive().getSheets()[0].getRange("A1").setValue(1); return Date.now() - t; }',
      emulator,
    );
    const ms = bundle.call('elapsed') as number;
    expect(ms).toBeGreaterThanOrEqual(1000);
    expect(ms).toBeLessThan(1500);
  });
});

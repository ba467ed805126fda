/**
 * The clock a loaded bundle sees runs ahead by the virtual time of its service calls (latency.ts), so a
 * script that watches Apps Script's time limit («Script runtime: 6 min / execution»,
 * https://developers.google.com/apps-script/guides/services/quotas) by Date.now() sees the time its calls
 * would take in Google, not the emulator's few milliseconds.
 */
import { describe, expect, it } from 'vitest';
import { createEmulator, loadBundle } from './index';

const SCRIPT = `
function elapsedOverReads(count) {
  const start = Date.now();
  for (let i = 0; i < count; i++) SpreadsheetApp.getActiveSpreadsheet().getSheets();
  return Date.now() - start;
}
function now() {
  return Date.now();
}`;

describe('Date.now() in a loaded bundle', () => {
  it('advances by the virtual milliseconds of each call, and never goes back when calls are reset', () => {
    const emulator = createEmulator({ latency: { readMs: 1000 } });
    const bundle = loadBundle(SCRIPT, emulator);
    const elapsed = bundle.call('elapsedOverReads', 10) as number;
    // Twenty reads of 1 s each, and the little real time the loop took.
    expect(elapsed).toBeGreaterThanOrEqual(20_000);
    expect(elapsed).toBeLessThan(25_000);
    const at = bundle.call('now') as number;
    emulator.resetCalls();
    expect(bundle.call('now') as number).toBeGreaterThanOrEqual(at);
  });
});

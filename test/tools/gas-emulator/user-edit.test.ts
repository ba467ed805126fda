/**
 * The two shapes of Google's edit event object. Source: "Event objects", Google Sheets events →
 * Edit (https://developers.google.com/apps-script/guides/triggers/events): `value` and `oldValue`
 * are "Only available if the edited range is a single cell", `oldValue` "undefined if the cell
 * had no previous content"; a paste gives neither (K. Tanaike, "Enhanced onEdit(e) using Google
 * Apps Script", https://gist.github.com/tanaikech/73edaed1268a6d07118aed538aa5608d).
 */
import { describe, it, expect } from 'vitest';
import { createEmulator } from './index';

function school() {
  const emulator = createEmulator();
  emulator.seedSheet('ОО 1', [
    ['Код', 'Значение'],
    ['1.1', 50],
    ['1.2', ''],
  ]);
  return emulator;
}

describe('userPaste', () => {
  it('gives no value and no oldValue for a single pasted cell that had a value', () => {
    const emulator = school();
    const event = emulator.userPaste('ОО 1', 'B2', [['54']]);
    expect('value' in event).toBe(false);
    expect('oldValue' in event).toBe(false);
    expect(event.range.getA1Notation()).toBe('B2');
    expect(emulator.uncounted(() => event.range.getValue())).toBe(54);
  });

  it('makes the range the pasted block, anchored at the top-left of the selection', () => {
    const emulator = school();
    const event = emulator.userPaste('ОО 1', 'A3', [
      ['1.2', 7],
      ['1.3', 8],
    ]);
    expect(event.range.getA1Notation()).toBe('A3:B4');
    expect(emulator.uncounted(() => event.range.getValues())).toEqual([
      [1.2, 7],
      [1.3, 8],
    ]);
    expect(emulator.uncounted(() => emulator.spreadsheet.getActiveRange().getA1Notation())).toBe('A3:B4');
  });

  it('counts no service calls and rejects a ragged block', () => {
    const emulator = school();
    emulator.userPaste('ОО 1', 'B2', [['1']]);
    expect(emulator.calls()).toEqual({});
    expect(() => emulator.userPaste('ОО 1', 'A2', [['1.1', 5], ['1.2']])).toThrow('rectangular');
  });
});

describe('userEdit as typing', () => {
  it('gives value and oldValue for one typed cell', () => {
    const event = school().userEdit('ОО 1', 'B2', '12');
    expect([event.value, event.oldValue]).toEqual(['12', '50']);
  });

  it('gives neither when the same value is typed into a multi-cell selection (Ctrl+Enter)', () => {
    const emulator = school();
    const event = emulator.userEdit('ОО 1', 'B2:B3', '0');
    expect('value' in event || 'oldValue' in event).toBe(false);
    expect(emulator.uncounted(() => event.range.getValues())).toEqual([[0], [0]]);
  });

  it('treats a 2-D array as a paste, so even a 1×1 array gives no oldValue', () => {
    const event = school().userEdit('ОО 1', 'B2', [['12']]);
    expect('value' in event || 'oldValue' in event).toBe(false);
  });

  it('gives a multi-cell delete neither value nor oldValue', () => {
    const emulator = school();
    const event = emulator.userEdit('ОО 1', 'A2:B2', '');
    expect('value' in event || 'oldValue' in event).toBe(false);
    expect(emulator.uncounted(() => event.range.getValues())).toEqual([['', '']]);
  });
});

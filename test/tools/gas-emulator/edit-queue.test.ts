/**
 * Edits faster than onEdit runs: one run at a time, at most two waiting, later edits fire no
 * trigger. Google's trigger pages (https://developers.google.com/apps-script/guides/triggers,
 * https://developers.google.com/apps-script/guides/triggers/events) do not document this queue;
 * that quick edits lose runs is observed (K. Tanaike,
 * https://gist.github.com/tanaikech/7b1a18a5b768e4d69d519069f4aff440), and "at most two queued"
 * is the rule the emulator takes (see edit-queue.ts).
 */
import { describe, it, expect } from 'vitest';
import { deliveredEdits } from './edit-queue';
import { createEmulator, loadBundle } from './index';

function base() {
  const emulator = createEmulator();
  emulator.seedSheet('База', [
    ['№', 'ФИО'],
    [1, 'Иванова'],
    [2, 'Петрова'],
    [3, 'Сидорова'],
    [4, 'Орлова'],
    [5, 'Смирнова'],
  ]);
  return emulator;
}

describe('deliveredEdits', () => {
  it('delivers the first edit and two queued ones when all come during the first run', () => {
    expect(deliveredEdits(5)).toEqual([true, true, true, false, false]);
    expect(deliveredEdits(2)).toEqual([true, true]);
  });

  it('delivers every edit made after the previous runs have finished', () => {
    expect(deliveredEdits(5, { everyMs: 1000, triggerMs: 1000 })).toEqual([true, true, true, true, true]);
  });

  it('frees a queue place each time a run ends', () => {
    // Runs of 300 ms, an edit every 100 ms: edits 0,1,2 fill the run and the queue; 3 and 4 are
    // dropped; at 300 ms run 1 starts and frees a place, so edit 3 at 300 ms waits again.
    expect(deliveredEdits(6, { everyMs: 100, triggerMs: 300 })).toEqual([
      true,
      true,
      true,
      true,
      false,
      false,
    ]);
  });

  it('rejects a run that takes no time', () => {
    expect(() => deliveredEdits(1, { triggerMs: 0 })).toThrow('triggerMs');
  });
});

describe('editBurst', () => {
  it('applies every edit but returns only the events Google would deliver, each made at its own edit', () => {
    const emulator = base();
    const burst = emulator.editBurst([
      { sheet: 'База', a1: 'B2', value: 'Иванова А.' },
      { sheet: 'База', a1: 'B3', value: 'Петрова Б.' },
      { sheet: 'База', a1: 'B4', paste: [['Сидорова В.']] },
      { sheet: 'База', a1: 'B5', value: 'Орлова Г.' },
      { sheet: 'База', a1: 'B2', value: 'Иванова Анна' },
    ]);
    expect(emulator.calls()).toEqual({});
    expect(burst.delivered.map((e) => e.range.getA1Notation())).toEqual(['B2', 'B3', 'B4']);
    expect(burst.dropped.map((e) => [e.range.getA1Notation(), e.oldValue])).toEqual([
      ['B5', 'Орлова'],
      ['B2', 'Иванова А.'],
    ]);
    expect([burst.delivered[0].value, burst.delivered[0].oldValue]).toEqual(['Иванова А.', 'Иванова']);
    expect('oldValue' in burst.delivered[2]).toBe(false);
    const names = emulator.uncounted(() =>
      emulator.spreadsheet.getSheetByName('База')!.getRange('B2:B5').getValues().flat(),
    );
    expect(names).toEqual(['Иванова Анна', 'Петрова Б.', 'Сидорова В.', 'Орлова Г.']);
  });

  it('leaves a handler that trusts e.value behind the sheet when an edit is dropped', () => {
    const emulator = base();
    const bundle = loadBundle(
      `function onEdit(e) {
      var log = PropertiesService.getDocumentProperties();
      log.setProperty(e.range.getA1Notation(), e.value);
    }`,
      emulator,
    );
    const burst = emulator.editBurst([
      { sheet: 'База', a1: 'B2', value: 'а' },
      { sheet: 'База', a1: 'B2', value: 'аб' },
      { sheet: 'База', a1: 'B2', value: 'абв' },
      { sheet: 'База', a1: 'B2', value: 'абвг' },
    ]);
    for (const event of burst.delivered) bundle.call('onEdit', event);
    const seen = (
      emulator.globals.PropertiesService as {
        getDocumentProperties(): { getProperty(k: string): string | null };
      }
    )
      .getDocumentProperties()
      .getProperty('B2');
    expect(seen).toBe('абв');
    expect(
      emulator.uncounted(() => emulator.spreadsheet.getSheetByName('База')!.getRange('B2').getValue()),
    ).toBe('абвг');
  });
});

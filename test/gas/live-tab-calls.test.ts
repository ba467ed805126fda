/**
 * What onEdit costs on a school tab, within the 8 calls of an edit that changes no mark
 * (docs/decisions.md#access-and-onedit-third-round): the tab is read whole, its number formats only when
 * the full check reads them too — a fraction among its values, which may be a percent typed into a count
 * (src/core/monitoring/typed-percent.ts) — and an edit of the school cell adds the saved context and the
 * sheet's name. The event object carries the edited range only («Event objects», Edit,
 * https://developers.google.com/apps-script/guides/triggers/events): the sheet's name is one more call.
 */
import { describe, expect, it } from 'vitest';
import type { Emulator, LoadedBundle } from '../tools/gas-emulator';
import { municipality } from './access-fixture';
import { tabName } from './municipality';

const SCHOOL_CELL = 'B2';
const VALUE_CELL = 'E6';

/** A municipality whose roster gives each tab by «Лист», after «Проверить всю таблицу» saved it. */
function checked(): { emulator: Emulator; bundle: LoadedBundle } {
  const started = municipality(true);
  started.emulator.ui.queueAlertResponse('OK');
  started.bundle.call('menuCheckWorkbook');
  return started;
}

/** The calls of one onEdit that retypes the cell as it is. */
function retype(
  emulator: Emulator,
  bundle: LoadedBundle,
  sheet: string,
  cell: string,
): Record<string, number> {
  const value = emulator.uncounted(() =>
    emulator.spreadsheet.getSheetByName(sheet)!.getRange(cell).getValue(),
  );
  const event = emulator.userEdit(sheet, cell, value);
  emulator.resetCalls();
  bundle.call('onEdit', event);
  const calls = emulator.calls();
  expect(calls['Range.setNotes'] ?? 0).toBe(0);
  return calls;
}

const total = (calls: Record<string, number>) => Object.values(calls).reduce((sum, n) => sum + n, 0);

describe('onEdit on a school tab', () => {
  it('costs 5 calls for a value cell of a tab of whole numbers, reading no number formats', () => {
    const { emulator, bundle } = checked();
    const calls = retype(emulator, bundle, tabName(1), VALUE_CELL);
    expect(calls['Range.getNumberFormats'] ?? 0).toBe(0);
    expect(calls['Properties.getProperties'] ?? 0).toBe(0);
    expect(total(calls)).toBe(5);
  });

  it('costs 8 calls for the school cell: the saved roster (2) and the sheet’s name (1) more', () => {
    const { emulator, bundle } = checked();
    const calls = retype(emulator, bundle, tabName(1), SCHOOL_CELL);
    expect(calls['Properties.getProperties']).toBe(1);
    expect(calls['Sheet.getName']).toBe(1);
    expect(calls['Range.getNumberFormats'] ?? 0).toBe(0);
    expect(total(calls)).toBe(8);
  });

  it('reads the number formats of a tab with a fraction among its values, as the full check does', () => {
    const { emulator, bundle } = checked();
    emulator.uncounted(() => emulator.spreadsheet.getSheetByName(tabName(2))!.getRange('E7').setValue(0.35));
    const calls = retype(emulator, bundle, tabName(2), VALUE_CELL);
    expect(calls['Range.getNumberFormats']).toBe(1);
    expect(total(calls)).toBe(6);
  });
});

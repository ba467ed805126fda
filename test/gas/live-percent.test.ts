/**
 * A percent typed into a count cell («35%»: Google keeps 0.35 and gives the cell a percent format) is
 * written as she typed it — «35 %» — in the live note, in the full check's note, in the sidebar and in a
 * recommendation draft that lists the error. The live check reads a tab whole with its number formats
 * (live-check.ts, readWhole), so the edited cell's note never rests on the event's `value` and `oldValue`,
 * which are cell values with no format (https://developers.google.com/apps-script/guides/triggers/events,
 * Edit: oldValue «Cell value prior to the edit, if any», value «New cell value after the edit»); the old
 * value only tells whether a mark changed.
 */
import { describe, expect, it } from 'vitest';
import { NOTE_PREFIX } from '../../src/app/live/messages';
import type { Emulator } from '../tools/gas-emulator';
import { seedMunicipality, start, tabName } from './municipality';
import { values } from './sheet-state';

/** E6: the first input of a tab, «общая численность педагогов», a count. */
const COUNT_CELL = 'E6';
/** «35 %» with the non-breaking space between a number and its unit. */
const TYPED = '«35\u00a0%»';

function note(emulator: Emulator, sheet: string, a1: string): string {
  return emulator.uncounted(() => emulator.spreadsheet.getSheetByName(sheet)!.getRange(a1).getNote());
}

describe('a percent typed into a count cell', () => {
  it('is «35 %» in the live note, the full check’s note, the sidebar and the recommendation draft', () => {
    const { emulator, bundle } = start();
    seedMunicipality(emulator, 2);
    const tab = tabName(1);
    const event = emulator.userEdit(tab, COUNT_CELL, '35%');
    // Google keeps the fraction with a percent format; the event's value is the value kept, as a string.
    expect(
      emulator.uncounted(() =>
        emulator.spreadsheet.getSheetByName(tab)!.getRange(COUNT_CELL).getNumberFormat(),
      ),
    ).toBe('0%');
    bundle.call('onEdit', event);
    const live = note(emulator, tab, COUNT_CELL);
    expect(live.startsWith(NOTE_PREFIX)).toBe(true);
    expect(live).toContain(TYPED);
    expect(live).not.toContain('0,35');

    emulator.ui.queueAlertResponse('OK');
    bundle.call('menuCheckWorkbook');
    const checked = note(emulator, tab, COUNT_CELL);
    expect(checked).toContain(TYPED);
    expect(checked).not.toContain('0,35');

    // The sidebar's list: the message and the value line alike.
    const sidebar = JSON.stringify(bundle.call('sidebarIssues', 'workbook', null));
    expect(sidebar).toContain('35\u00a0%');
    expect(sidebar).not.toContain('0,35');

    bundle.call('menuGenerateRecommendations');
    const drafts = values(emulator, 'Рекомендации')
      .filter((row) => String(row.join(' ')).includes(`»!${COUNT_CELL}, значение`))
      .map((row) => row.join(' | '));
    expect(drafts.length).toBeGreaterThan(0);
    expect(drafts.join('\n')).toContain(TYPED);
    expect(drafts.join('\n')).not.toContain('0,35');
  });
});

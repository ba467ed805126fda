/**
 * The school cell of a tab checked as it is typed, as «Проверить всю таблицу» checks it: against the roster
 * saved by the last full check — Latin letters among Russian ones, a name of another roster school, a name
 * of none — with the roster's name as the fix; without a roster only Latin letters are told.
 */
import { describe, expect, it } from 'vitest';
import { MARK_COLOURS } from '../../src/app/live/cell-marks';
import { NOTE_PREFIX } from '../../src/app/live/messages';
import type { Emulator, LoadedBundle } from '../tools/gas-emulator';
import { schoolTab, seedMunicipality, start, tabName } from './municipality';

const FULL_1 =
  'Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 1»';
const FULL_2 =
  'Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 2»';

function look(emulator: Emulator, sheet: string, a1: string): { note: string; background: string } {
  return emulator.uncounted(() => {
    const range = emulator.spreadsheet.getSheetByName(sheet)!.getRange(a1);
    return { note: range.getNote(), background: range.getBackground() };
  });
}

function edit(emulator: Emulator, bundle: LoadedBundle, sheet: string, a1: string, value: unknown): void {
  bundle.call('onEdit', emulator.userEdit(sheet, a1, value));
}

/** Two schools whose tabs spell them short, and a roster with their full official names (and «Лист» when `listed`). */
function municipality(listed = true) {
  const started = start();
  seedMunicipality(started.emulator, 2);
  started.emulator.seedSheet('Список ОО', [
    ['ОО', 'Лист', 'Руководитель', 'Куратор', 'E-mail куратора'],
    [FULL_1, listed ? tabName(1) : '', 'Сорокин Павел Ильич', '', ''],
    [FULL_2, listed ? tabName(2) : '', 'Орлова Нина Васильевна', '', ''],
  ]);
  return started;
}

/** The cell's note and colour after «Проверить всю таблицу». */
function afterFullCheck(emulator: Emulator, bundle: LoadedBundle, sheet: string, a1: string) {
  emulator.ui.queueAlertResponse('OK');
  bundle.call('menuCheckWorkbook');
  return look(emulator, sheet, a1);
}

describe('onEdit on the school cell of a tab', () => {
  it('marks «COШ» typed with Latin letters at once, the roster’s name as the fix, and clears it when retyped', () => {
    const { emulator, bundle } = municipality();
    emulator.ui.queueAlertResponse('OK');
    bundle.call('menuCheckWorkbook');
    const tab = tabName(1);
    // «COШ» with the Latin C and O, as a curator types it on an English layout.
    edit(emulator, bundle, tab, 'B2', 'МБОУ «COШ № 1»');
    const marked = look(emulator, tab, 'B2');
    expect(marked.note.startsWith(NOTE_PREFIX)).toBe(true);
    expect(marked.note).toContain('латинские буквы');
    expect(marked.note).toContain(
      '«Муниципальное бюджетное общеобразовательное учреждение „Средняя общеобразовательная школа № 1“»',
    );
    expect(marked.background).toBe(MARK_COLOURS.warning);
    edit(emulator, bundle, tab, 'B2', FULL_1);
    expect(look(emulator, tab, 'B2')).toEqual({ note: '', background: '#ffffff' });
  });

  it('marks it before any full check, the name in Russian letters as the fix', () => {
    const { emulator, bundle } = municipality();
    const tab = tabName(2);
    edit(emulator, bundle, tab, 'B2', 'МБОУ «COШ № 2»');
    const marked = look(emulator, tab, 'B2');
    expect(marked.background).toBe(MARK_COLOURS.warning);
    expect(marked.note).toContain('русскими буквами: «МБОУ „СОШ № 2“»');
  });

  it('marks the name of another roster school at once, the tab’s roster school as the fix, as the full check does', () => {
    const { emulator, bundle } = municipality();
    emulator.ui.queueAlertResponse('OK');
    bundle.call('menuCheckWorkbook');
    const tab = tabName(1);
    // «Лист» binds the tab to school 1: its data stay counted there, and the cell is told to say so.
    emulator.resetCalls();
    edit(emulator, bundle, tab, 'B2', 'МБОУ «СОШ № 2»');
    // The saved roster (one read of the document's properties) and the sheet's name bind the tab.
    expect(emulator.calls()['Properties.getProperties']).toBe(1);
    expect(emulator.calls()['Sheet.getName']).toBe(1);
    const marked = look(emulator, tab, 'B2');
    expect(marked.background).toBe(MARK_COLOURS.warning);
    expect(marked.note).toContain('не так, как на листе «Список ОО»');
    expect(marked.note).toContain(
      'запишите наименование так же, как в списке: «Муниципальное бюджетное общеобразовательное учреждение „Средняя общеобразовательная школа № 1“»',
    );
    expect(afterFullCheck(emulator, bundle, tab, 'B2')).toEqual(marked);
    edit(emulator, bundle, tab, 'B2', FULL_1);
    expect(look(emulator, tab, 'B2')).toEqual({ note: '', background: '#ffffff' });
    expect(afterFullCheck(emulator, bundle, tab, 'B2')).toEqual({ note: '', background: '#ffffff' });
  });

  it('marks a name of no roster school on a tab the roster does not name, as the full check does', () => {
    const { emulator, bundle } = municipality(false);
    emulator.uncounted(() => emulator.seedSheet('Новая ОО', schoolTab(3)));
    emulator.ui.queueAlertResponse('OK');
    bundle.call('menuCheckWorkbook');
    edit(emulator, bundle, 'Новая ОО', 'B2', 'МАОУ «Гимназия № 9»');
    const marked = look(emulator, 'Новая ОО', 'B2');
    expect(marked.background).toBe(MARK_COLOURS.warning);
    expect(marked.note).toContain('«МАОУ „Гимназия № 9“» — такой ОО нет на листе «Список ОО»');
    expect(afterFullCheck(emulator, bundle, 'Новая ОО', 'B2')).toEqual(marked);
  });

  it('clears the full check’s mark once the name is retyped as on the roster', () => {
    const { emulator, bundle } = municipality(false);
    const tab = tabName(2);
    emulator.uncounted(() =>
      emulator.spreadsheet.getSheetByName(tab)!.getRange('B2').setValue('СОШ № 2 г. Ижевска'),
    );
    const before = afterFullCheck(emulator, bundle, tab, 'B2');
    expect(before.note).toContain('не так, как на листе «Список ОО»');
    edit(emulator, bundle, tab, 'B2', FULL_2);
    expect(look(emulator, tab, 'B2')).toEqual({ note: '', background: '#ffffff' });
  });

  it('leaves the school cell’s mark alone when a value cell is edited, reading no saved roster', () => {
    const { emulator, bundle } = municipality();
    const tab = tabName(1);
    emulator.uncounted(() =>
      emulator.spreadsheet.getSheetByName(tab)!.getRange('B2').setValue('Гимназия № 9'),
    );
    const marked = afterFullCheck(emulator, bundle, tab, 'B2');
    expect(marked.note).toContain('не так, как на листе «Список ОО»');
    emulator.resetCalls();
    edit(emulator, bundle, tab, 'E6', '31');
    expect(emulator.calls()['Properties.getProperties'] ?? 0).toBe(0);
    expect(look(emulator, tab, 'B2')).toEqual(marked);
  });

  it('judges a name pasted into the school cell as one typed there', () => {
    const { emulator, bundle } = municipality();
    emulator.ui.queueAlertResponse('OK');
    bundle.call('menuCheckWorkbook');
    const tab = tabName(1);
    // A paste comes without oldValue (Apps Script «Event objects», Edit): the cell is judged anew.
    bundle.call('onEdit', emulator.userPaste(tab, 'B2', [['МБОУ «СОШ № 2»']]));
    const marked = look(emulator, tab, 'B2');
    expect(marked.note).toContain('не так, как на листе «Список ОО»');
    expect(afterFullCheck(emulator, bundle, tab, 'B2')).toEqual(marked);
    bundle.call('onEdit', emulator.userPaste(tab, 'B2', [[FULL_1]]));
    expect(look(emulator, tab, 'B2')).toEqual({ note: '', background: '#ffffff' });
  });
});

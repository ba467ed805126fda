/**
 * The school cell of a tab checked as it is typed: a name with Latin letters among Russian ones is marked at
 * once, with the roster's name — saved by the last full check — as the fix.
 */
import { describe, expect, it } from 'vitest';
import { MARK_COLOURS } from '../../src/app/live/cell-marks';
import { NOTE_PREFIX } from '../../src/app/live/messages';
import type { Emulator, LoadedBundle } from '../tools/gas-emulator';
import { seedMunicipality, start, tabName } from './municipality';

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

/** Two schools whose tabs spell them short, and a roster with their full official names. */
function municipality() {
  const started = start();
  seedMunicipality(started.emulator, 2);
  started.emulator.seedSheet('Список ОО', [
    ['ОО', 'Лист', 'Руководитель', 'Куратор', 'E-mail куратора'],
    [FULL_1, tabName(1), 'Сорокин Павел Ильич', '', ''],
    [FULL_2, tabName(2), 'Орлова Нина Васильевна', '', ''],
  ]);
  return started;
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
});

import { NOTE_PREFIX } from '../../src/app/live/messages';
import { describe, expect, it } from 'vitest';
import { MARK_COLOURS } from '../../src/app/live/cell-marks';
import type { Emulator, LoadedBundle } from '../tools/gas-emulator';
import { baseRows, bigBaseRows, schoolTab, seedMunicipality, start, tabName } from './municipality';

const BASE = 'База наставников';

function look(emulator: Emulator, sheet: string, a1: string): { note: string; background: string } {
  return emulator.uncounted(() => {
    const range = emulator.spreadsheet.getSheetByName(sheet)!.getRange(a1);
    return { note: range.getNote(), background: range.getBackground() };
  });
}

function edit(emulator: Emulator, bundle: LoadedBundle, sheet: string, a1: string, value: unknown): void {
  const event = emulator.userEdit(sheet, a1, value);
  bundle.call('onEdit', event);
}

function municipality() {
  const started = start();
  seedMunicipality(started.emulator, 3);
  return started;
}

describe('onEdit after a paste', () => {
  it('re-checks as for an unknown old state: a pasted number leaves the marks a full check gives', () => {
    // Google sends a paste without oldValue, even for one cell (Apps Script «Event objects», Edit).
    const { emulator, bundle } = municipality();
    emulator.ui.queueAlertResponse('OK');
    bundle.call('menuCheckWorkbook');
    const event = emulator.userPaste(BASE, 'A2', [[3]]);
    expect(event.oldValue).toBeUndefined();
    bundle.call('onEdit', event);
    const notes = () =>
      emulator.uncounted(() => emulator.spreadsheet.getSheetByName(BASE)!.getDataRange().getNotes());
    const live = notes();
    expect(live.flat().some((note) => note.includes('пропущ'))).toBe(true);
    emulator.ui.queueAlertResponse('OK');
    bundle.call('menuCheckWorkbook');
    expect(live).toEqual(notes());
  });
});

describe('onEdit on «База наставников»', () => {
  it('marks a name typed with a Latin letter and clears the mark when it is retyped', () => {
    const { emulator, bundle } = municipality();
    edit(emulator, bundle, BASE, 'B3', 'Петрoва Мария Ивановна');
    const marked = look(emulator, BASE, 'B3');
    expect(marked.note.startsWith(NOTE_PREFIX)).toBe(true);
    expect(marked.note).toContain('латинские');
    expect(marked.background).toBe(MARK_COLOURS.error);
    edit(emulator, bundle, BASE, 'B3', 'Петрова Мария Ивановна');
    expect(look(emulator, BASE, 'B3')).toEqual({ note: '', background: '#ffffff' });
  });

  it('marks a form typed past the dropdown (it is not strict) as not recognised', () => {
    const { emulator, bundle } = municipality();
    edit(emulator, bundle, BASE, 'G2', 'наставничество по интересам');
    const g2 = look(emulator, BASE, 'G2');
    expect(g2.background).toBe(MARK_COLOURS.error);
    expect(g2.note).toContain('наставничество по интересам');
  });

  it('marks the later row of a repeated mentor–mentee pair, and unmarks it when the pair changes', () => {
    const { emulator, bundle } = municipality();
    const rows = baseRows(3);
    edit(emulator, bundle, BASE, 'B4', rows[1][1]);
    edit(emulator, bundle, BASE, 'F4', rows[1][5]);
    const f4 = look(emulator, BASE, 'F4');
    expect(f4.note).toContain('строке 2');
    expect(f4.background).toBe(MARK_COLOURS.warning);
    expect(look(emulator, BASE, 'F2').note).toBe('');
    edit(emulator, bundle, BASE, 'F4', 'Алексеева Ксения Павловна');
    expect(look(emulator, BASE, 'F4')).toEqual({ note: '', background: '#ffffff' });
  });

  it('marks a repeated number and a gap in «№ п/п», and clears both when the number is put back', () => {
    const { emulator, bundle } = municipality();
    edit(emulator, bundle, BASE, 'A4', 2);
    expect(look(emulator, BASE, 'A4').note).toContain('2');
    expect(look(emulator, BASE, 'A4').background).toBe(MARK_COLOURS.warning);
    const gapMarked = emulator.uncounted(() =>
      emulator.spreadsheet
        .getSheetByName(BASE)!
        .getRange('A2:A7')
        .getNotes()
        .flat()
        .filter((n) => n !== ''),
    );
    expect(gapMarked.length).toBeGreaterThanOrEqual(2);
    edit(emulator, bundle, BASE, 'A4', 3);
    const left = emulator.uncounted(() =>
      emulator.spreadsheet
        .getSheetByName(BASE)!
        .getRange('A2:A7')
        .getNotes()
        .flat()
        .filter((n) => n !== ''),
    );
    expect(left).toEqual([]);
  });

  it('never overwrites a curator’s note or colour, and never clears them', () => {
    const { emulator, bundle } = municipality();
    emulator.uncounted(() => {
      const sheet = emulator.spreadsheet.getSheetByName(BASE)!;
      sheet.getRange('B3').setNote('Позвонить в школу');
      sheet.getRange('G3').setBackground('#b6d7a8');
    });
    edit(emulator, bundle, BASE, 'B3', 'Петрoва Мария Ивановна');
    edit(emulator, bundle, BASE, 'G3', 'по интересам');
    expect(look(emulator, BASE, 'B3')).toEqual({ note: 'Позвонить в школу', background: '#ffffff' });
    const g3 = look(emulator, BASE, 'G3');
    expect(g3.background).toBe('#b6d7a8');
    expect(g3.note.startsWith(NOTE_PREFIX)).toBe(true);
    edit(emulator, bundle, BASE, 'G3', 'педагог — педагог');
    expect(look(emulator, BASE, 'G3')).toEqual({ note: '', background: '#b6d7a8' });
    edit(emulator, bundle, BASE, 'B3', 'Петрова Мария Ивановна');
    expect(look(emulator, BASE, 'B3').note).toBe('Позвонить в школу');
  });

  it('marks a warning as it marks an error: a form spelt «учитель - учитель», a workplace «СОШ 2»', () => {
    const { emulator, bundle } = municipality();
    emulator.ui.queueAlertResponse('OK');
    bundle.call('menuCheckWorkbook');
    edit(emulator, bundle, BASE, 'G3', 'учитель - учитель');
    expect(look(emulator, BASE, 'G3').background).toBe(MARK_COLOURS.warning);
    expect(look(emulator, BASE, 'G3').note).toContain('«педагог — педагог»');
    edit(emulator, bundle, BASE, 'C3', 'СОШ 2');
    expect(look(emulator, BASE, 'C3').background).toBe(MARK_COLOURS.warning);
    expect(look(emulator, BASE, 'C3').note).toContain('«МБОУ „СОШ № 2“»');
  });

  it('checks a workplace against the school list saved by the last full check', () => {
    const { emulator, bundle } = municipality();
    bundle.call('menuCheckWorkbook');
    edit(emulator, bundle, BASE, 'C3', 'МБОУ «СОШ № 77»');
    expect(look(emulator, BASE, 'C3').note.startsWith(NOTE_PREFIX)).toBe(true);
    edit(emulator, bundle, BASE, 'C3', 'МБОУ "СОШ №1"');
    expect(look(emulator, BASE, 'C3')).toEqual({ note: '', background: '#ffffff' });
  });

  it('does not flag the empty cells of a row being typed; the full check does, and typing clears them one by one', () => {
    const { emulator, bundle } = municipality();
    edit(emulator, bundle, BASE, 'B8', 'Орлова Вера Михайловна');
    for (const cell of ['B8', 'C8', 'F8', 'G8'])
      expect(look(emulator, BASE, cell)).toEqual({ note: '', background: '#ffffff' });
    edit(emulator, bundle, BASE, 'C8', 'МБОУ «СОШ № 1»');
    expect(look(emulator, BASE, 'F8').note).toBe('');
    emulator.ui.queueAlertResponse('OK');
    bundle.call('menuCheckWorkbook');
    expect(look(emulator, BASE, 'F8').note).toContain('не заполнен');
    expect(look(emulator, BASE, 'G8').background).toBe(MARK_COLOURS.error);
    edit(emulator, bundle, BASE, 'F8', 'Фёдорова Дарья Алексеевна');
    expect(look(emulator, BASE, 'F8')).toEqual({ note: '', background: '#ffffff' });
    // The row is still incomplete: the mark the full check left on «Форма наставничества» stays.
    expect(look(emulator, BASE, 'G8').background).toBe(MARK_COLOURS.error);
  });

  it('judges a row being typed when the curator leaves it for another row, whatever column she started from', () => {
    const { emulator, bundle } = municipality();
    edit(emulator, bundle, BASE, 'A8', 7);
    edit(emulator, bundle, BASE, 'B8', 'Орлова Вера Михайловна');
    edit(emulator, bundle, BASE, 'C8', 'МБОУ «СОШ № 1»');
    expect(look(emulator, BASE, 'F8').note).toBe('');
    // She goes on to the next row: the row she left is judged, the new one waits.
    edit(emulator, bundle, BASE, 'B9', 'Смирнова Анна Сергеевна');
    for (const cell of ['D8', 'F8', 'G8', 'H8'])
      expect(look(emulator, BASE, cell).note).toContain('не заполнен');
    expect(look(emulator, BASE, 'F8').background).toBe(MARK_COLOURS.error);
    expect(look(emulator, BASE, 'C8')).toEqual({ note: '', background: '#ffffff' });
    expect(look(emulator, BASE, 'C9')).toEqual({ note: '', background: '#ffffff' });
    // Coming back and completing the row takes its marks off one by one.
    edit(emulator, bundle, BASE, 'F8', 'Фёдорова Дарья Алексеевна');
    expect(look(emulator, BASE, 'F8')).toEqual({ note: '', background: '#ffffff' });
    expect(look(emulator, BASE, 'G8').note).toContain('не заполнен');
  });

  it('keeps apart the rows two curators type at once: each is judged when its own curator leaves it', () => {
    const { emulator, bundle } = municipality();
    edit(emulator, bundle, BASE, 'B8', 'Орлова Вера Михайловна');
    emulator.actAs('curator2@school.example');
    edit(emulator, bundle, BASE, 'B9', 'Смирнова Анна Сергеевна');
    expect(look(emulator, BASE, 'F8').note).toBe('');
    edit(emulator, bundle, BASE, 'B10', 'Соколова Мария Ивановна');
    expect(look(emulator, BASE, 'F8').note).toBe('');
    expect(look(emulator, BASE, 'F9').note).toContain('не заполнен');
  });

  it('marks a required value cleared from a complete row at once', () => {
    const { emulator, bundle } = municipality();
    edit(emulator, bundle, BASE, 'G3', '');
    expect(look(emulator, BASE, 'G3').note).toContain('не заполнен');
  });

  it('checks a pasted block of rows, leaving the empty cells of its incomplete rows as typing them would', () => {
    const { emulator, bundle } = municipality();
    edit(emulator, bundle, BASE, 'B9:C10', [
      ['Smirnova Anna', 'МБОУ «СОШ № 1»'],
      ['Орлова Вера Михайловна', 'МБОУ «СОШ № 2»'],
    ]);
    expect(look(emulator, BASE, 'B9').background).toBe(MARK_COLOURS.error);
    expect(look(emulator, BASE, 'F10')).toEqual({ note: '', background: '#ffffff' });
    emulator.ui.queueAlertResponse('OK');
    bundle.call('menuCheckWorkbook');
    expect(look(emulator, BASE, 'F10').note).toContain('не заполнен');
  });

  it('starts a row from «№ п/п» as from the ФИО: nothing is marked while the row is being typed', () => {
    const { emulator, bundle } = municipality();
    edit(emulator, bundle, BASE, 'A8', 7);
    edit(emulator, bundle, BASE, 'B8', 'Орлова Вера Михайловна');
    for (const cell of ['A8', 'B8', 'C8', 'D8', 'E8', 'F8', 'G8', 'H8'])
      expect(look(emulator, BASE, cell)).toEqual({ note: '', background: '#ffffff' });
  });

  it('leaves header edits and other sheets alone', () => {
    const { emulator, bundle } = municipality();
    emulator.seedSheet('Заметки', [['Список дел'], ['Собрать приказы']]);
    edit(emulator, bundle, 'Заметки', 'A3', '=1/0');
    edit(emulator, bundle, BASE, 'D1', 'Компетенции');
    expect(look(emulator, 'Заметки', 'A3').note).toBe('');
    expect(look(emulator, BASE, 'D1').note).toBe('');
  });
});

describe('onEdit on a school tab', () => {
  it('marks «3O» as a letter typed for a digit, and nothing compared with it, until it is corrected', () => {
    const { emulator, bundle } = municipality();
    const tab = tabName(1);
    const rows = schoolTab(1);
    const rowOf = (code: string) => rows.findIndex((row) => row[0] === `'${code}`) + 1;
    const total = `E${rowOf('1.1')}`;
    edit(emulator, bundle, tab, total, '3O');
    expect(look(emulator, tab, total).note).toContain('латинская буква «O» вместо цифры 0');
    expect(look(emulator, tab, total).background).toBe(MARK_COLOURS.error);
    const notes = () =>
      emulator.uncounted(() =>
        emulator.spreadsheet.getSheetByName(tab)!.getRange('E1:E60').getNotes().flat(),
      );
    // 1.4 (8 under 35) would be «больше, чем 1.1» were «3O» read as 3.
    expect(notes().filter((note) => note !== '')).toHaveLength(1);
    edit(emulator, bundle, tab, total, 30);
    expect(notes().filter((note) => note !== '')).toEqual([]);
  });

  it('marks a fractional count and a part above its total, and clears them when corrected', () => {
    const { emulator, bundle } = municipality();
    const tab = tabName(1);
    const rows = schoolTab(1);
    const rowOf = (code: string) => rows.findIndex((row) => row[0] === `'${code}`) + 1;
    edit(emulator, bundle, tab, `E${rowOf('1.3')}`, '12,5');
    expect(look(emulator, tab, `E${rowOf('1.3')}`).note).toContain('12,5');
    edit(emulator, bundle, tab, `E${rowOf('1.2')}`, 200);
    const part = look(emulator, tab, `E${rowOf('1.2')}`);
    expect(part.background).toBe(MARK_COLOURS.error);
    edit(emulator, bundle, tab, `E${rowOf('1.2')}`, 2);
    expect(look(emulator, tab, `E${rowOf('1.2')}`)).toEqual({ note: '', background: '#ffffff' });
    edit(emulator, bundle, tab, `E${rowOf('1.3')}`, 3);
    expect(look(emulator, tab, `E${rowOf('1.3')}`).note).toBe('');
  });
});

describe('onEdit service calls on a 10 000-row base', () => {
  function bigBase() {
    const started = start();
    started.emulator.seedSheet(BASE, bigBaseRows(10_000));
    return started;
  }

  it('costs 6 calls for a single-cell edit that changes no mark, 8 for a workplace (the saved school list)', () => {
    const { emulator, bundle } = bigBase();
    for (const [a1, value] of [
      ['G5000', 'педагог — молодой педагог'],
      ['D7000', 'Проектная деятельность'],
      ['B5000', 'Орлова Вера Михайловна'],
      ['A9001', 9000],
      ['C6000', 'МБОУ «СОШ № 1»'],
    ] as const) {
      const event = emulator.userEdit(BASE, a1, value);
      emulator.resetCalls();
      bundle.call('onEdit', event);
      // 4 to read the edit and its row, 2 for the row being typed (CacheService), 2 for the school list.
      const budget = a1.startsWith('C') ? 8 : 6;
      expect(emulator.callSummary().total, `${a1}: ${JSON.stringify(emulator.calls())}`).toBe(budget);
      expect(emulator.calls()['Range.setNotes'] ?? 0).toBe(0);
    }
  });

  it('starts a new row from any column but ФИО reading only that row, and leaves its empty cells to the full check', () => {
    const { emulator, bundle } = bigBase();
    emulator.uncounted(() => emulator.spreadsheet.getSheetByName(BASE)!.insertRowsAfter(10_001, 10));
    const event = emulator.userEdit(BASE, 'D10002', 'Проектная деятельность');
    emulator.resetCalls();
    bundle.call('onEdit', event);
    const calls = emulator.calls();
    expect(calls['Sheet.getSheetValues'], JSON.stringify(calls)).toBe(2);
    expect(calls['Sheet.getDataRange'] ?? 0, JSON.stringify(calls)).toBe(0);
    // The row being typed is kept: one more call than an edit of a complete row.
    expect(calls['Cache.put'], JSON.stringify(calls)).toBe(1);
    expect(emulator.callSummary().total, JSON.stringify(calls)).toBe(7);
    expect(look(emulator, BASE, 'B10002')).toEqual({ note: '', background: '#ffffff' });
  });

  it('costs 11 calls when a mark appears in the edited row, reading that row’s notes and colours only', () => {
    const { emulator, bundle } = bigBase();
    const event = emulator.userEdit(BASE, 'G5000', 'по интересам');
    emulator.resetCalls();
    bundle.call('onEdit', event);
    const calls = emulator.calls();
    expect(emulator.callSummary().total, JSON.stringify(calls)).toBe(11);
    expect(calls['Range.setNotes']).toBe(1);
    expect(calls['Range.setBackgrounds']).toBe(1);
    expect(calls['Sheet.getDataRange'] ?? 0).toBe(0);
    expect(look(emulator, BASE, 'G5000').background).toBe(MARK_COLOURS.error);
  });
});

describe('marks on a tab made by «Создать листы ОО по списку»', () => {
  it('show over the input fill, and the fill comes back when the value is corrected', () => {
    const { emulator, bundle } = start();
    emulator.ui.queuePromptResponse({ button: 'OK', text: 'МБОУ «СОШ № 1»' });
    bundle.call('menuCreateSchoolSheets');
    const sheet = 'МБОУ «СОШ № 1»';
    const rows = emulator.uncounted(() =>
      emulator.spreadsheet.getSheetByName(sheet)!.getDataRange().getValues(),
    );
    const header = rows.findIndex((row) => row.includes('Значение'));
    const valueColumn = rows[header].indexOf('Значение');
    const row = rows.findIndex((line) => line[0] === '1.1') + 1;
    const cell = `${String.fromCharCode(65 + valueColumn)}${row}`;
    const fill = look(emulator, sheet, cell).background;
    expect(fill).toBe('#fff8e1');
    edit(emulator, bundle, sheet, cell, '12,5');
    const marked = look(emulator, sheet, cell);
    expect(marked.note.startsWith(NOTE_PREFIX)).toBe(true);
    expect(marked.background).not.toBe(fill);
    expect(marked.background.slice(0, 6)).toBe(MARK_COLOURS.error.slice(0, 6));
    edit(emulator, bundle, sheet, cell, 40);
    expect(look(emulator, sheet, cell)).toEqual({ note: '', background: fill });
  });
});

import { NOTE_PREFIX } from '../../src/app/live/messages';
import { describe, expect, it } from 'vitest';
import { MARK_COLOURS } from '../../src/app/live/cell-marks';
import { MESSAGES, SIDEBAR_TITLE } from '../../src/gas/messages';
import type { IssuesPayload } from '../../src/gas/sidebar-contract';
import { BUILTIN_CATALOGUE, isInput } from '../../src/core/catalogue/catalogue';
import { countsPhrase } from '../../src/core/issues/issue-report';
import type { Emulator } from '../tools/gas-emulator';
import { baseRows, schoolTab, seedMunicipality, start, tabName } from './municipality';

const BASE = 'База наставников';

/** Three schools; the base has a Latin «o» in B3, an empty mentee cell F5 and a lower-case name in B6. */
function withBrokenBase() {
  const started = start();
  seedMunicipality(started.emulator, 3);
  const rows = baseRows(3);
  rows[2][1] = 'Петрoва Мария Ивановна';
  rows[4][5] = '';
  rows[5][1] = 'иванова анна сергеевна';
  started.emulator.seedSheet(BASE, rows);
  activate(started.emulator, BASE);
  return started;
}

function activate(emulator: Emulator, name: string): void {
  emulator.uncounted(() => emulator.spreadsheet.setActiveSheet(emulator.spreadsheet.getSheetByName(name)!));
}

function cell(
  emulator: Emulator,
  sheet: string,
  a1: string,
): { note: string; background: string; value: unknown } {
  return emulator.uncounted(() => {
    const range = emulator.spreadsheet.getSheetByName(sheet)!.getRange(a1);
    return { note: range.getNote(), background: range.getBackground(), value: range.getValue() };
  });
}

describe('«Проверить текущий лист»', () => {
  it('counts the sheet’s issues in one alert, marks the problem cells and opens the panel', () => {
    const { emulator, bundle } = withBrokenBase();
    bundle.call('menuCheckActiveSheet');
    const alerts = emulator.ui.alerts;
    expect(alerts).toHaveLength(1);
    expect(alerts[0].prompt).toBe(
      `Лист «${BASE}»: найдены 2 ошибки, 1 замечание по оформлению. Подробности — на панели проверки.`,
    );
    const b3 = cell(emulator, BASE, 'B3');
    expect(b3.note.startsWith(NOTE_PREFIX)).toBe(true);
    expect(b3.note).toContain('латинские');
    expect(b3.background).toBe(MARK_COLOURS.error);
    expect(cell(emulator, BASE, 'F5').note).toContain('не заполнен');
    // Formatting remarks (info) are listed on the panel, not painted on the sheet.
    expect(cell(emulator, BASE, 'B6').note).toBe('');
    expect(cell(emulator, BASE, 'B4')).toMatchObject({ note: '', background: '#ffffff' });
    expect(emulator.ui.sidebars).toHaveLength(1);
    expect(emulator.ui.sidebars[0].title).toBe(SIDEBAR_TITLE);
  });

  it('keeps a curator’s own note and colour on a problem cell', () => {
    const { emulator, bundle } = withBrokenBase();
    emulator.uncounted(() => {
      const sheet = emulator.spreadsheet.getSheetByName(BASE)!;
      sheet.getRange('B3').setNote('Уточнить у завуча');
      sheet.getRange('F5').setBackground('#00ff00');
    });
    bundle.call('menuCheckActiveSheet');
    expect(cell(emulator, BASE, 'B3').note).toBe('Уточнить у завуча');
    const f5 = cell(emulator, BASE, 'F5');
    expect(f5.background).toBe('#00ff00');
    expect(f5.note.startsWith(NOTE_PREFIX)).toBe(true);
  });

  it('clears its own marks once the problems are fixed, and only its own', () => {
    const { emulator, bundle } = withBrokenBase();
    bundle.call('menuCheckActiveSheet');
    emulator.uncounted(() => {
      const sheet = emulator.spreadsheet.getSheetByName(BASE)!;
      sheet.getRange('B3').setValue('Петрова Мария Ивановна');
      sheet.getRange('F5').setValue('Фёдорова Дарья Алексеевна');
      sheet.getRange('D2').setNote('Проверено куратором');
    });
    bundle.call('menuCheckActiveSheet');
    expect(cell(emulator, BASE, 'B3')).toMatchObject({ note: '', background: '#ffffff' });
    expect(cell(emulator, BASE, 'F5')).toMatchObject({ note: '', background: '#ffffff' });
    expect(cell(emulator, BASE, 'D2').note).toBe('Проверено куратором');
    expect(emulator.ui.alerts.at(-1)?.prompt).toContain('найдено 1 замечание по оформлению');
  });

  it('says when the active sheet is not one the add-on understands', () => {
    const { emulator, bundle } = withBrokenBase();
    emulator.seedSheet('Инструкция', [['Как заполнять таблицу'], ['Заполните свой лист до 20 ноября.']]);
    activate(emulator, 'Инструкция');
    bundle.call('menuCheckActiveSheet');
    expect(emulator.ui.alerts[0].prompt).toContain('Лист «Инструкция» не проверяется');
    expect(emulator.ui.sidebars).toHaveLength(0);
  });
});

describe('«Проверить всю таблицу»', () => {
  it('names the sheets with errors and marks every checked sheet', () => {
    const { emulator, bundle } = withBrokenBase();
    emulator.seedSheet(tabName(2), schoolTab(2, { ped_mentors: '12,5' }));
    bundle.call('menuCheckWorkbook');
    const prompt = emulator.ui.alerts[0].prompt;
    expect(prompt).toContain('Ошибки есть на листах «База наставников», «СОШ № 2»');
    expect(prompt).toMatch(/^Найден[аоы] \d+ ошиб/);
    const marked = emulator.uncounted(() => {
      const sheet = emulator.spreadsheet.getSheetByName(tabName(2))!;
      const notes = sheet.getDataRange().getNotes();
      return notes.flat().filter((note) => note.startsWith(NOTE_PREFIX));
    });
    expect(marked.some((note) => note.includes('12,5'))).toBe(true);
  });

  it('reports a clean workbook in one sentence and opens nothing', () => {
    const { emulator, bundle } = start();
    seedMunicipality(emulator, 3);
    bundle.call('menuCheckWorkbook');
    expect(emulator.ui.alerts.map((a) => a.prompt)).toEqual(['Ошибок и предупреждений не найдено.']);
    expect(emulator.ui.sidebars).toHaveLength(0);
  });
});

describe('«Проверить всю таблицу» on a spreadsheet with nothing to check', () => {
  it('says there is nothing to check, not that no errors were found', () => {
    const { emulator, bundle } = start();
    bundle.call('menuCheckWorkbook');
    expect(emulator.ui.alerts.map((a) => a.prompt)).toEqual([MESSAGES.nothingToCheck]);
  });
});

/** Types `value` into the value cell of indicator `id` on a school tab laid out as the template makes it. */
function setValue(emulator: Emulator, sheet: string, id: string, value: unknown): void {
  const title = BUILTIN_CATALOGUE.indicators.find((def) => def.id === id)?.title;
  emulator.uncounted(() => {
    const tab = emulator.spreadsheet.getSheetByName(sheet)!;
    const row = tab.getRange('C1:C80').getValues().flat().indexOf(title) + 1;
    tab.getRange(row, 5).setValue(value);
  });
}

describe('one count of errors and warnings', () => {
  it('is the same in the alert of «Проверить всю таблицу», the sidebar’s chips and the per-tab rows', () => {
    const { emulator, bundle } = withBrokenBase();
    // A fourth school that has not started its tab: every value empty, each one an error.
    const blank: Record<string, unknown> = {};
    for (const def of BUILTIN_CATALOGUE.indicators.filter(isInput)) blank[def.id] = '';
    emulator.seedSheet(tabName(4), schoolTab(4, blank));
    // A mistyped number (one error, no cross rule fired on it) and a count with a note (a warning).
    setValue(emulator, tabName(1), 'ped_total', '3O');
    setValue(emulator, tabName(2), 'ped_mentors', '2 чел.');
    emulator.ui.queueAlertResponse('OK');
    bundle.call('menuCheckWorkbook');
    const alert = emulator.ui.alerts.at(-1)?.prompt ?? '';
    const payload = bundle.call('sidebarIssues', 'workbook') as IssuesPayload;
    const { error, warning } = payload.counts;
    const required = BUILTIN_CATALOGUE.indicators.filter((def) => isInput(def) && def.required).length;
    expect(error).toBeGreaterThan(required);
    expect(warning).toBeGreaterThan(0);
    expect(alert.toLowerCase()).toContain(countsPhrase(payload.counts));
    const rows = new Map((payload.fill ?? []).map((school) => [school.sheet, school]));
    // The untouched tab's row counts its empty values, as the alert and the chips count them.
    expect(rows.get(tabName(4))?.errors).toBe(required);
    // The mistyped number on its tab and the Latin «o» in its row of the base (B3).
    expect(rows.get(tabName(1))?.errors).toBe(2);
    // Every issue here belongs to a school (its tab or its rows of the base): the rows add up to the chips.
    const sum = (key: 'errors' | 'warnings') => [...rows.values()].reduce((n, school) => n + school[key], 0);
    expect([sum('errors'), sum('warnings')]).toEqual([error, warning]);
  });
});

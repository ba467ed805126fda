import { NOTE_PREFIX } from '../../src/app/live/messages';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { columnLetter } from '../../src/core/sheet/a1';
import { isDate } from '../../src/core/sheet/cell-value';
import { MESSAGES, SIDEBAR_ARGUMENT, SIDEBAR_TITLE } from '../../src/gas/messages';
import {
  SIDEBAR_FUNCTIONS,
  type ActionResult,
  type IssuesPayload,
  type SidebarFunction,
} from '../../src/gas/sidebar-contract';
import type { Emulator } from '../tools/gas-emulator';
import { baseRows, schoolName, schoolTab, seedMunicipality, start, tabName } from './municipality';

const BASE = 'База наставников';

/** Latin «o» in B3 (error, fixable), lower-case names in B6 and B9 (info, fixable), a date typed as a mentee in F8. */
function withBase() {
  const started = start();
  seedMunicipality(started.emulator, 4);
  const rows = baseRows(4);
  rows[2][1] = 'Петрoва Мария Ивановна';
  rows[5][1] = 'иванова анна сергеевна';
  rows[8][1] = 'смирнова ольга николаевна';
  rows[7][5] = new Date(Date.UTC(2025, 8, 1));
  started.emulator.seedSheet(BASE, rows);
  started.emulator.seedSheet(tabName(2), schoolTab(2, { ped_mentors: '12,5' }));
  activate(started.emulator, BASE);
  return started;
}

function activate(emulator: Emulator, name: string): void {
  emulator.uncounted(() => emulator.spreadsheet.setActiveSheet(emulator.spreadsheet.getSheetByName(name)!));
}

function value(emulator: Emulator, a1: string): unknown {
  return emulator.uncounted(() => emulator.spreadsheet.getSheetByName(BASE)!.getRange(a1).getValue());
}

/** Everything a sidebar call could change: every sheet's cells, notes and colours, and the selection. */
function snapshot(emulator: Emulator): unknown {
  return emulator.uncounted(() => ({
    sheets: emulator.spreadsheet.getSheets().map((sheet) => {
      const range = sheet.getDataRange();
      return {
        name: sheet.getName(),
        values: range.getValues(),
        formulas: range.getFormulas(),
        notes: range.getNotes(),
        backgrounds: range.getBackgrounds(),
      };
    }),
    active: emulator.spreadsheet.getActiveSheet().getName(),
    selection: emulator.spreadsheet.getActiveRange().getA1Notation(),
  }));
}

function hasDate(node: unknown): boolean {
  if (isDate(node)) return true;
  if (Array.isArray(node)) return node.some(hasDate);
  if (node && typeof node === 'object') return Object.values(node).some(hasDate);
  return false;
}

describe('the sidebar’s server side', () => {
  it('«Открыть панель проверки» shows dist/sidebar.html, titled, 300 px wide', () => {
    const { emulator, bundle } = start();
    bundle.call('menuOpenSidebar');
    expect(emulator.ui.sidebars).toHaveLength(1);
    expect(emulator.ui.sidebars[0]).toMatchObject({ kind: 'sidebar', title: SIDEBAR_TITLE, width: 300 });
    expect(emulator.ui.sidebars[0].content).toContain('<main id="app"');
  });

  it('every function the client may call is a top-level function of the bundle', () => {
    const { bundle } = start();
    for (const name of SIDEBAR_FUNCTIONS)
      expect(vm.runInContext(`typeof ${name}`, bundle.context), name).toBe('function');
  });

  it('lists the active sheet’s issues as plain JSON, errors first, with the cell’s text and the fix', () => {
    const { bundle } = withBase();
    const payload = bundle.call('sidebarIssues', 'sheet') as IssuesPayload;
    expect(hasDate(payload)).toBe(false);
    expect(JSON.parse(JSON.stringify(payload))).toEqual(payload);
    expect(payload.activeSheet).toBe(BASE);
    expect(payload.issues.every((issue) => issue.sheet === BASE)).toBe(true);
    expect(payload.issues[0]).toMatchObject({
      code: 'fio/mixed-script',
      severity: 'error',
      cell: 'B3',
      current: 'Петрoва Мария Ивановна',
    });
    expect(payload.issues[0].fix?.value).toBe('Петрова Мария Ивановна');
    const ranks = payload.issues.map((issue) => ['error', 'warning', 'info'].indexOf(issue.severity));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    const caseIssues = payload.issues.filter((issue) => issue.code === 'fio/case');
    expect(caseIssues.map((issue) => issue.sameCodeFixable)).toEqual([2, 2]);
    const dated = payload.issues.find((issue) => issue.cell === 'F8');
    expect(dated?.current).toBe('2025-09-01');
    expect(payload.counts.error).toBe(payload.issues.filter((issue) => issue.severity === 'error').length);
    expect(payload.partial).toBe(true);
  });

  it('lists every sheet’s issues in the workbook scope', () => {
    const { bundle } = withBase();
    const payload = bundle.call('sidebarIssues', 'workbook') as IssuesPayload;
    const sheets = new Set(payload.issues.map((issue) => issue.sheet));
    expect(sheets.has(BASE) && sheets.has(tabName(2))).toBe(true);
    expect(
      payload.issues.find((issue) => issue.sheet === tabName(2) && issue.code === 'value/not-integer')
        ?.current,
    ).toBe('12,5');
  });

  it('cards start with the problem, not the cell address the card shows on its button', () => {
    const { bundle } = withBase();
    const payload = bundle.call('sidebarIssues', 'workbook') as IssuesPayload;
    for (const issue of payload.issues)
      expect(issue.message, issue.message).not.toMatch(/^В ячейке [A-Z]+\d/);
    expect(payload.issues.find((issue) => issue.cell === 'B3')?.message).toMatch(/^В ФИО/);
  });

  it('a workplace typo is one problem, so one card with the suggested school, not a second one about a tab', () => {
    const { emulator, bundle } = withBase();
    emulator.uncounted(() => emulator.spreadsheet.getSheetByName(BASE)!.getRange('C4').setValue('СОШ 2'));
    const payload = bundle.call('sidebarIssues', 'workbook') as IssuesPayload;
    const cards = payload.issues.filter((issue) => issue.sheet === BASE && issue.cell === 'C4');
    expect(cards).toHaveLength(1);
    expect(cards[0].fix?.value).toBe(schoolName(2));
    const cells = payload.issues.map((issue) => `${issue.sheet}!${issue.cell}`);
    expect(new Set(cells).size).toBe(cells.length);
  });

  it('a school tab nobody has started is one card in the workbook view, every empty cell in the sheet view', () => {
    const { emulator, bundle } = withBase();
    emulator.ui.queuePromptResponse({ button: 'OK', text: 'МБОУ «СОШ № 9»' });
    bundle.call('menuCreateSchoolSheets');
    const tab = emulator
      .uncounted(() => emulator.spreadsheet.getSheets().map((sheet) => sheet.getName()))
      .find((name) => name.includes('9'))!;
    const workbook = bundle.call('sidebarIssues', 'workbook') as IssuesPayload;
    const cards = workbook.issues.filter((issue) => issue.sheet === tab);
    expect(cards).toHaveLength(1);
    expect(cards[0].message).toMatch(/^Лист ещё не заполнен\. Пустых обязательных ячеек: \d+\.$/);
    activate(emulator, tab);
    const sheet = bundle.call('sidebarIssues', 'sheet') as IssuesPayload;
    expect(sheet.issues.length).toBeGreaterThan(10);
  });

  it('notices an edit by a changed stamp, and only then', () => {
    const { emulator, bundle } = withBase();
    const payload = bundle.call('sidebarIssues', 'sheet') as IssuesPayload;
    expect(bundle.call('sidebarChangeStamp')).toBe(payload.stamp);
    emulator.userEdit(BASE, 'D4', 'Наставничество молодых специалистов');
    expect(bundle.call('sidebarChangeStamp')).not.toBe(payload.stamp);
  });

  it('selectCell activates the issue’s sheet and cell', () => {
    const { emulator, bundle } = withBase();
    activate(emulator, tabName(1));
    expect(bundle.call('selectCell', BASE, 'F8')).toEqual({ ok: true, message: '' });
    const active = emulator.uncounted(() => ({
      sheet: emulator.spreadsheet.getActiveSheet().getName(),
      cell: emulator.spreadsheet.getActiveRange().getA1Notation(),
    }));
    expect(active).toEqual({ sheet: BASE, cell: 'F8' });
    expect(bundle.call('selectCell', 'Удалённый лист', 'A1')).toEqual({
      ok: false,
      message: MESSAGES.fixSheetMissing('Удалённый лист'),
    });
  });

  it('applyFix writes the fix, clears the cell’s mark, and refuses a cell changed meanwhile', () => {
    const { emulator, bundle } = withBase();
    bundle.call('menuCheckActiveSheet');
    const marked = emulator.uncounted(() =>
      emulator.spreadsheet.getSheetByName(BASE)!.getRange('B3').getNote(),
    );
    expect(marked.startsWith(NOTE_PREFIX)).toBe(true);
    const done = bundle.call(
      'applyFix',
      BASE,
      'B3',
      'Петрoва Мария Ивановна',
      'Петрова Мария Ивановна',
    ) as ActionResult;
    expect(done).toEqual({ ok: true, message: MESSAGES.fixApplied('B3') });
    expect(value(emulator, 'B3')).toBe('Петрова Мария Ивановна');
    expect(
      emulator.uncounted(() => emulator.spreadsheet.getSheetByName(BASE)!.getRange('B3').getNote()),
    ).toBe('');

    emulator.userEdit(BASE, 'B6', 'Иванова Анна');
    const refused = bundle.call(
      'applyFix',
      BASE,
      'B6',
      'иванова анна сергеевна',
      'Иванова Анна Сергеевна',
    ) as ActionResult;
    expect(refused).toEqual({ ok: false, message: MESSAGES.fixCellChanged('B6') });
    expect(value(emulator, 'B6')).toBe('Иванова Анна');
  });

  it('selectCell and applyFix refuse a cell the sheet no longer has, changing nothing', () => {
    const { emulator, bundle } = withBase();
    const [rows, columns] = emulator.uncounted(() => {
      const sheet = emulator.spreadsheet.getSheetByName(BASE)!;
      return [sheet.getMaxRows(), sheet.getMaxColumns()];
    });
    const before = snapshot(emulator);
    for (const cell of [`B${rows + 1}`, `${columnLetter(columns + 1)}3`]) {
      const gone = { ok: false, message: MESSAGES.fixCellMissing(BASE, cell) };
      expect(bundle.call('selectCell', BASE, cell)).toEqual(gone);
      expect(bundle.call('applyFix', BASE, cell, '', 'Петрова Мария Ивановна')).toEqual(gone);
    }
    expect(snapshot(emulator)).toEqual(before);
  });

  it('applyFix writes a fix that looks like a formula as text', () => {
    const { emulator, bundle } = withBase();
    bundle.call('applyFix', BASE, 'D2', 'Методика преподавания, классное руководство', '=1+1');
    const cell = emulator.uncounted(() => {
      const range = emulator.spreadsheet.getSheetByName(BASE)!.getRange('D2');
      return { value: range.getValue(), formula: range.getFormula() };
    });
    expect(cell).toEqual({ value: '=1+1', formula: '' });
  });

  it('«Исправить всё однотипное» fixes every issue of the code with one write per column, keeping formulas between', () => {
    const { emulator, bundle } = withBase();
    emulator.uncounted(() =>
      emulator.spreadsheet
        .getSheetByName(BASE)!
        .getRange('D7')
        .setFormula('=CONCATENATE("Методика";" и практика")'),
    );
    emulator.resetCalls();
    const result = bundle.call('applyFixesOfCode', BASE, 'fio/case') as ActionResult;
    const calls = emulator.calls();
    expect(result).toEqual({ ok: true, message: MESSAGES.fixesApplied(2, 0) });
    expect(value(emulator, 'B6')).toBe('Иванова Анна Сергеевна');
    expect(value(emulator, 'B9')).toBe('Смирнова Ольга Николаевна');
    expect(value(emulator, 'B7')).toBe(baseRows(4)[6][1]);
    expect(
      emulator.uncounted(() => emulator.spreadsheet.getSheetByName(BASE)!.getRange('D7').getFormula()),
    ).toBe('=CONCATENATE("Методика";" и практика")');
    expect(calls['Range.setValues']).toBe(1);
    expect(calls['Range.setValue'] ?? 0).toBe(0);
    const again = bundle.call('applyFixesOfCode', BASE, 'fio/case') as ActionResult;
    expect(again.message).toBe(MESSAGES.nothingToFix);
  });
});

describe('the sidebar’s server side refuses arguments it cannot take', () => {
  const FIXED = 'Петрoва Мария Ивановна';
  const HUGE = 'Ж'.repeat(1_000_000);
  /** [function, what is wrong, arguments, the argument the refusal names] */
  const cases: [SidebarFunction, string, unknown[], keyof typeof SIDEBAR_ARGUMENT][] = [
    ['sidebarIssues', 'no scope', [], 'count'],
    ['sidebarIssues', 'two scopes', ['sheet', 'workbook'], 'context'],
    ['sidebarIssues', 'a school list of numbers', ['sheet', { organisations: [1, 2] }], 'context'],
    ['sidebarIssues', 'three arguments', ['sheet', null, null], 'count'],
    ['sidebarIssues', 'undefined', [undefined], 'scope'],
    ['sidebarIssues', 'null', [null], 'scope'],
    ['sidebarIssues', 'an unknown scope', ['все листы'], 'scope'],
    ['sidebarIssues', 'an object', [{ scope: 'sheet' }], 'scope'],
    ['sidebarIssues', 'a huge string', [HUGE], 'scope'],
    ['sidebarChangeStamp', 'an argument', ['sheet'], 'count'],
    ['selectCell', 'no cell', [BASE], 'count'],
    ['selectCell', 'undefined sheet', [undefined, 'B3'], 'sheet'],
    ['selectCell', 'empty sheet name', ['', 'B3'], 'sheet'],
    ['selectCell', 'sheet name over 100 characters', ['Л'.repeat(101), 'B3'], 'sheet'],
    ['selectCell', 'an object posing as a sheet name', [{ toString: () => BASE }, 'B3'], 'sheet'],
    ['selectCell', 'a number as the cell', [BASE, 42], 'cell'],
    ['selectCell', 'row 0', [BASE, 'B0'], 'cell'],
    ['selectCell', 'a range', [BASE, 'B3:C4'], 'cell'],
    ['selectCell', 'a huge cell address', [BASE, HUGE], 'cell'],
    ['selectCell', 'an array as the cell', [BASE, ['B3']], 'cell'],
    ['applyFix', 'no value', [BASE, 'B3', FIXED], 'count'],
    ['applyFix', 'a fifth argument', [BASE, 'B3', FIXED, 'Петрова Мария Ивановна', 'ещё'], 'count'],
    ['applyFix', 'undefined checked text', [BASE, 'B3', undefined, 'Петрова Мария Ивановна'], 'expected'],
    ['applyFix', 'a number as the checked text', [BASE, 'B3', 42, 'Петрова Мария Ивановна'], 'expected'],
    ['applyFix', 'a huge checked text', [BASE, 'B3', HUGE, 'Петрова Мария Ивановна'], 'expected'],
    ['applyFix', 'NaN', [BASE, 'B3', FIXED, NaN], 'value'],
    ['applyFix', 'Infinity', [BASE, 'B3', FIXED, Infinity], 'value'],
    ['applyFix', 'null', [BASE, 'B3', FIXED, null], 'value'],
    ['applyFix', 'an object', [BASE, 'B3', FIXED, { value: 'Петрова Мария Ивановна' }], 'value'],
    ['applyFix', 'a huge value', [BASE, 'B3', FIXED, HUGE], 'value'],
    ['applyFix', 'undefined cell', [BASE, undefined, FIXED, 'Петрова Мария Ивановна'], 'cell'],
    ['applyFixesOfCode', 'no code', [BASE], 'count'],
    ['applyFixesOfCode', 'a code that is not an issue code', [BASE, 'fio/unknown'], 'code'],
    ['applyFixesOfCode', 'constructor', [BASE, 'constructor'], 'code'],
    ['applyFixesOfCode', '__proto__', [BASE, '__proto__'], 'code'],
    ['applyFixesOfCode', 'an object as the code', [BASE, { code: 'fio/case' }], 'code'],
    ['applyFixesOfCode', 'a number as the sheet', [42, 'fio/case'], 'sheet'],
  ];

  it.each(cases)('%s refuses %s, naming the %s', (name, _what, args, argument) => {
    const { emulator, bundle } = withBase();
    bundle.call('menuCheckActiveSheet');
    const before = snapshot(emulator);
    emulator.resetCalls();
    const result = bundle.call(name, ...args);
    expect(result).toEqual({
      ok: false,
      message: MESSAGES.sidebarArgumentRefused(SIDEBAR_ARGUMENT[argument]),
    });
    expect(emulator.calls()).toEqual({});
    expect(snapshot(emulator)).toEqual(before);
  });

  it('says so in one Russian sentence of what went wrong and one of what to do', () => {
    for (const what of Object.values(SIDEBAR_ARGUMENT)) {
      const message = MESSAGES.sidebarArgumentRefused(what);
      expect(message).toMatch(/^Ошибка: панель проверки передала [^.]+\. Что сделать: [^.]+\.$/);
      expect(message).not.toMatch(/["']/);
    }
  });
});

describe('the sidebar, readable', () => {
  it('one problem a card: a cell with two problems has two cards, each with its own message', () => {
    const { emulator, bundle } = withBase();
    // Latin «o» and lower case in one name: two problems of one cell.
    emulator.uncounted(() =>
      emulator.spreadsheet.getSheetByName(BASE)!.getRange('B3').setValue('петрoва мария ивановна'),
    );
    const payload = bundle.call('sidebarIssues', 'sheet') as IssuesPayload;
    const cards = payload.issues.filter((issue) => issue.cell === 'B3');
    expect(cards.map((card) => card.code).sort()).toEqual(['fio/case', 'fio/mixed-script']);
    for (const card of cards) expect(card.message).not.toContain('\n');
    expect(new Set(cards.map((card) => card.message)).size).toBe(2);
  });

  it('shows a value as Russians write it: 12.5 as «12,5», a typed 35 % (0.35 in a percent cell) as «35 %»', () => {
    const { emulator, bundle } = withBase();
    emulator.uncounted(() => {
      const tab = emulator.spreadsheet.getSheetByName(tabName(2))!;
      tab.getRange('E7').setValue(12.5);
      tab.getRange('E8').setValue(0.35).setNumberFormat('0%');
    });
    const payload = bundle.call('sidebarIssues', 'workbook') as IssuesPayload;
    const at = (cell: string) =>
      payload.issues.find((issue) => issue.sheet === tabName(2) && issue.cell === cell);
    expect(at('E7')).toMatchObject({ current: '12.5', shown: '12,5' });
    // «Исправить» still compares the cell's own text; the reader sees the percent.
    expect(at('E8')).toMatchObject({ current: '0.35', shown: '35\u00a0%' });
  });

  it('gives each sheet with issues its counts, in workbook order', () => {
    const { bundle } = withBase();
    const payload = bundle.call('sidebarIssues', 'workbook') as IssuesPayload;
    const names = payload.sheets.map((view) => view.sheet);
    expect(names).toContain(BASE);
    expect(names).toContain(tabName(2));
    for (const view of payload.sheets) {
      const own = payload.issues.filter((issue) => issue.sheet === view.sheet);
      expect(view.counts.error, view.sheet).toBe(own.filter((issue) => issue.severity === 'error').length);
    }
    const sum = payload.sheets.reduce(
      (total, view) => total + view.counts.error + view.counts.warning + view.counts.info,
      0,
    );
    expect(sum).toBe(payload.counts.error + payload.counts.warning + payload.counts.info);
  });

  /**
   * Google refuses a script's write to a range protected against its user with «You are trying to edit a
   * protected cell or object. Please contact the spreadsheet owner to remove protection if you need to
   * edit.» (https://developers.google.com/apps-script/reference/spreadsheet/protection; the emulator,
   * test/tools/gas-emulator/sheet.ts, throws it likewise).
   */
  it('«Исправить» on a protected cell answers in Russian with what to do, Google’s text only as the detail', () => {
    const { emulator, bundle } = withBase();
    emulator.uncounted(() => {
      emulator.spreadsheet
        .getSheetByName(BASE)!
        .getRange('B1:B60')
        .protect()
        .setDescription('Проверено')
        .removeEditors(['kurator1@school1.ru']);
    });
    emulator.actAs('kurator1@school1.ru');
    const result = bundle.call(
      'applyFix',
      BASE,
      'B3',
      'Петрoва Мария Ивановна',
      'Петрова Мария Ивановна',
    ) as ActionResult;
    expect(result.ok).toBe(false);
    expect(result.message).toBe(
      'Команда не выполнена: ячейка или лист защищены: изменять их могут только те, кому открыт доступ. ' +
        'Что сделать: если изменение нужно, обратитесь к муниципальному координатору или владельцу таблицы.',
    );
    expect(result.detail).toMatch(/^You are trying to edit a protected cell or object\./);
    expect(value(emulator, 'B3')).toBe('Петрoва Мария Ивановна');
  });

  it('a time-out of Google while listing comes back as a Russian refusal, not as the raw error', () => {
    const { emulator, bundle } = withBase();
    emulator.failAt({ method: 'Range.getValues', nth: 1, message: 'Exceeded maximum execution time' });
    const result = bundle.call('sidebarIssues', 'workbook') as ActionResult;
    expect(result).toEqual({
      ok: false,
      message:
        'Команда не выполнена: закончилось время, отведённое на выполнение команды. Что сделать: запустите команду ещё раз.',
      detail: 'Exceeded maximum execution time.',
    });
  });
});

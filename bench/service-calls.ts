/**
 * Apps Script service calls of the built add-on (dist/Code.js) on the emulator: a whole summary
 * run (the menu's «Сформировать сводную», then «Сформировать рекомендации») and single edits of a
 * 10 000-row «База наставников» through onEdit.
 */
import { a1 } from '../src/core/sheet/a1';
import { findMonitoringHeader } from '../src/core/monitoring/monitoring-header';
import { BASE_SHEET_NAME, SCHOOL_TAB } from '../src/core/templates/messages';
import type { DemoMunicipality } from '../src/demo/municipality';
import { createEmulator, loadBundle, type Emulator, type LoadedBundle } from '../test/tools/gas-emulator';
import { onEmulator } from './workbooks';

/** Calls that read a sheet's cells or their layout (a merge is part of what a cell shows). */
const CELL_READS =
  /\.(getValues|getValue|getDisplayValues|getDisplayValue|getFormulas|getNumberFormats|getNotes|getBackgrounds|getSheetValues|getMergedRanges)$/;

export interface RunCalls {
  readonly reads: number;
  readonly writes: number;
  /** What the calls would cost in Google: the emulator's virtual milliseconds (30 a read, 50 a write). */
  readonly serviceMs: number;
  /** The most cell reads of any one sheet, and that sheet. */
  readonly maxCellReadsOfASheet: number;
  readonly sheetReadMost: string;
  readonly ms: number;
}

function runCalls(emulator: Emulator, bundle: LoadedBundle, name: string, ...args: unknown[]): RunCalls {
  emulator.resetCalls();
  const start = performance.now();
  bundle.call(name, ...args);
  const ms = performance.now() - start;
  const { reads, writes, elapsedMs: serviceMs } = emulator.callSummary();
  let maxCellReadsOfASheet = 0;
  let sheetReadMost = '';
  for (const [sheet, calls] of Object.entries(emulator.callsBySheet())) {
    const cellReads = Object.entries(calls)
      .filter(([method]) => CELL_READS.test(method))
      .reduce((sum, [, n]) => sum + n, 0);
    if (cellReads > maxCellReadsOfASheet) [maxCellReadsOfASheet, sheetReadMost] = [cellReads, sheet];
  }
  return { reads, writes, serviceMs, maxCellReadsOfASheet, sheetReadMost, ms };
}

export function summaryRunCalls(
  demo: DemoMunicipality,
  code: string,
): { summary: RunCalls; recommendations: RunCalls } {
  const { emulator, bundle } = onEmulator(demo, code);
  const summary = runCalls(emulator, bundle, 'menuGenerateSummary');
  const recommendations = runCalls(emulator, bundle, 'menuGenerateRecommendations');
  return { summary, recommendations };
}

/** «Создать листы ОО по списку» with `schools` names pasted, on a fresh spreadsheet. */
export function schoolSheetsCalls(schools: number, code: string): RunCalls {
  const emulator = createEmulator();
  const bundle = loadBundle(code, emulator);
  const names = Array.from({ length: schools }, (_, i) => `МБОУ «СОШ № ${i + 1}»`);
  emulator.ui.queuePromptResponse({ button: 'OK', text: names.join('\n') });
  return runCalls(emulator, bundle, 'menuCreateSchoolSheets');
}

/** What «Создать листы ОО по списку» may cost a tab, and the spreadsheet's cells after 300 tabs. */
export const TAB_LIMITS = { callsPerTab: 4, cellsAfter300: 1_500_000 } as const;

export interface TabRunCalls extends RunCalls {
  readonly tabs: number;
  /** Every sheet's grid, rows × columns, after the run: what Google counts against 10 000 000. */
  readonly cells: number;
}

/**
 * «Создать листы ОО по списку» on a fresh spreadsheet whose «Список ОО» lists `schools` schools
 * with «Лист» empty: the tabs it makes, the calls, and the cells the spreadsheet holds afterwards.
 */
export function rosterSheetsCalls(schools: number, code: string): TabRunCalls {
  const emulator = createEmulator();
  const bundle = loadBundle(code, emulator);
  emulator.seedSheet('Список ОО', [
    ['ОО', 'Лист', 'Руководитель', 'Куратор', 'E-mail куратора'],
    ...Array.from({ length: schools }, (_, i) => [`МБОУ «СОШ № ${i + 1}»`, '', '', '', '']),
  ]);
  const run = runCalls(emulator, bundle, 'menuCreateSchoolSheets');
  const sheets = emulator.uncounted(() => emulator.spreadsheet.getSheets());
  const cells = emulator.uncounted(() =>
    sheets.reduce((sum, sheet) => sum + sheet.getMaxRows() * sheet.getMaxColumns(), 0),
  );
  return { ...run, tabs: sheets.length - 2, cells };
}

/** The label of the school's name on a tab the template made (the demo's tabs are such). */
const SCHOOL_LABEL = SCHOOL_TAB.organizationLabel;

export interface SidebarCalls {
  /** «Текущий лист» with «База наставников» active, and with a school's tab active. */
  readonly sheetOnBase: RunCalls;
  readonly sheetOnTab: RunCalls;
  /** The poll every few seconds. */
  readonly stamp: RunCalls;
  /** «Вся таблица». */
  readonly workbook: RunCalls;
}

/** The sidebar's server calls as the panel makes them, after a full check saved the school list. */
export function sidebarCalls(demo: DemoMunicipality, code: string): SidebarCalls {
  const { emulator, bundle } = onEmulator(demo, code);
  emulator.ui.queueAlertResponse('OK');
  bundle.call('menuCheckWorkbook');
  const activate = (name: string) =>
    emulator.uncounted(() => emulator.spreadsheet.setActiveSheet(emulator.spreadsheet.getSheetByName(name)!));
  const tabs = demo.sheets.filter((sheet) => sheet.values.some((row) => row[0] === SCHOOL_LABEL));
  const names = tabs.map((tab) => String(tab.values.find((row) => row[0] === SCHOOL_LABEL)?.[1]));
  const context = { organisations: names };
  activate(BASE_SHEET_NAME);
  const sheetOnBase = runCalls(emulator, bundle, 'sidebarIssues', 'sheet', context);
  const stamp = runCalls(emulator, bundle, 'sidebarChangeStamp');
  const workbook = runCalls(emulator, bundle, 'sidebarIssues', 'workbook', null);
  activate(tabs[0].name);
  const sheetOnTab = runCalls(emulator, bundle, 'sidebarIssues', 'sheet', context);
  return { sheetOnBase, sheetOnTab, stamp, workbook };
}

export interface EditCalls {
  readonly edit: string;
  readonly cell: string;
  readonly calls: number;
  readonly marksChanged: boolean;
  readonly ms: number;
}

interface EditCase {
  readonly edit: string;
  readonly column: string;
  readonly value: (row: number) => unknown;
}

/** What curators do to a filled base, in this order (the second and third add and clear a mark). */
const EDITS: readonly EditCase[] = [
  { edit: 'компетенции: другой текст', column: 'D', value: () => 'Наставничество в проектной деятельности' },
  { edit: 'форма: слово не из списка (отметка появляется)', column: 'G', value: () => 'по интересам' },
  { edit: 'форма: исправлена (отметка снимается)', column: 'G', value: () => 'педагог — педагог' },
  { edit: 'место работы: другая ОО из списка', column: 'C', value: () => 'МБОУ «СОШ № 2»' },
  {
    edit: 'ФИО наставника: другой наставник',
    column: 'B',
    value: (row) => `Орлова Вера Михайловна${row % 2 ? '' : ' '}`.trim(),
  },
  { edit: '№ п/п: номер введён заново', column: 'A', value: (row) => row - 1 },
];

/**
 * One onEdit per case on a 10 000-row base after a full check (which saves the school list the
 * workplace check needs). Each case runs first on another row, so the figure is not a cold start.
 */
export function editCalls(demo: DemoMunicipality, code: string): EditCalls[] {
  const { emulator, bundle } = onEmulator(demo, code);
  emulator.ui.queueAlertResponse('OK');
  bundle.call('menuCheckWorkbook');
  const measured = 5000;
  const warmUp = 4000;
  return EDITS.map(({ edit, column, value }) => {
    bundle.call('onEdit', emulator.userEdit(BASE_SHEET_NAME, `${column}${warmUp}`, value(warmUp)));
    const cell = `${column}${measured}`;
    const event = emulator.userEdit(BASE_SHEET_NAME, cell, value(measured));
    emulator.resetCalls();
    const start = performance.now();
    bundle.call('onEdit', event);
    const ms = performance.now() - start;
    const calls = emulator.calls();
    return {
      edit,
      cell,
      calls: emulator.callSummary().total,
      marksChanged: (calls['Range.setNotes'] ?? 0) > 0,
      ms,
    };
  });
}

/** The cell of a school tab an edit goes to: its school cell, or its first value that is a whole number. */
function tabCell(values: readonly (readonly unknown[])[], which: 'school' | 'value'): string {
  if (which === 'school') {
    const row = values.findIndex((cells) => cells[0] === SCHOOL_LABEL);
    return a1(row + 1, 2);
  }
  const header = findMonitoringHeader({ name: '', values: values.map((row) => row.slice()) });
  const column = header?.columns.value;
  if (header === null || column === undefined) throw new Error('a school tab without its header');
  const row = values.findIndex((cells, index) => index >= header.row && Number.isInteger(cells[column - 1]));
  return a1(row + 1, column);
}

/** What a curator retypes on her school tab: a value, and the school's name, each as it was. */
const TAB_EDITS = [
  { edit: 'лист ОО: значение введено заново', which: 'value' },
  { edit: 'лист ОО: название ОО введено заново', which: 'school' },
] as const;

/**
 * One onEdit per case on a school tab of the demo with a «Список ОО» that names every tab («Лист»), after a
 * full check (which saves the roster and the tabs the school cell is judged against): the school cell's edit
 * then reads the sheet's name too, its dearest path. Each case runs first on another tab, so the figure is
 * not a cold start.
 */
export function tabEditCalls(demo: DemoMunicipality, code: string): EditCalls[] {
  const { emulator, bundle } = onEmulator(demo, code);
  const tabs = demo.sheets.filter((sheet) => sheet.values.some((row) => row[0] === SCHOOL_LABEL));
  emulator.seedSheet('Список ОО', [
    ['ОО', 'Лист'],
    ...tabs.map((tab) => [String(tab.values.find((row) => row[0] === SCHOOL_LABEL)?.[1]), tab.name]),
  ]);
  emulator.ui.queueAlertResponse('OK');
  bundle.call('menuCheckWorkbook');
  const [warmUp, measured] = [tabs[0], tabs[1]];
  const retype = (tab: (typeof tabs)[number], which: 'school' | 'value') => {
    const cell = tabCell(tab.values, which);
    const value = emulator.uncounted(() =>
      emulator.spreadsheet.getSheetByName(tab.name)!.getRange(cell).getValue(),
    );
    return { cell, event: emulator.userEdit(tab.name, cell, value) };
  };
  return TAB_EDITS.map(({ edit, which }) => {
    bundle.call('onEdit', retype(warmUp, which).event);
    const { cell, event } = retype(measured, which);
    emulator.resetCalls();
    const start = performance.now();
    bundle.call('onEdit', event);
    const ms = performance.now() - start;
    return {
      edit,
      cell: `${measured.name}!${cell}`,
      calls: emulator.callSummary().total,
      marksChanged: (emulator.calls()['Range.setNotes'] ?? 0) > 0,
      ms,
    };
  });
}

export interface AccessCalls {
  /** The first run, on a spreadsheet with no protection yet. */
  readonly first: RunCalls;
  /** The next run, over the same roster: nothing to change. */
  readonly unchanged: RunCalls;
}

/**
 * «Настроить доступ кураторов» on the demo municipality with a «Список ОО» that gives every school
 * tab («Лист») one curator, each an editor of the spreadsheet as the coordinator shares it. A run that
 * stops at Apps Script's time limit is continued, as the coordinator would, and its calls added.
 */
export function curatorAccessCalls(demo: DemoMunicipality, code: string): AccessCalls {
  const tabs = demo.sheets.filter((sheet) => sheet.values.some((row) => row[0] === SCHOOL_LABEL));
  const curators = tabs.map((_, i) => `kurator${i + 1}@school${i + 1}.edu.ru`);
  const roster = [
    ['ОО', 'Лист', 'E-mail куратора'],
    ...tabs.map((tab, i) => [
      String(tab.values.find((row) => row[0] === SCHOOL_LABEL)?.[1]),
      tab.name,
      curators[i],
    ]),
  ];
  const { emulator, bundle } = onEmulator(demo, code, { sharing: { editors: curators } });
  emulator.seedSheet('Список ОО', roster);
  const run = (): RunCalls => {
    const runs: RunCalls[] = [];
    do runs.push(runCalls(emulator, bundle, 'menuConfigureCuratorAccess'));
    while (/продолжит/.test(emulator.ui.alerts.at(-1)?.prompt ?? '') && runs.length < 10);
    return runs.reduce((sum, next) => ({
      reads: sum.reads + next.reads,
      writes: sum.writes + next.writes,
      serviceMs: sum.serviceMs + next.serviceMs,
      maxCellReadsOfASheet: Math.max(sum.maxCellReadsOfASheet, next.maxCellReadsOfASheet),
      sheetReadMost: sum.sheetReadMost,
      ms: sum.ms + next.ms,
    }));
  };
  return { first: run(), unchanged: run() };
}

export interface DocumentsCalls extends RunCalls {
  /** Google Docs made, and the most characters one of them holds (a Doc holds at most 1 020 000). */
  readonly documents: number;
  readonly largestDocument: number;
}

/** «Создать справку и письма» on a fresh spreadsheet: every document made through Drive's conversion. */
export function documentsCalls(demo: DemoMunicipality, code: string): DocumentsCalls {
  const { emulator, bundle } = onEmulator(demo, code);
  const run = runCalls(emulator, bundle, 'menuCreateDocuments');
  const alerts = emulator.ui.alerts.map((alert) => alert.prompt);
  if (alerts.length > 0) throw new Error(`«Создать справку и письма» stopped: ${alerts.join('\n')}`);
  const sizes = emulator.uncounted(() =>
    emulator.documents.map((document) => document._body.getText().length),
  );
  return { ...run, documents: sizes.length, largestDocument: Math.max(...sizes) };
}

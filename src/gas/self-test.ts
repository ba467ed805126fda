/**
 * A developer's check of the emulator's latency table (test/tools/gas-emulator/latency.ts) against
 * real Google: times each kind of service call the add-on makes, on a scratch sheet it removes
 * afterwards, and writes the figures to a new sheet. Only the test deployment has it
 * (`node build.mjs --self-test`, self-test-menu.ts); see docs/google-sheets.md#self-test.
 */
import { fitSheet, SHEET_MARGIN } from './draw-sheet-model';
import { literalValue } from './literal-value';
import { alert } from './run-command';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Times each call is made; the median is reported, so one slow round trip does not skew it. */
const REPEATS = 5;
/** A prepared tab's size (a school tab trimmed: 50 rows used, docs/decisions.md#tabs-from-the-roster). */
const TAB_ROWS = 70;
const TAB_COLUMNS = 9;

const SCRATCH = 'Самопроверка — временный лист';

interface Probe {
  /** 'Class.method', as the emulator names calls. */
  readonly call: string;
  /** One call; `round` numbers the repeat, for calls that need a fresh name or place. */
  readonly run: (round: number) => void;
}

export interface SelfTestRow {
  readonly call: string;
  readonly write: boolean;
  /** Median milliseconds of the call alone. */
  readonly ms: number;
  /**
   * Median milliseconds of the call followed by SpreadsheetApp.flush(): Apps Script may hold a
   * write back and send it with the next call, so a write alone can look cheaper than it is.
   */
  readonly flushedMs: number;
}

/** The emulator's rule (call-counter.ts): a call is a read when its method starts with get, is, has or find. */
function isWrite(call: string): boolean {
  return !/^(get|is|has|find)/.test(call.slice(call.lastIndexOf('.') + 1));
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function timed(run: (round: number) => void, flush: boolean): number {
  const times: number[] = [];
  for (let round = 0; round < REPEATS; round++) {
    const started = Date.now();
    run(round);
    if (flush) SpreadsheetApp.flush();
    times.push(Date.now() - started);
  }
  return median(times);
}

/** The calls «Создать листы ОО по списку», the checks and the generated sheets make, on `scratch`. */
function probes(spreadsheet: Spreadsheet, scratch: Sheet): Probe[] {
  // One range for the Range probes, so each times its own call and not getRange as well.
  const block = scratch.getRange(1, 1, TAB_ROWS, TAB_COLUMNS);
  const cell = scratch.getRange(2, 2);
  const values = Array.from({ length: TAB_ROWS }, (_, r) =>
    Array.from({ length: TAB_COLUMNS }, (_, c) => literalValue(`${r + 1}:${c + 1}`)),
  );
  const copies: Sheet[] = [];
  const end = spreadsheet.getNumSheets();
  const properties = PropertiesService.getDocumentProperties();
  return [
    { call: 'Spreadsheet.getSheets', run: () => spreadsheet.getSheets() },
    { call: 'Sheet.getName', run: () => scratch.getName() },
    { call: 'Spreadsheet.getSheetByName', run: () => spreadsheet.getSheetByName(SCRATCH) },
    { call: 'Sheet.getRange', run: () => scratch.getRange(1, 1, TAB_ROWS, TAB_COLUMNS) },
    { call: 'Range.setValues', run: () => block.setValues(values) },
    { call: 'Range.getValues', run: () => block.getValues() },
    { call: 'Sheet.getDataRange', run: () => scratch.getDataRange() },
    { call: 'Range.getNumberFormats', run: () => block.getNumberFormats() },
    { call: 'Range.setValue', run: (round) => cell.setValue(`значение ${round}`) },
    {
      call: 'Range.setBackgrounds',
      run: () => block.setBackgrounds(values.map((row) => row.map(() => '#fff8e1'))),
    },
    { call: 'Range.setNote', run: (round) => cell.setNote(`заметка ${round}`) },
    { call: 'Sheet.setColumnWidths', run: (round) => scratch.setColumnWidths(1, TAB_COLUMNS, 100 + round) },
    { call: 'Sheet.setFrozenRows', run: (round) => scratch.setFrozenRows(round % 2) },
    { call: 'Sheet.getMaxRows', run: () => scratch.getMaxRows() },
    { call: 'Sheet.insertRowsAfter', run: () => scratch.insertRowsAfter(TAB_ROWS, 1) },
    { call: 'Sheet.deleteRows', run: () => scratch.deleteRows(TAB_ROWS + 1, 1) },
    { call: 'Sheet.getDeveloperMetadata', run: () => scratch.getDeveloperMetadata() },
    { call: 'Properties.getProperty', run: () => properties.getProperty('cmn.self-test') },
    {
      call: 'Properties.setProperty',
      run: (round) => properties.setProperty('cmn.self-test', String(round)),
    },
    {
      call: 'Spreadsheet.insertSheet (template)',
      run: (round) =>
        copies.push(spreadsheet.insertSheet(`${SCRATCH} ${round + 1}`, end + round, { template: scratch })),
    },
    { call: 'Spreadsheet.deleteSheet', run: (round) => spreadsheet.deleteSheet(copies[round]) },
  ];
}

/** Runs every probe on a fresh scratch sheet, removed afterwards whatever happens. */
export function measureServiceCalls(spreadsheet: Spreadsheet): SelfTestRow[] {
  const leftover = spreadsheet.getSheetByName(SCRATCH);
  if (leftover) spreadsheet.deleteSheet(leftover);
  const scratch = spreadsheet.insertSheet(SCRATCH, spreadsheet.getNumSheets());
  try {
    scratch.deleteRows(TAB_ROWS + 1, scratch.getMaxRows() - TAB_ROWS);
    scratch.deleteColumns(TAB_COLUMNS + 1, scratch.getMaxColumns() - TAB_COLUMNS);
    // Each probe twice (alone, then with flush): the template copies made by the first pass are
    // removed by the probe after it, so the second pass finds the same names free.
    const first = probes(spreadsheet, scratch);
    const alone = first.map((probe) => timed(probe.run, false));
    const flushed = probes(spreadsheet, scratch).map((probe) => timed(probe.run, true));
    const rows = first.map((probe, i): SelfTestRow => ({
      call: probe.call,
      write: isWrite(probe.call),
      ms: alone[i],
      flushedMs: flushed[i],
    }));
    PropertiesService.getDocumentProperties().deleteProperty('cmn.self-test');
    return rows;
  } finally {
    spreadsheet.deleteSheet(scratch);
  }
}

const HEADER = ['Вызов', 'Вид', 'Повторов', 'Медиана, мс', 'С flush, мс'];

/** The developer's menu item: measures and writes a sheet «Самопроверка <дата время>». */
export function menuSelfTest(): void {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const rows = measureServiceCalls(spreadsheet);
  const stamp = Utilities.formatDate(new Date(), spreadsheet.getSpreadsheetTimeZone(), 'yyyy-MM-dd HH.mm.ss');
  const sheet = spreadsheet.insertSheet(`Самопроверка ${stamp}`, spreadsheet.getNumSheets());
  const table = [
    HEADER,
    ...rows.map((row) => [row.call, row.write ? 'запись' : 'чтение', REPEATS, row.ms, row.flushedMs]),
  ];
  fitSheet(sheet, { rows: table.length + SHEET_MARGIN.rows, columns: HEADER.length + SHEET_MARGIN.columns });
  sheet.getRange(1, 1, table.length, HEADER.length).setValues(table);
  sheet.setFrozenRows(1);
  alert(
    `Время вызовов записано на лист «${sheet.getName()}». ` +
      'Что сделать: сравните его с таблицей задержек эмулятора (docs/google-sheets.md, раздел «Самопроверка»).',
  );
}

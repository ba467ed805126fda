/**
 * `npm run bench [-- --json]`: how fast the add-on is on real volumes — engine CPU time, Apps
 * Script service calls (on the emulator), the command line's wall time against exceljs alone, its
 * memory and time on hostile files (zip bombs, a million rows), and the bundle's size — checked
 * against the budgets in budgets.ts. Prints a table (or one JSON
 * document with --json) and exits with 1 when a budget is missed.
 */
import { readFileSync, statSync } from 'node:fs';
import { budget, LIMITS, type Budget } from './budgets';
import { cliTimes } from './cli-time';
import { hostileRuns } from './hostile-time';
import { summaryMs, validationMs } from './engine-time';
import { REGION, regionTimes } from './region-time';
import {
  curatorAccessCalls,
  documentsCalls,
  editCalls,
  rosterSheetsCalls,
  schoolSheetsCalls,
  sidebarCalls,
  summaryRunCalls,
  TAB_LIMITS,
  tabEditCalls,
  type RunCalls,
} from './service-calls';
import { webTimes } from './web-time';
import { municipality } from './workbooks';

const BUNDLE = 'dist/Code.js';
/** Workbooks of growing size: school tabs and filled rows of «База наставников». */
const SIZES = [
  { schools: 10, baseRows: 300 },
  { schools: 100, baseRows: 3_000 },
  { schools: 300, baseRows: 10_000 },
] as const;

const json = process.argv.includes('--json');
const note = (text: string) => process.stderr.write(`${text}\n`);
const fixed = (ms: number) => Math.round(ms);
const seconds = (ms: number) => (ms / 1000).toFixed(1).replace('.', ',');

async function measure() {
  const started = performance.now();
  const code = readFileSync(BUNDLE, 'utf8');
  const books = SIZES.map((size) => ({ ...size, demo: municipality(size.schools, size.baseRows) }));
  const largest = books[books.length - 1];

  note('движок: проверка базы наставников…');
  const validation = [municipality(30, 1_000), largest.demo].map(validationMs);
  note('движок: показатели, сводная и рекомендации…');
  const engine = books.map((book) => ({
    ...summaryMs(book.demo),
    schools: book.schools,
    baseRows: book.baseRows,
  }));
  note('Apps Script (эмулятор): сводная и рекомендации…');
  const runs = books.map((book) => ({ schools: book.schools, ...summaryRunCalls(book.demo, code) }));
  note('Apps Script (эмулятор): листы ОО по списку…');
  const created = books.map((book) => ({
    schools: book.schools,
    run: schoolSheetsCalls(book.schools, code),
  }));
  note('Apps Script (эмулятор): доступ кураторов…');
  const access = books.map((book) => ({ schools: book.schools, ...curatorAccessCalls(book.demo, code) }));
  note('Apps Script (эмулятор): листы ОО по «Списку ОО»…');
  const rostered = books.map((book) => ({
    schools: book.schools,
    run: rosterSheetsCalls(book.schools, code),
  }));
  note('Apps Script (эмулятор): панель проверки…');
  const sidebar = books.map((book) => ({ schools: book.schools, ...sidebarCalls(book.demo, code) }));
  note('Apps Script (эмулятор): справка и письма через Drive…');
  const documents = books.map((book) => ({ schools: book.schools, run: documentsCalls(book.demo, code) }));
  note('Apps Script (эмулятор): onEdit на базе из 10 000 строк…');
  const edits = editCalls(largest.demo, code);
  note('Apps Script (эмулятор): onEdit на листе ОО…');
  const tabEdits = tabEditCalls(largest.demo, code);
  note('командная строка: summary на книге из 300 ОО…');
  const cli = await cliTimes(largest.demo);
  note(`регион: выгрузка и сводная ${REGION.municipalities} книг по ${REGION.schools} ОО, DuckDB…`);
  const region = await regionTimes();
  note('командная строка: zip-бомбы и лист из 1 048 576 строк…');
  const hostile = await hostileRuns();
  note('страница в браузере: книга из 300 ОО в Chromium…');
  const web = await webTimes(largest.demo, largest.schools);
  const bundleKb = Math.round(statSync(BUNDLE).size / 1024);
  return {
    validation,
    engine,
    runs,
    created,
    access,
    rostered,
    sidebar,
    documents,
    edits,
    tabEdits,
    cli,
    region,
    hostile,
    web,
    bundleKb,
    totalSeconds: Math.round((performance.now() - started) / 1000),
  };
}

type Figures = Awaited<ReturnType<typeof measure>>;

function budgets(f: Figures): Budget[] {
  const largestDocuments = f.documents[f.documents.length - 1].run;
  const validate10k = f.validation[f.validation.length - 1];
  const summary300 = f.engine[f.engine.length - 1];
  const cellReads = Math.max(
    ...f.runs.flatMap((r) => [r.summary.maxCellReadsOfASheet, r.recommendations.maxCellReadsOfASheet]),
  );
  const first = f.runs[0];
  const last = f.runs[f.runs.length - 1];
  const quiet = f.edits.filter((e) => !e.marksChanged);
  const quietCalls = Math.max(...quiet.map((e) => e.calls));
  const quietTab = f.tabEdits.filter((e) => !e.marksChanged);
  const quietTabCalls = Math.max(...quietTab.map((e) => e.calls));
  const editMs = Math.max(...[...f.edits, ...f.tabEdits].map((e) => e.ms));
  const unchangedAccess = f.access[f.access.length - 1];
  const accessPerSchool =
    (unchangedAccess.unchanged.reads + unchangedAccess.unchanged.writes) / unchangedAccess.schools;
  const firstAccessPerSchool =
    (unchangedAccess.first.reads + unchangedAccess.first.writes) / unchangedAccess.schools;
  const ratio = f.cli.summaryMs / f.cli.exceljsLoadMs;
  const sheetReads = Math.max(...f.sidebar.flatMap((s) => [s.sheetOnBase.reads, s.sheetOnTab.reads]));
  const workbookCellReads = Math.max(...f.sidebar.map((s) => s.workbook.maxCellReadsOfASheet));
  const hostilePeakMb = Math.max(...f.hostile.map((h) => h.peakMb));
  const rostered300 = f.rostered[f.rostered.length - 1].run;
  // Per tab at the largest size: the first tab is drawn and the roster read once, whatever the count.
  const callsPerTab = (rostered300.reads + rostered300.writes) / rostered300.tabs;
  const hostileSeconds = Math.max(...f.hostile.map((h) => h.seconds));
  return [
    budget(
      'проверка базы из 10 000 строк',
      `< ${LIMITS.validate10kMs} мс`,
      `${fixed(validate10k.ms)} мс`,
      validate10k.ms < LIMITS.validate10kMs,
    ),
    budget(
      'сводная + рекомендации, 300 ОО (движок)',
      `< ${LIMITS.summary300Ms} мс`,
      `${fixed(summary300.ms)} мс`,
      summary300.ms < LIMITS.summary300Ms,
    ),
    budget(
      'чтений ячеек одного листа за запуск',
      `≤ ${LIMITS.cellReadsPerSheet}`,
      String(cellReads),
      cellReads <= LIMITS.cellReadsPerSheet,
    ),
    budget(
      `записей: ${first.schools} ОО и ${last.schools} ОО`,
      `не больше +${LIMITS.extraWritesOfALongerSheet}`,
      `${first.summary.writes}+${first.recommendations.writes} и ${last.summary.writes}+${last.recommendations.writes}`,
      last.summary.writes - first.summary.writes <= LIMITS.extraWritesOfALongerSheet &&
        last.recommendations.writes - first.recommendations.writes <= LIMITS.extraWritesOfALongerSheet,
    ),
    budget(
      'панель, «Текущий лист»: чтений',
      `≤ ${LIMITS.sidebarSheetReads}`,
      String(sheetReads),
      sheetReads <= LIMITS.sidebarSheetReads,
    ),
    budget(
      'панель, «Вся таблица»: чтений ячеек листа',
      `≤ ${LIMITS.cellReadsPerSheet}`,
      String(workbookCellReads),
      workbookCellReads <= LIMITS.cellReadsPerSheet,
    ),
    budget(
      'onEdit, правка без смены отметок: вызовов',
      `≤ ${LIMITS.onEditCalls}`,
      String(quietCalls),
      quietCalls <= LIMITS.onEditCalls,
    ),
    budget(
      'onEdit на листе ОО, правка без смены отметок: вызовов',
      `≤ ${LIMITS.onEditCalls}`,
      String(quietTabCalls),
      quietTabCalls <= LIMITS.onEditCalls,
    ),
    budget(
      'onEdit, любая правка: время',
      `< ${LIMITS.onEditMs} мс`,
      `${fixed(editMs)} мс`,
      editMs < LIMITS.onEditMs,
    ),
    budget(
      `Настроить доступ кураторов, первый запуск, ${unchangedAccess.schools} ОО: вызовов на ОО`,
      `≤ ${LIMITS.accessFirstCallsPerSchool}`,
      firstAccessPerSchool.toFixed(2).replace('.', ','),
      firstAccessPerSchool <= LIMITS.accessFirstCallsPerSchool,
    ),
    budget(
      `Настроить доступ кураторов, список не изменился, ${unchangedAccess.schools} ОО: вызовов на ОО`,
      `≤ ${LIMITS.accessUnchangedCallsPerSchool}`,
      accessPerSchool.toFixed(2).replace('.', ','),
      accessPerSchool <= LIMITS.accessUnchangedCallsPerSchool,
    ),
    budget(
      `листы ОО по «Списку ОО»: вызовов на лист (${rostered300.tabs} листов)`,
      `≤ ${TAB_LIMITS.callsPerTab}`,
      callsPerTab.toFixed(2).replace('.', ','),
      callsPerTab <= TAB_LIMITS.callsPerTab,
    ),
    budget(
      `листы ОО по «Списку ОО»: ячеек после ${rostered300.tabs} листов`,
      `≤ ${TAB_LIMITS.cellsAfter300}`,
      String(rostered300.cells),
      rostered300.cells <= TAB_LIMITS.cellsAfter300,
    ),
    budget(
      'CLI summary / загрузка exceljs',
      `≤ ${LIMITS.cliOverExceljs}`,
      ratio.toFixed(2),
      ratio <= LIMITS.cliOverExceljs,
    ),
    budget(
      'враждебная книга: пик памяти',
      `< ${LIMITS.hostilePeakMb} МБ`,
      `${hostilePeakMb} МБ`,
      hostilePeakMb < LIMITS.hostilePeakMb,
    ),
    budget(
      'враждебная книга: время',
      `< ${LIMITS.hostileSeconds} с`,
      `${seconds(hostileSeconds * 1000)} с`,
      hostileSeconds < LIMITS.hostileSeconds,
    ),
    budget(
      'Создать справку и письма, 300 ОО: вызовов',
      `≤ ${LIMITS.documentsCalls}`,
      String(largestDocuments.reads + largestDocuments.writes),
      largestDocuments.reads + largestDocuments.writes <= LIMITS.documentsCalls,
    ),
    budget(
      'Создать справку и письма, 300 ОО: в Google',
      `< ${seconds(LIMITS.documentsServiceMs)} с`,
      `${seconds(largestDocuments.serviceMs)} с`,
      largestDocuments.serviceMs < LIMITS.documentsServiceMs,
    ),
    budget(
      `страница в браузере, ${f.web.schools} ОО: результаты на экране`,
      `≤ ${LIMITS.webResultsSeconds} с`,
      `${seconds(f.web.resultsSeconds * 1000)} с`,
      f.web.resultsSeconds <= LIMITS.webResultsSeconds,
    ),
    budget(
      'размер dist/Code.js',
      `< ${LIMITS.bundleKb} КБ`,
      `${f.bundleKb} КБ`,
      f.bundleKb < LIMITS.bundleKb,
    ),
  ];
}

function callRow(label: string, schools: number, run: RunCalls): (string | number)[] {
  return [
    label,
    schools,
    run.reads,
    run.writes,
    run.maxCellReadsOfASheet,
    seconds(run.serviceMs),
    fixed(run.ms),
  ];
}

function table(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const cells = [header, ...rows].map((row) => row.map(String));
  const widths = header.map((_, c) => Math.max(...cells.map((row) => row[c].length)));
  const line = (row: readonly string[]) =>
    row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ');
  return [line(cells[0]), widths.map((w) => '─'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join(
    '\n',
  );
}

function report(f: Figures, checks: readonly Budget[]): string {
  return [
    'Движок (время процессора, медиана)',
    table(
      ['', 'строк базы', 'замечаний', 'мс'],
      f.validation.map((v) => ['проверка базы наставников', v.rows, v.issues, fixed(v.ms)]),
    ),
    '',
    table(
      ['показатели + сводная + рекомендации', 'ОО', 'строк базы', 'рекомендаций', 'мс'],
      f.engine.map((e) => ['', e.schools, e.baseRows, e.recommendations, fixed(e.ms)]),
    ),
    '',
    'Apps Script на эмуляторе: вызовы сервисов за один запуск из меню',
    table(
      ['', 'ОО', 'чтений', 'записей', 'макс. чтений ячеек листа', 'в Google, с', 'мс'],
      [
        ...f.runs.flatMap((r) => [
          callRow('Сформировать сводную', r.schools, r.summary),
          callRow('Сформировать рекомендации', r.schools, r.recommendations),
        ]),
        ...f.created.map((c) => callRow('Создать листы ОО по списку', c.schools, c.run)),
        ...f.access.flatMap((a) => [
          callRow('Настроить доступ кураторов: первый запуск', a.schools, a.first),
          callRow('Настроить доступ кураторов: список не изменился', a.schools, a.unchanged),
        ]),
        ...f.rostered.map((c) => callRow('Создать листы ОО по списку («Список ОО»)', c.schools, c.run)),

        ...f.documents.map((d) => callRow('Создать справку и письма', d.schools, d.run)),
        ...f.sidebar.flatMap((s) => [
          callRow('Панель: «Текущий лист» (база)', s.schools, s.sheetOnBase),
          callRow('Панель: «Текущий лист» (лист ОО)', s.schools, s.sheetOnTab),
          callRow('Панель: опрос изменений', s.schools, s.stamp),
          callRow('Панель: «Вся таблица»', s.schools, s.workbook),
        ]),
      ],
    ),
    '«В Google, с» — сколько заняли бы вызовы сервисов при 30 мс на чтение и 50 мс на запись (оценка эмулятора; преобразование .docx в Google Документ Диском — 5 с).',
    table(
      ['Создать справку и письма', 'ОО', 'документов', 'макс. символов в документе'],
      f.documents.map((d) => ['', d.schools, d.run.documents, d.run.largestDocument]),
    ),
    '',
    'Настроить доступ кураторов: вызовов на ОО',
    table(
      ['ОО', 'первый запуск', 'на ОО', 'список не изменился', 'на ОО'],
      f.access.map((a) => [
        a.schools,
        a.first.reads + a.first.writes,
        ((a.first.reads + a.first.writes) / a.schools).toFixed(2).replace('.', ','),
        a.unchanged.reads + a.unchanged.writes,
        ((a.unchanged.reads + a.unchanged.writes) / a.schools).toFixed(2).replace('.', ','),
      ]),
    ),
    '',
    'Создать листы ОО по списку из «Списка ОО»: вызовы и ячейки таблицы после запуска (предел Google — 10 000 000)',
    table(
      ['ОО', 'листов', 'вызовов', 'на лист', 'ячеек', 'в Google, с'],
      f.rostered.map((r) => [
        r.schools,
        r.run.tabs,
        r.run.reads + r.run.writes,
        ((r.run.reads + r.run.writes) / r.run.tabs).toFixed(2).replace('.', ','),
        r.run.cells,
        seconds(r.run.serviceMs),
      ]),
    ),
    '',
    `onEdit на «Базе наставников» из 10 000 строк и на листе ОО (${f.access[f.access.length - 1].schools} ОО, «Список ОО» с «Листом»)`,
    table(
      ['правка', 'ячейка', 'вызовов', 'отметки', 'мс'],
      [...f.edits, ...f.tabEdits].map((e) => [
        e.edit,
        e.cell,
        e.calls,
        e.marksChanged ? 'меняются' : 'нет',
        fixed(e.ms),
      ]),
    ),
    '',
    `Командная строка на книге из 300 ОО (${f.cli.fileKb} КБ), медиана 5 запусков по очереди`,
    table(
      ['', 'мс'],
      [
        ['exceljs: только загрузка файла', fixed(f.cli.exceljsLoadMs)],
        ['cmn-sheets summary', fixed(f.cli.summaryMs)],
        ['cmn-sheets summary -o копия.xlsx', fixed(f.cli.summaryWithCopyMs)],
      ],
    ),
    '',
    `Регион: ${REGION.municipalities} книг муниципалитетов по ${REGION.schools} ОО (${f.region.schools} ОО, строк выгрузки: ${f.region.rows})`,
    table(
      ['', 'с', 'пик памяти, МБ', 'файл, КБ'],
      f.region.runs.map((r) => [r.command, seconds(r.seconds * 1000), r.peakMb, r.fileKb ?? '']),
    ),
    table(
      ['DuckDB: пересчёт всех показателей из строк ОО', 'мс'],
      [
        ['из CSV', fixed(f.region.duckdbCsvMs)],
        ['из Parquet', fixed(f.region.duckdbParquetMs)],
      ],
    ),
    '',
    'Враждебные книги: отказ check (код 2) и collect (файл пропущен), каждый запуск — отдельный процесс',
    table(
      ['', 'файл, КБ', 'команда', 'с', 'пик памяти, МБ'],
      f.hostile.map((h) => [h.file, h.fileKb, h.command, seconds(h.seconds * 1000), h.peakMb]),
    ),
    '',
    `Страница в браузере (dist/web/index.html, ${f.web.pageKb} КБ) в Chromium, книга из ${f.web.schools} ОО (${f.web.fileKb} КБ)`,
    table(
      ['', 'с'],
      [
        ['до результатов на экране', seconds(f.web.resultsSeconds * 1000)],
        ['до всех файлов для скачивания', seconds(f.web.downloadsSeconds * 1000)],
      ],
    ),
    '',
    `dist/Code.js: ${f.bundleKb} КБ`,
    '',
    'Бюджеты',
    table(
      ['', 'бюджет', 'измерено', ''],
      checks.map((b) => [b.name, b.limit, b.measured, b.met ? 'да' : 'НЕТ']),
    ),
    '',
    `Всего: ${f.totalSeconds} с`,
  ].join('\n');
}

const figures = await measure();
const checks = budgets(figures);
const met = checks.every((b) => b.met);
process.stdout.write(
  json
    ? `${JSON.stringify({ ...figures, budgets: checks, met }, null, 2)}\n`
    : `${report(figures, checks)}\n`,
);
process.exitCode = met ? 0 : 1;

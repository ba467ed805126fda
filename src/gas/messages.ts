/** Every Russian text the Apps Script adapter shows: alerts, toasts, prompts, notes, help. */
import { countsPhrase, type SeverityCounts } from '../core/report';
import { countOf } from '../core/text/plural';
import { quote } from '../core/text/quote';

const SHEETS: readonly [string, string, string] = ['лист', 'листа', 'листов'];
const CELLS: readonly [string, string, string] = ['ячейка', 'ячейки', 'ячеек'];

export const APP_TITLE = 'Наставничество';

/** Google's service errors in words a coordinator reads; anything else is quoted as it is. */
function serviceReason(message: string): string {
  if (/timed out/i.test(message)) return 'Google Таблицы не ответили вовремя';
  if (/Service Spreadsheets failed/i.test(message)) return 'сбой на стороне Google Таблиц';
  if (/maximum execution time|Exceeded maximum/i.test(message))
    return 'закончилось время, отведённое на выполнение команды';
  return `«${message}»`;
}
export const SIDEBAR_TITLE = 'Проверка данных · Наставничество';

/**
 * What the sidebar sent wrong, in the accusative after «панель проверки передала»: one entry per
 * argument of the functions google.script.run calls (see sidebar-arguments.ts).
 */
export const SIDEBAR_ARGUMENT = {
  scope: 'неизвестную область проверки',
  sheet: 'неверное название листа',
  cell: 'неверный адрес ячейки',
  expected: 'неверный текст ячейки на момент проверки',
  value: 'неверное значение для исправления',
  code: 'неизвестный тип замечания',
  context: 'неверный список ОО',
  count: 'неверное число параметров',
} as const;

export const MESSAGES = {
  checkSheetResult: (sheet: string, counts: SeverityCounts): string =>
    counts.error + counts.warning + counts.info === 0
      ? `Лист «${sheet}»: ошибок и предупреждений не найдено.`
      : `Лист «${sheet}»: найдено ${countsPhrase(counts)}. Подробности — на панели проверки.`,
  checkWorkbookResult: (counts: SeverityCounts, sheetsWithErrors: readonly string[]): string => {
    if (counts.error + counts.warning + counts.info === 0) return 'Ошибок и предупреждений не найдено.';
    const where =
      sheetsWithErrors.length > 0
        ? `\n\nОшибки есть ${sheetsWithErrors.length === 1 ? 'на листе' : 'на листах'} ${sheetsWithErrors.map((s) => `«${s}»`).join(', ')}.`
        : '';
    return `Найдено ${countsPhrase(counts)}.${where}\n\nПодробности — на панели проверки.`;
  },
  sheetNotRecognised: (sheet: string): string =>
    `Лист «${sheet}» не похож ни на «База наставников», ни на лист мониторинга ОО, ни на «Показатели»: ` +
    'строка заголовка не найдена в первых 15 строках. Проверка листа пропущена.',
  nothingToCheck:
    'Проверять нечего: в таблице нет ни листа «База наставников», ни листов мониторинга ОО, ни листа «Показатели». ' +
    'Что сделать: создайте их командами меню «Наставничество» или проверьте, что в первых 15 строках листов есть строка заголовка.',
  checking: 'Проверяю данные…',
  readingSheets: 'Читаю листы таблицы…',
  writingSheet: (sheet: string): string => `Записываю лист «${sheet}»…`,

  textsCapped: (cells: number): string =>
    `Ячеек, текст которых сокращён до 50 000 знаков (лимит Google Таблиц): ${cells}. ` +
    'Конец такого текста отмечен «… (сокращено)».',
  /** The hidden copy of a generated sheet kept while it is redrawn (removed after success). */
  backupName: (sheet: string): string => `${sheet} (резервная копия)`,
  sheetChanged: (sheet: string): string =>
    `Лист «${sheet}» изменился, пока шло формирование: в него вносили правки. Лист не перезаписан, ` +
    'правки сохранены. Что сделать: дождитесь, пока правки будут закончены, и запустите команду ещё раз.',
  generationFailed: (sheet: string, reason: string): string =>
    `Лист «${sheet}» не удалось сформировать до конца: ${serviceReason(reason)}. Правки на листе не потеряны: ` +
    'они на самом листе или на его скрытой резервной копии, которую удалит следующий успешный запуск. ' +
    'Что сделать: запустите команду ещё раз.',
  noDocumentLock:
    'Команда выполняется только в открытой таблице: блокировка документа недоступна. ' +
    'Что сделать: откройте таблицу и запустите команду из меню «Наставничество».',
  lockBusySummary: 'Сводная уже формируется другим пользователем. Повторите через минуту.',
  lockBusyRecommendations: 'Рекомендации уже формируются другим пользователем. Повторите через минуту.',
  noSchoolTabs:
    'Не найдено ни одного листа мониторинга ОО. Создайте листы командой «Создать листы ОО по списку» ' +
    'или проверьте, что на листах есть строка заголовка «Код | Показатель | Значение».',
  summaryDone: (sheet: string, schools: number, skipped: number): string =>
    `Лист «${sheet}» сформирован: учтено ОО — ${schools}` +
    (skipped > 0 ? `, пропущено ${countOf(skipped, SHEETS)} (причины — на листе).` : '.'),
  /** A roster's schools that sent nothing, told after a check or a summary (SPEC 7). */
  notSubmitted: (schools: number, where: string): string =>
    `\n\nНе представлены данные: ${schools} ОО с листа «Список ОО»; перечень — ${where}.`,
  notSubmittedOnPanel: 'на панели проверки, режим «Вся таблица»',
  notSubmittedOnSheet: 'на листе',
  lockedSheets: (sheets: readonly string[]): string =>
    `\n\nОтметки в ячейках не поставлены на ${sheets.length === 1 ? 'листе' : 'листах'} ${sheets.map(quote).join(', ')}: ` +
    'они защищены от ваших правок. Замечания по ним — на панели проверки.',
  previousCompared: (period: string): string =>
    `\n\nСравнение с прошлым периодом${period === '' ? '' : ` (${period})`} — в столбцах «Прошлый период» и «Изменение».`,
  previousUnmatched: (municipalities: readonly string[]): string =>
    municipalities.length === 0
      ? '\n\nНа листе с выгрузкой прошлого периода нет строк уровня municipality: сравнение не выполнено. ' +
        'Импортируйте на лист файл, выгруженный командой cmn-sheets export.'
      : `\n\nНа листе с выгрузкой прошлого периода строки нескольких муниципалитетов (${municipalities.join(', ')}): ` +
        'сравнение не выполнено. Оставьте на листе строки одного муниципалитета.',
  recommendationsDone: (sheet: string, added: number, kept: number, resolved: number): string =>
    `Лист «${sheet}» сформирован: новых рекомендаций — ${added}, сохранено с правками — ${kept}, ` +
    `отмечено «устранено» — ${resolved}.`,

  templateCreated: (sheet: string): string => `Лист «${sheet}» создан.`,
  templateExists: (sheet: string): string =>
    `Лист «${sheet}» уже есть в таблице, он не изменён. Чтобы создать новый, переименуйте или удалите старый.`,
  schoolListPromptTitle: 'Создать листы ОО',
  schoolListPrompt:
    'Вставьте список образовательных организаций — по одной в строке (например, МБОУ «СОШ № 1»). ' +
    'Для каждой будет создан лист мониторинга.',
  schoolListEmpty: 'Список пуст: не создано ни одного листа.',
  creatingSheets: (n: number): string => `Создаю листы ОО: ${n}…`,
  rosterTabsFilled: (roster: string): string =>
    `Названия листов записаны в столбец «Лист» на листе «${roster}».`,
  schoolSheetsResult: (created: readonly string[], skipped: readonly string[]): string => {
    const lines: string[] = [];
    lines.push(
      created.length > 0
        ? `Создано ${countOf(created.length, SHEETS)}: ${created.join(', ')}.`
        : 'Новых листов не создано.',
    );
    if (skipped.length > 0) lines.push(`Не созданы: ${skipped.join(', ')}.`);
    return lines.join('\n\n');
  },

  failed: (what: string): string =>
    `Не удалось выполнить команду: ${what}. Если ошибка повторяется, сообщите о ней разработчикам надстройки.`,

  fixApplied: (cell: string): string => `Ячейка ${cell} исправлена.`,
  fixCellChanged: (cell: string): string =>
    `Ячейка ${cell} изменилась после проверки — исправление не применено. Панель обновлена.`,
  fixSheetMissing: (sheet: string): string =>
    `Лист «${sheet}» не найден: возможно, он переименован или удалён.`,
  fixCellMissing: (sheet: string, cell: string): string =>
    `Ошибка: ячейки ${cell} нет на листе «${sheet}»: возможно, строки или столбцы удалены после проверки. ` +
    'Что сделать: обновите панель кнопкой «Обновить».',
  sidebarArgumentRefused: (what: string): string =>
    `Ошибка: панель проверки передала ${what}, команда не выполнена. ` +
    'Что сделать: закройте панель и откройте её снова командой «Открыть панель проверки» в меню «Наставничество».',
  fixesApplied: (applied: number, skipped: number): string =>
    `Исправлено: ${countOf(applied, CELLS)}` +
    (skipped > 0 ? `; ${countOf(skipped, CELLS)} изменились после проверки и оставлены как есть.` : '.'),
  nothingToFix: 'Исправлять нечего: замечаний этого типа с готовым исправлением не осталось.',

  help:
    'Надстройка «Наставничество» проверяет данные мониторинга целевой модели наставничества ' +
    'и готовит сводную и черновики адресных рекомендаций.\n\n' +
    '1. «Создать лист «Показатели»» — перечень показателей и целевые значения (их можно менять).\n' +
    '2. «Создать лист «База наставников»» — форма базы наставников (Приложение 3).\n' +
    '3. «Создать лист „Список ОО“» — ОО, участвующие в мониторинге, их кураторы и адреса кураторов; ' +
    '«Создать листы ОО по списку» — лист мониторинга для каждой ОО из этого списка, ' +
    '«Настроить доступ кураторов» — каждый лист ОО редактируют только её кураторы и координатор.\n' +
    '4. Кураторы ОО заполняют свои листы и базу. Ошибки отмечаются сразу: примечание и цвет ячейки; ' +
    'список того, что осталось исправить, — на «Панели проверки» (щелчок по замечанию выделяет ячейку, ' +
    '«Исправить» применяет безопасное исправление).\n' +
    '5. Муниципальный координатор: «Проверить всю таблицу», затем «Сформировать сводную» и ' +
    '«Сформировать рекомендации». Повторное формирование сохраняет правки в рекомендациях. ' +
    'ОО с листа «Список ОО», не представившие данные, названы в сводной.\n' +
    '6. «Создать справку и письма» — аналитическая справка (внутренняя и для публикации) и адресные ' +
    'рекомендации каждой ОО в трёх новых документах Google на вашем Диске; сведения для них — на листе ' +
    '«Параметры», тексты рекомендаций — на листе «Рекомендации» с вашими правками.\n\n' +
    'Данные не покидают таблицу, кроме трёх документов, которые надстройка создаёт на вашем Диске ' +
    'по команде «Создать справку и письма».',
  writingDocument: (name: string): string => `Создание документа «${name}»…`,
  writingLetters: (done: number, total: number): string => `Адресные рекомендации: готово писем — ${done} из ${total}…`,
  documentsTitle: 'Справка и письма',
  documentsDone: (letters: number): string =>
    `Созданы три документа Google на вашем Диске (писем ОО: ${letters}). Откройте их по ссылкам:`,
  documentsPlaceholders: (labels: readonly string[]): string =>
    `Не заполнены параметры документов на листе «Параметры»: ${labels.join(', ')}. В документах вместо них — «[указать: …]».`,
  documentsFailed: (reason: string): string =>
    `Документы созданы не полностью: ${reason}. Что сделать: запустите команду ещё раз; ` +
    'созданные до сбоя документы остались на вашем Диске, их можно удалить.',
} as const;

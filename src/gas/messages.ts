/** Every Russian text the Apps Script adapter shows: alerts, toasts, prompts, notes, help. */
import { plural } from '../core/text/plural';
import { quote } from '../core/text/quote';
import { countsPhrase, type SeverityCounts } from '../core/issues/issue-report';
import { detailsLine, explainGoogleError, googleErrorWords } from '../core/text/google-errors';

/** The verb agrees with the first count: «найдена 1 ошибка», «найдены 2 ошибки», «найдено 5 ошибок», «найдено 1 предупреждение». */
function found(counts: SeverityCounts): string {
  const first = (['error', 'warning', 'info'] as const).find((severity) => counts[severity] > 0) ?? 'error';
  const form = plural(counts[first], ['one', 'few', 'many']);
  const verb = form === 'few' ? 'найдены' : form === 'one' && first === 'error' ? 'найдена' : 'найдено';
  return `${verb} ${countsPhrase(counts)}`;
}

/** At most this many names in an alert; the rest are counted («и ещё 290»). */
const NAMES_SHOWN = 10;

/** ««А», «Б» и ещё 3» — a long list of names cut for an alert. */
function someNames(names: readonly string[]): string {
  const shown = names.slice(0, NAMES_SHOWN).map(quote).join(', ');
  return names.length > NAMES_SHOWN ? `${shown} и ещё ${names.length - NAMES_SHOWN}` : shown;
}

export const APP_TITLE = 'Наставничество';

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
      ? `Лист ${quote(sheet)}: ошибок и предупреждений не найдено.`
      : `Лист ${quote(sheet)}: ${found(counts)}. Подробности — на панели проверки.`,
  checkWorkbookResult: (counts: SeverityCounts, sheetsWithErrors: readonly string[]): string => {
    if (counts.error + counts.warning + counts.info === 0) return 'Ошибок и предупреждений не найдено.';
    const where =
      sheetsWithErrors.length > 0
        ? `\n\nОшибки есть ${sheetsWithErrors.length === 1 ? 'на листе' : 'на листах'} ${someNames(sheetsWithErrors)}.`
        : '';
    const what = found(counts);
    return `${what.charAt(0).toUpperCase()}${what.slice(1)}.${where}\n\nПодробности — на панели проверки.`;
  },
  sheetNotRecognised: (sheet: string): string =>
    `Лист ${quote(sheet)} не проверяется: это не лист «База наставников», не лист мониторинга ОО и не лист «Показатели» ` +
    '(строка заголовка не найдена в первых 15 строках).',
  nothingToCheck:
    'Проверять нечего: в таблице нет ни листа «База наставников», ни листов мониторинга ОО, ни листа «Показатели». ' +
    'Что сделать: создайте их командами меню «Наставничество» или проверьте, что в первых 15 строках листов есть строка заголовка.',
  checking: 'Идёт проверка данных…',
  readingSheets: 'Чтение листов таблицы…',
  writingSheet: (sheet: string): string => `Запись листа ${quote(sheet)}…`,

  textsCapped: (cells: number): string =>
    `Ячеек, текст которых сокращён до 50 000 знаков (лимит Google Таблиц): ${cells}. ` +
    'Конец такого текста отмечен «… (сокращено)».',
  /** The hidden copy of a generated sheet kept while it is redrawn (removed after success). */
  backupName: (sheet: string): string => `${sheet} (резервная копия)`,
  sheetChanged: (sheet: string): string =>
    `Лист ${quote(sheet)} изменился, пока шло формирование: в него вносили правки. Лист не перезаписан, ` +
    'правки сохранены. Что сделать: дождитесь, пока правки будут закончены, и запустите команду ещё раз.',
  generationFailed: (sheet: string, reason: string): string =>
    `Лист ${quote(sheet)} не удалось сформировать до конца: ${googleErrorWords(reason)?.reason ?? 'ошибка сервиса Google'}. ` +
    'Правки на листе не потеряны: они на самом листе или на его скрытой резервной копии, которую удалит ' +
    `следующий успешный запуск. Что сделать: запустите команду ещё раз.\n\n${detailsLine(reason)}`,
  noDocumentLock:
    'Команда выполняется только в открытой таблице: блокировка документа недоступна. ' +
    'Что сделать: откройте таблицу и запустите команду из меню «Наставничество».',
  lockBusySummary:
    'Лист «Сводная» уже формирует другой пользователь. Что сделать: повторите команду через минуту.',
  lockBusyRecommendations:
    'Лист «Рекомендации» уже формирует другой пользователь. Что сделать: повторите команду через минуту.',
  noSchoolTabs:
    'Не найдено ни одного листа мониторинга ОО. Что сделать: создайте листы командой «Создать листы ОО по списку» ' +
    'или проверьте, что на листах ОО есть строка заголовка со столбцами «Код», «Показатель» и «Значение».',
  /** `skipped` counts school tabs left out, as «Пропущено листов» on «Сводная» does (generated sheets are not among them). */
  summaryDone: (sheet: string, schools: number, skipped: number): string =>
    `Лист ${quote(sheet)} сформирован. Учтены сведения ${schools} ОО.` +
    (skipped > 0 ? ` Пропущено листов: ${skipped} (причины — на листе ${quote(sheet)}).` : ''),
  /**
   * A roster's schools that sent nothing, told after a check or a summary
   * (docs/domain.md#roster-and-parameters).
   */
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
  /** `kept`: rows carried over from the sheet as it was, edited or not — their edits, if any, are kept. */
  recommendationsDone: (sheet: string, added: number, kept: number, resolved: number): string =>
    [
      `Лист ${quote(sheet)} сформирован.`,
      added > 0 ? `Новых рекомендаций: ${added}.` : 'Новых рекомендаций нет.',
      kept > 0 ? `Перенесено с прежнего листа: ${kept} (правки в них, если они были, сохранены).` : '',
      resolved > 0 ? `Отмечено «устранено»: ${resolved}.` : '',
    ]
      .filter((part) => part !== '')
      .join(' '),

  templateCreated: (sheet: string): string => `Лист ${quote(sheet)} создан.`,
  templateExists: (sheet: string): string =>
    `Лист ${quote(sheet)} уже есть в таблице, он не изменён. Что сделать: чтобы создать новый, переименуйте или удалите прежний.`,
  schoolListPromptTitle: 'Создать листы ОО',
  schoolListPrompt:
    'Вставьте список ОО — по одной в строке (например, МБОУ «СОШ № 1»). ' +
    'Для каждой ОО будет создан лист мониторинга; строки-заголовки вроде «Школы:» пропускаются.',
  schoolListEmpty: 'В списке нет ни одной ОО: листы не созданы.',
  creatingSheets: (n: number): string => `Создание листов ОО: ${n}…`,
  rosterTabsFilled: (roster: string): string =>
    `Названия листов записаны в столбец «Лист» на листе ${quote(roster)}.`,
  /** Short for any number of schools: names up to ten, then a count. */
  schoolSheetsResult: (
    created: readonly string[],
    skipped: readonly { name: string; reason: string }[],
  ): string => {
    const lines = [created.length > 0 ? `Создано листов: ${created.length}.` : 'Новые листы не созданы.'];
    if (created.length > 0 && created.length <= NAMES_SHOWN) lines[0] += ` ${someNames(created)}.`;
    if (skipped.length > 0) {
      const shown = skipped.slice(0, NAMES_SHOWN).map((entry) => `${quote(entry.name)} — ${entry.reason}`);
      const rest = skipped.length > NAMES_SHOWN ? `; и ещё ${skipped.length - NAMES_SHOWN}` : '';
      lines.push(`Не создано листов: ${skipped.length}. ${shown.join('; ')}${rest}.`);
    }
    return lines.join('\n\n');
  },

  /** A command stopped by an error: Google's known ones in Russian, its own text as the last line. */
  failed: (raw: string): string =>
    `${explainGoogleError('Не удалось выполнить команду', raw)}\n\n${detailsLine(raw)}`,

  fixApplied: (cell: string): string => `Ячейка ${cell} исправлена.`,
  fixCellChanged: (cell: string): string =>
    `Ячейка ${cell} изменилась после проверки — исправление не применено. Панель обновлена.`,
  fixSheetMissing: (sheet: string): string =>
    `Лист ${quote(sheet)} не найден: возможно, он переименован или удалён.`,
  fixCellMissing: (sheet: string, cell: string): string =>
    `Ошибка: ячейки ${cell} нет на листе ${quote(sheet)}: возможно, строки или столбцы удалены после проверки. ` +
    'Что сделать: обновите панель кнопкой «Обновить».',
  /** A sidebar command stopped by Google's error; its text goes under «Подробности» on the panel. */
  sidebarFailed: (raw: string): string => explainGoogleError('Команда не выполнена', raw),
  sidebarArgumentRefused: (what: string): string =>
    `Ошибка: панель проверки передала ${what}, команда не выполнена. ` +
    'Что сделать: закройте панель и откройте её снова командой «Открыть панель проверки» в меню «Наставничество».',
  fixesApplied: (applied: number, skipped: number): string =>
    `Исправлено ячеек: ${applied}.` +
    (skipped > 0 ? ` Оставлено как есть ячеек, изменившихся после проверки: ${skipped}.` : ''),
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
    'рекомендации каждой ОО в документах Google на вашем Диске (повторный запуск за тот же период ' +
    'перезаписывает их, а не создаёт копии); сведения для них — на листе ' +
    '«Параметры», тексты рекомендаций — на листе «Рекомендации» с вашими правками.\n\n' +
    'Данные не покидают таблицу, кроме документов, которые надстройка создаёт на вашем Диске ' +
    'по команде «Создать справку и письма».',
  writingDocument: (name: string): string => `Создание документа «${name}»…`,
  writingLetters: (done: number, total: number): string =>
    `Адресные рекомендации: готово писем — ${done} из ${total}…`,
  documentsTitle: 'Справка и письма',
  documentsPlaceholders: (labels: readonly string[]): string =>
    `Не заполнены параметры документов на листе «Параметры»: ${labels.join(', ')}. В документах вместо них — «[указать: …]».`,
} as const;

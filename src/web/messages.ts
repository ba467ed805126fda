/** Russian texts of the page in the browser: one place to review the wording (/work/shared/RUSSIAN.md). */
import { quote } from '../core/text/quote';

export const PAGE_TEXTS = {
  title: 'Наставничество: мониторинг на этом компьютере',
  privacy: 'Файлы обрабатываются только в этом браузере на этом компьютере и никуда не передаются.',
  failed: (detail: string) =>
    `Обработка прервана из-за внутренней ошибки: ${detail}. Файлы не изменены; сообщите об ошибке разработчикам.`,
  workerMissing:
    'Браузер не поддерживает фоновую обработку (Web Worker). Откройте страницу в актуальной версии Chrome, Яндекс Браузера или Edge.',
  waiting: 'Файлы не выбраны.',
  coordinatorTitle: 'Муниципальному координатору',
  coordinatorHelp:
    'Перетащите в эту рамку книгу муниципалитета (.xlsx) или файлы ОО вместе со списком ОО (книгой ' +
    'муниципалитета или файлом .txt, по одной ОО в строке) либо выберите их кнопкой. Файлы ОО будут собраны ' +
    'в одну книгу муниципалитета. На странице появятся прочитанные файлы, ОО, не представившие сведения, ' +
    'ошибки по ОО и показатели с целевыми значениями, затем — файлы для скачивания.',
  coordinatorButton: 'Выбрать книгу или файлы ОО',
  curatorTitle: 'Куратору ОО',
  curatorHelp:
    'Перетащите в эту рамку файл своей ОО (.xlsx) или выберите его кнопкой. На странице появятся ошибки ' +
    'по ячейкам файла и что сделать; исправьте их в табличном редакторе, сохраните файл и выберите его снова.',
  curatorButton: 'Выбрать файл ОО',
  resultsOf: (name: string) => `Результаты: ${name}`,
  filesTitle: 'Прочитанные файлы',
  notSubmittedTitle: 'ОО, не представившие сведения',
  issuesTitle: 'Ошибки и предупреждения',
  schoolsTitle: 'Ошибки по ОО',
  noSchoolErrors: 'Ошибок в сведениях ОО не найдено.',
  bySheetTitle: 'Все замечания по листам',
  figuresTitle: 'Показатели муниципалитета',
  figureHeaders: ['Код', 'Показатель', 'Значение', 'Целевое значение', 'Достижение', 'Учтены сведения ОО'],
  downloadsTitle: 'Файлы для скачивания',
  pending: (label: string) => `${label} — подготовка…`,
  download: (label: string) => `Скачать: ${label}`,
  refusedTitle: 'Файл не обработан',
  ready: 'Обработка завершена.',
  downloadsReady: 'Все файлы для скачивания подготовлены.',
} as const;

export const WORKER_TEXTS = {
  reading: (n: number, total: number, name: string) =>
    total === 1 ? `Чтение файла ${quote(name)}…` : `Чтение файла ${n} из ${total}: ${quote(name)}…`,
  checking: 'Проверка данных…',
  summarising: 'Расчёт показателей…',
  preparing: (label: string) => `Подготовка файла «${label}»…`,
  nothingRecognised: (name: string) =>
    `В книге не найдено ни листов ОО, ни «Базы наставников», ни «Показателей»: ${name}. ` +
    'Листы распознаются по строке заголовка: у листа ОО это столбцы «Код», «Показатель» и «Значение».',
  notXlsxName: (name: string) =>
    `Файл не является книгой .xlsx: ${name}. Сохраните таблицу в формате «Книга Excel (*.xlsx)».`,
  found: (phrase: string) => `Проверка данных: ${phrase}.`,
  severalBooksShort: 'выбрано несколько книг',
  collecting: 'Чтение файлов ОО…',
  assembling: 'Сборка книги муниципалитета…',
  taken: (sheets: readonly string[]) => `прочитан; взяты листы: ${sheets.map(quote).join(', ')}`,
  takenNothing: 'прочитан; листов ОО и строк «Базы наставников» не взято',
  skippedSheet: (sheet: string, reason: string) => `лист ${quote(sheet)} не взят: ${reason}`,
  rosterFile: 'прочитан как список ОО',
  rosterEmpty: (name: string) =>
    `В файле ${name} не найден список ОО: ни листа «Список ОО», ни столбца «Наименование ОО», ни строк с наименованиями.`,
  nothingTaken: (n: number) =>
    n === 1
      ? 'Из выбранного файла не взято ни одного листа ОО. Книга муниципалитета не собрана.'
      : `Из выбранных файлов (${n}) не взято ни одного листа ОО. Книга муниципалитета не собрана.`,
  collectedName: 'Книга муниципалитета.xlsx',
  read: 'прочитан',
  notRead: (reason: string) => `не прочитан: ${reason}`,
  severalSchoolFiles:
    'Выбрано несколько файлов. Выберите один файл своей ОО: он проверяется целиком, со всеми листами.',
  period: (period: string | null) => (period === null ? 'Период: не указан' : `Период: ${period}`),
  schools: (n: number) => `Учтены сведения ${n} ОО`,
  skipped: (sheet: string, reason: string) => `Лист ${quote(sheet)} не учитывается: ${reason}`,
  ratio: (numerator: string, denominator: string) => `${numerator} из ${denominator}`,
  met: (met: boolean | null) => (met === null ? '—' : met ? 'достигнуто' : 'не достигнуто'),
  sheetGroup: (sheet: string) => `Лист ${quote(sheet)}`,
  schoolGroup: (school: string, sheet: string) => `${school} (лист ${quote(sheet)})`,
  omitted: (n: number) => `Не показано замечаний: ${n}. Исправьте показанные и выберите файл снова.`,
  place: (sheet: string, cell: string) => `${quote(sheet)}!${cell}`,
  /** «Что сделать: укажите…»: the hint's first word in lower case after the colon, an abbreviation («ОО») kept. */
  hint: (text: string) =>
    `Что сделать: ${/^\p{Lu}\p{Ll}/u.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text}`,
} as const;

/** Captions of the downloads, as the buttons and the progress line name them. */
export const DOWNLOAD_TEXTS = {
  summary: 'Сводная и рекомендации',
  report: 'Аналитическая справка',
  publicReport: 'Аналитическая справка для публикации',
  letters: 'Адресные рекомендации (архив писем)',
  csv: 'Длинный формат (CSV)',
  parquet: 'Длинный формат (Parquet)',
  templates: 'Файлы ОО по списку ОО (архив)',
  templatesFile: 'Файлы ОО',
  collected: 'Книга муниципалитета, собранная из файлов ОО',
} as const;

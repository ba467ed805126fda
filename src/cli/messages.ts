/** Russian texts of the command line: one place to review the wording. */
import { quote } from '../core/text/quote';

export const HELP = `cmn-sheets — проверка и сводная мониторинга целевой модели наставничества по книге .xlsx

Использование:
  cmn-sheets check   <книга.xlsx> [--json]
      проверить «Базу наставников», листы ОО и лист «Показатели»: ошибки по ячейкам
  cmn-sheets summary <книга.xlsx> [-o копия.xlsx] [--force] [--json]
      показатели ОО и муниципалитета с целевыми значениями; с -o — копия книги
      с листами «Сводная» и «Рекомендации» (исходный файл не изменяется;
      существующий файл копии заменяется только с ключом --force)
  cmn-sheets demo    [--dir ПАПКА] [--orgs N] [--seed S]
      создать демонстрационный муниципалитет (по умолчанию 8 ОО в ./demo-output),
      проверить его и сформировать сводную
  cmn-sheets --help | --version

Ключи:
  --json          вывести один документ JSON (для программ), без пояснений
  -o, --output    куда записать копию книги со сформированными листами
  --force         заменить файл копии, если он уже есть
  --dir           папка для файлов демонстрации
  --orgs          число ОО в демонстрации (1–1000)
  --seed          число, от которого зависят данные демонстрации (одно и то же — одинаковые файлы)

Коды выхода: 0 — ошибок в данных нет; 1 — в данных есть ошибки;
2 — команду выполнить не удалось (сообщение в stderr).
`;

export const CLI_MESSAGES = {
  noCommand: 'Не указана команда. Справка: cmn-sheets --help',
  unknownCommand: (command: string) => `Неизвестная команда ${quote(command)}. Справка: cmn-sheets --help`,
  unknownOption: (option: string) => `Неизвестный ключ ${quote(option)}. Справка: cmn-sheets --help`,
  optionNeedsValue: (option: string) => `После ключа ${quote(option)} нужно указать значение`,
  extraArgument: (argument: string) => `Лишний аргумент ${quote(argument)}. Справка: cmn-sheets --help`,
  missingWorkbook: (command: string) => `Не указан файл книги: cmn-sheets ${command} <книга.xlsx>`,
  badOrgs: (value: string) => `--orgs: ожидается целое число от 1 до 1000, а указано ${quote(value)}`,
  badSeed: (value: string) => `--seed: ожидается целое неотрицательное число, а указано ${quote(value)}`,
  outputNotXlsx: (path: string) => `Файл результата должен иметь расширение .xlsx: ${path}`,
  outputIsInput: (path: string) =>
    `Файл результата совпадает с исходным: ${path}. Исходная книга не изменяется — укажите другое имя после -o`,

  outputExists: (path: string) =>
    `Файл результата уже есть: ${path}. Он не заменяется, чтобы не потерять сделанные в нём правки. ` +
    'Укажите другое имя после -o или добавьте ключ --force, чтобы заменить файл',
  interrupted: (path: string) => `Запись прервана: файл ${path} не создан`,
  fileNotFound: (path: string) => `Файл не найден: ${path}`,
  isDirectory: (path: string) => `Это папка, а не файл книги: ${path}`,
  noAccess: (path: string) => `Нет доступа к файлу: ${path}`,
  emptyFile: (path: string) => `Файл пустой: ${path}`,
  encrypted: (path: string) =>
    `Книга защищена паролем: ${path}. Откройте её, снимите пароль на открытие (Файл → Сведения → Защита книги) и сохраните копию без пароля`,
  legacyXls: (path: string) =>
    `Это книга старого формата .xls: ${path}. Сохраните её как «Книга Excel (*.xlsx)»`,
  notXlsx: (path: string) =>
    `Файл не является книгой .xlsx: ${path}. Сохраните таблицу в формате «Книга Excel (*.xlsx)»`,
  corrupt: (path: string) => `Книгу не удалось прочитать, файл повреждён: ${path}`,
  noSheets: (path: string) => `В книге нет ни одного листа: ${path}`,
  nothingRecognised: (path: string) =>
    `В книге не найдено ни листов ОО, ни «Базы наставников», ни «Показателей»: ${path}. ` +
    'Листы распознаются по строке заголовка: у листа ОО это столбцы «Код», «Показатель» и «Значение»',
  writeFailed: (path: string, reason: string) => `Не удалось записать файл ${path}: ${reason}`,
  folderFailed: (path: string, reason: string) => `Не удалось создать папку ${path}: ${reason}`,
  internal: (detail: string) => `Внутренняя ошибка: ${detail}`,
} as const;

/** Short reasons for file system error codes, used in «не удалось записать». */
export const FS_REASONS: Readonly<Record<string, string>> = {
  ENOENT: 'нет такой папки',
  EACCES: 'нет прав на запись',
  EPERM: 'нет прав на запись',
  EROFS: 'диск только для чтения',
  ENOSPC: 'на диске нет места',
  EISDIR: 'это папка',
  EEXIST: 'по этому пути уже есть файл',
  ENOTDIR: 'в пути есть файл вместо папки',
  EBUSY: 'файл занят другой программой (закройте его в Excel)',
};

export const REPORT_TEXTS = {
  workbook: (file: string) => `Книга ${file}`,
  noIssues: 'Ошибок и предупреждений не найдено.',
  byCode: 'По видам:',
  bySheet: 'По листам:',
  sheet: (name: string, counts: string) => `  лист ${quote(name)} — ${counts}`,
  place: (sheet: string, cell: string) => `${quote(sheet)}!${cell}`,
  totalCapped: (shown: number, total: number) =>
    `Показаны первые ${shown} из ${total} (сначала ошибки); полный список — с ключом --json`,
  hint: (text: string) => `→ ${text}`,
  period: (period: string) => `Период: ${period}`,
  noPeriod: 'Период: не указан',
  organizations: (n: number) => `Учтены сведения ${n} ОО`,
  skipped: 'Пропущенные листы:',
  skippedSheet: (sheet: string, reason: string) => `  ${quote(sheet)} — ${reason}`,
  figures: 'Показатели муниципалитета:',
  figure: (title: string, value: string) => `  ${title}: ${value}`,
  ratio: (numerator: string, denominator: string) => `${numerator} из ${denominator}`,
  target: (target: string, met: boolean | null) =>
    `целевое значение ${target}${met === null ? '' : met ? ' — достигнуто' : ' — не достигнуто'}`,
  schoolsCounted: (n: number) => `Учтены сведения ${n} ОО`,
  recommendations: (n: number) => `Черновиков адресных рекомендаций: ${n}`,
  written: (path: string) => `Копия книги с листами «Сводная» и «Рекомендации»: ${path}`,
  checkSummary: 'Проверка данных:',
  seeCheck: (file: string) => `Подробно: cmn-sheets check ${file}`,
} as const;

export const DEMO_TEXTS = {
  workbook: (path: string, orgs: number, baseRows: number) =>
    `Демонстрационная книга: ${path} (ОО: ${orgs}, строк в «Базе наставников»: ${baseRows})`,
  summary: (path: string) => `Сводная и рекомендации: ${path}`,
  planted: (n: number) => `В данные намеренно внесены типичные ошибки, их находит проверка. Внесено ошибок: ${n}.`,
  plantedItem: (sheet: string, cell: string, code: string) => `  ${quote(sheet)}!${cell}  ${code}`,
  next: (path: string) => `Подробно: cmn-sheets check ${path}`,
} as const;

export const PROGRESS_TEXTS = {
  reading: 'Чтение книги',
  checking: 'Проверка',
  summarising: 'Расчёт показателей',
  generating: 'Формирование листов',
  writing: 'Запись файла',
  demo: 'Создание демонстрационной книги',
} as const;

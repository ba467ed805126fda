/** Russian texts of the command line: one place to review the wording. */
import { quote } from '../core/text/quote';
import { formatCount } from '../core/format/count';

/** The lines of `--help`: the top, each command's usage and what it does (in the order shown), the keys. */
export const HELP_TEXTS = {
  header: `cmn-sheets — проверка и сводная мониторинга целевой модели наставничества по книге .xlsx

Использование:
`,
  check: `  cmn-sheets check   <книга.xlsx> [--json] [--verbose]
      проверить «Базу наставников», листы ОО и лист «Показатели»: ошибки по ячейкам;
      с --verbose — каждое замечание по оформлению, а не их число по листам
`,
  summary: `  cmn-sheets summary <книга.xlsx> [-o копия.xlsx] [--previous прошлый.xlsx|.csv|.parquet] [--force] [--json]
      показатели ОО и муниципалитета с целевыми значениями; с -o — копия книги
      с листами «Сводная» и «Рекомендации» (исходный файл не изменяется;
      существующий файл копии заменяется только с ключом --force);
      с --previous — прошлое значение и изменение каждого показателя
`,
  export: `  cmn-sheets export  <книга.xlsx> [<книга.xlsx> …] --format csv|parquet -o ФАЙЛ [--force]
      выгрузка в длинном формате (строка на ОО или муниципалитет и показатель)
      для аналитических систем; для нескольких книг — и итоги по региону
`,
  rollup: `  cmn-sheets rollup  <книга.xlsx> [<книга.xlsx> …] [-o регион.xlsx] [--force] [--json]
      сводная по региону: показатели муниципалитетов (в алфавитном порядке)
      и региона (Σ числителей / Σ знаменателей по всем учтённым ОО)
`,
  collect: `  cmn-sheets collect <папка или файлы…> -o книга.xlsx [--roster список] [--force] [--json]
      собрать файлы ОО в одну книгу муниципалитета: лист каждой ОО, общая
      «База наставников», «Показатели» и «Список ОО»; по каждому файлу — что
      взято и что нет, по списку ОО — кто не представил данные
`,
  template: `  cmn-sheets template -o шаблон.xlsx [--roster список] [--school ОО] [--force]
      пустая книга муниципалитета («Показатели», «База наставников», «Список ОО»,
      лист каждой ОО из списка) или, с --school, файл одной ОО для рассылки
`,
  report: `  cmn-sheets report  <книга.xlsx> [<книга.xlsx> …] [--dir ПАПКА] [--previous прошлый.xlsx|.csv|.parquet] [--force] [--json]
      аналитическая справка (внутренняя и для публикации) и адресные рекомендации
      каждой ОО в файлах .docx (по умолчанию в папку ./отчёт; существующие файлы
      заменяются только с ключом --force); с --previous — в справке динамика
      показателей муниципалитета по сравнению с прошлым периодом; для нескольких
      книг — справка по региону (показатели муниципалитетов в алфавитном порядке),
      без писем ОО: письма направляются из справки муниципалитета
`,
  demo: `  cmn-sheets demo    [--dir ПАПКА] [--orgs N] [--seed S]
      создать демонстрационный муниципалитет (по умолчанию 8 ОО в ./demo-output),
      проверить его, сформировать сводную, справку и письма
`,
  footer: `  cmn-sheets --help | --version

Ключи:
  --json          вывести один документ JSON (для программ), без пояснений
  --verbose       перечислить каждое замечание по оформлению (check), а не их число по листам
  -o, --output    куда записать результат: копию книги со сформированными листами, выгрузку,
                  сводную по региону, собранную книгу или шаблон
  --force         заменить файл результата или документы, если они уже есть
  --format        формат выгрузки: csv или parquet
  --previous      книга или выгрузка прошлого периода для сравнения
  --roster        список ОО: книга .xlsx с листом «Список ОО» или файл .txt, одна ОО в строке
  --school        полное наименование ОО, для которой нужен отдельный файл
  --dir           папка для документов (report) или для файлов демонстрации (demo)
  --orgs          число ОО в демонстрации (1–1000)
  --seed          число, от которого зависят данные демонстрации (одно и то же — одинаковые файлы)

Коды выхода: 0 — ошибок в данных нет; 1 — в данных есть ошибки;
2 — команду выполнить не удалось (сообщение в stderr).
`,
} as const;

export const CLI_MESSAGES = {
  noCommand: 'Не указана команда. Справка: cmn-sheets --help',
  unknownCommand: (command: string) => `Неизвестная команда «${command}». Справка: cmn-sheets --help`,
  unknownOption: (option: string) => `Неизвестный ключ «${option}». Справка: cmn-sheets --help`,
  optionNeedsValue: (option: string) => `После ключа «${option}» нужно указать значение`,
  extraArgument: (argument: string) => `Лишний аргумент «${argument}». Справка: cmn-sheets --help`,
  missingWorkbook: (command: string) =>
    command === 'export' || command === 'rollup'
      ? `Не указаны файлы книг: cmn-sheets ${command} <книга.xlsx> [<книга.xlsx> …]`
      : `Не указан файл книги: cmn-sheets ${command} <книга.xlsx>`,
  missingFormat: 'Не указан формат выгрузки: --format csv или --format parquet',
  badFormat: (value: string) => `--format: ожидается csv или parquet, а указано «${value}»`,
  missingExportOutput: 'Не указан файл выгрузки: -o ФАЙЛ.csv или -o ФАЙЛ.parquet',
  outputWrongExtension: (path: string, extension: string) =>
    `Файл результата должен иметь расширение .${extension}: ${path}`,
  regionalPrevious:
    'Ключ «--previous» указывается только для книги одного муниципалитета: в справке по региону динамика не показывается. ' +
    'Справка: cmn-sheets --help',
  sameBookTwice: (path: string) => `Книга указана дважды: ${path}. Каждая книга учитывается один раз`,
  previousKind: (path: string) =>
    `Прошлый период: ожидается книга .xlsx или файл выгрузки .csv или .parquet, а указан ${path}`,
  previousUnreadable: (path: string, problem: string) =>
    `Файл прошлого периода ${path} не прочитан: ${problem}`,
  previousNoMunicipality: (path: string, municipality: string, found: readonly string[]) =>
    found.length === 0
      ? `В файле прошлого периода ${path} нет строк уровня municipality: выгрузите его командой cmn-sheets export`
      : `В файле прошлого периода ${path} нет муниципалитета «${municipality}»; в нём: ${found.map((name) => `«${name}»`).join(', ')}. ` +
        'Переименуйте книгу по названию муниципалитета в файле или выгрузите файл только этого муниципалитета',
  badOrgs: (value: string) => `--orgs: ожидается целое число от 1 до 1000, а указано «${value}»`,
  badSeed: (value: string) => `--seed: ожидается целое неотрицательное число, а указано «${value}»`,
  outputNotXlsx: (path: string) => `Файл результата должен иметь расширение .xlsx: ${path}`,
  outputIsInput: (path: string) =>
    `Файл результата совпадает с исходным: ${path}. Исходная книга не изменяется — укажите другое имя после -o`,

  outputExists: (path: string) =>
    `Файл результата уже есть: ${path}. Он не заменяется, чтобы не потерять сделанные в нём правки. ` +
    'Укажите другое имя после -o или добавьте ключ --force, чтобы заменить файл',
  documentsExist: (path: string, count: number) =>
    `Документы уже есть: ${path}${count > 1 ? ` и ещё файлов: ${count - 1}` : ''}. Они не заменяются, чтобы не потерять ` +
    'сделанные в них правки. Укажите другую папку после --dir или добавьте ключ --force, чтобы заменить файлы',
  notAFolder: (path: string) => `Это файл, а не папка для документов: ${path}. Укажите папку после --dir`,
  interrupted: (path: string) => `Запись прервана: файл ${path} не создан`,
  fileNotFound: (path: string) => `Файл не найден: ${path}`,
  isDirectory: (path: string) => `Это папка, а не файл книги: ${path}`,
  noAccess: (path: string) => `Нет доступа к файлу: ${path}`,
  nothingRecognised: (path: string) =>
    `В книге не найдено ни листов ОО, ни «Базы наставников», ни «Показателей»: ${path}. ` +
    'Листы распознаются по строке заголовка: у листа ОО это столбцы «Код», «Показатель» и «Значение»',
  writeFailed: (path: string, reason: string) => `Не удалось записать файл ${path}: ${reason}`,
  folderFailed: (path: string, reason: string) => `Не удалось создать папку ${path}: ${reason}`,
  internal: (detail: string) => `Внутренняя ошибка: ${detail}`,
  missingOutput: (command: string) => `Не указан файл результата: cmn-sheets ${command} … -o книга.xlsx`,
  missingInputs: 'Не указаны файлы ОО: cmn-sheets collect <папка или файлы…> -o книга.xlsx',
  noInputFiles: (paths: string) => `Не найдено ни одного файла: ${paths}`,
  rosterNotFound: (path: string) =>
    `В книге ${path} не найден лист «Список ОО». Лист распознаётся по строке заголовка ` +
    '«ОО», «Лист», «Руководитель», «Куратор», «E-mail куратора» (нужны «ОО» и хотя бы ещё один столбец); ' +
    'можно указать и текстовый файл .txt, одна ОО в строке',
  rosterEmpty: (path: string) => `В списке ОО нет ни одной ОО: ${path}`,
  schoolNameEmpty: 'После ключа «--school» нужно указать наименование ОО',
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
  ENAMETOOLONG: 'слишком длинное имя файла или путь к нему',
  EDQUOT: 'превышена квота на диске',
  EFBIG: 'файл слишком большой для этого диска',
  EIO: 'ошибка чтения или записи диска',
  EMFILE: 'открыто слишком много файлов',
  ENFILE: 'открыто слишком много файлов',
  ELOOP: 'ссылки в пути образуют цикл',
  ENOTEMPTY: 'папка не пуста',
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
  notSubmitted: (n: number) => `Не представлены данные, ОО с листа «Список ОО»: ${n}`,
  notSubmittedSchool: (name: string) => `  ${name}`,
  skippedSheet: (sheet: string, reason: string) => `  ${quote(sheet)} — ${reason}`,
  figures: 'Показатели муниципалитета:',
  figure: (title: string, value: string) => `  ${title}: ${value}`,
  ratio: (numerator: string, denominator: string) => `${numerator} из ${denominator}`,
  target: (target: string, met: boolean | null) =>
    `целевое значение ${target}${met === null ? '' : met ? ' — достигнуто' : ' — не достигнуто'}`,
  schoolsCounted: (n: number) => `Учтены сведения ${n} ОО`,
  previous: (value: string, change: string) => `прошлый период: ${value}, изменение: ${change}`,
  recommendations: (n: number) => `Черновиков адресных рекомендаций: ${n}`,
  written: (path: string) => `Копия книги с листами «Сводная» и «Рекомендации»: ${path}`,
  checkSummary: 'Проверка данных:',
  seeCheck: (file: string) => `Подробно: cmn-sheets check ${file}`,
  documents: (dir: string) => `Документы записаны в папку ${dir}:`,
  reportFile: (path: string) => `  ${path}`,
  letters: (folder: string, count: number) => `  ${folder} — писем ОО: ${count}`,
  regionalLetters:
    'Писем ОО в справке по региону нет: адресные рекомендации ОО получают из справки своего муниципалитета ' +
    '(cmn-sheets report <книга.xlsx>).',
  parametersMissing: (labels: readonly string[]) =>
    `Не заполнены параметры документов (лист «Параметры»): ${labels.join(', ')}; в документах вместо них — «[указать: …]».`,
} as const;

/** The opening of `check`: what was read, and the figures that could not be computed and why. */
export const CHECK_TEXTS = {
  read: (tabs: number, recognised: number, unread: number) =>
    `Прочитано листов ОО: ${tabs}; строк показателей распознано: ${recognised}` +
    (unread > 0 ? `, не распознано (значения не учтены): ${unread}` : '') +
    '.',
  notComputed: 'Показатели муниципалитета, которые не рассчитаны:',
  notComputedFigure: (title: string, row: string, nearest: readonly string[]) =>
    `  Показатель ${quote(title)} не рассчитан: ни на одном листе не найдена строка ${quote(row)}` +
    (nearest.length === 0 ? '' : ` (ближайшие строки: ${nearest.map(quote).join(', ')})`) +
    '.',
  school: (name: string, sheet: string) =>
    name === sheet ? `  лист ${quote(sheet)}:` : `  ОО: ${name} (лист ${quote(sheet)}):`,
  sheet: (sheet: string) => `  лист ${quote(sheet)}:`,
  infoCount: (sheet: string, n: number) => `  лист ${quote(sheet)} — замечаний по оформлению: ${n}`,
  infoHidden: 'Замечания по оформлению перечислены по одному — с ключом --verbose.',
} as const;

export const EXPORT_TEXTS = {
  book: (file: string, municipality: string, orgs: number) =>
    `Книга ${file}: муниципалитет «${municipality}», учтено ОО: ${orgs}`,
  region: (books: number) => `Итоги по региону рассчитаны по книгам муниципалитетов: ${books}`,
  written: (path: string, rows: number) => `Выгрузка: ${path} (строк: ${formatCount(rows)})`,
  booksWithErrors: (files: readonly string[]) =>
    `В данных есть ошибки: ${files.join(', ')}. ОО с ошибками в данных показателя не учтены в его итогах ` +
    '(в выгрузке — статус «excluded»). Подробно: cmn-sheets check <книга.xlsx>',
} as const;

export const ROLLUP_TEXTS = {
  municipalities: (n: number, schools: number) => `Учтено муниципалитетов: ${n}; ОО: ${formatCount(schools)}`,
  municipality: (name: string, file: string, orgs: number, errors: number) =>
    `  ${name} (${file}): учтено ОО: ${orgs}${errors > 0 ? `; ошибок в данных: ${errors}` : ''}`,
  figures: 'Показатели по региону:',
  notSubmitted: (n: number) => `Не представлены данные: ${n} ОО`,
  written: (path: string) => `Книга со сводной по региону: ${path}`,
} as const;

export const PREVIOUS_TEXTS = {
  moreProblems: (n: number) => ` (и ещё замечаний: ${n})`,
  noRows: 'в файле нет строк выгрузки',
  notParquet: 'файл повреждён или не является файлом Parquet',
  compared: (period: string) => `Сравнение с прошлым периодом${period === '' ? '' : ` (${period})`}:`,
} as const;

export const DEMO_TEXTS = {
  workbook: (path: string, orgs: number, baseRows: number) =>
    `Демонстрационная книга: ${path} (ОО: ${orgs}, строк в «Базе наставников»: ${baseRows})`,
  summary: (path: string) => `Сводная и рекомендации: ${path}`,
  documents: (dir: string) => `Аналитическая справка и адресные рекомендации (.docx): ${dir}`,
  planted: (n: number) =>
    `В данные намеренно внесены типичные ошибки, их находит проверка. Внесено ошибок: ${n}.`,
  plantedItem: (sheet: string, cell: string, kind: string) => `  ${quote(sheet)}!${cell} — ${kind}`,
  next: (path: string) => `Подробно: cmn-sheets check ${path}`,
} as const;

export const COLLECT_TEXTS = {
  written: (path: string) => `Книга муниципалитета собрана: ${path}`,
  totals: (files: number, tabs: number, rows: number) =>
    `Файлов: ${files}. Взято листов ОО: ${tabs}. Строк в «Базе наставников»: ${rows}.`,
  byFile: 'По файлам:',
  file: (file: string) => `  ${file}`,
  fileSkipped: (file: string, reason: string) => `  ${file} — не взят: ${reason}`,
  tabTaken: (sheet: string, school: string) => `    взят лист ${sheet} — ОО ${school}`,
  tabTakenNamed: (sheet: string) => `    взят лист ОО ${sheet}`,
  baseTaken: (sheet: string, rows: number) => `    взят лист ${sheet} — строк: ${rows}`,
  settingsTaken: (sheet: string) => `    взят лист ${sheet} — настройки муниципалитета`,
  settingsFrom: (file: string, sheets: string) =>
    `Настройки и списки муниципалитета взяты из файла ${file}: ${sheets}.`,
  noSettings:
    'Книга муниципалитета не найдена ни среди файлов, ни после --roster: листы «Параметры» и «Шаблоны рекомендаций» не перенесены, «Показатели» — встроенные. Что сделать: укажите книгу муниципалитета после --roster.',
  sheetSkipped: (sheet: string, reason: string) => `    не взят лист ${sheet}: ${reason}`,
  fileNote: (reason: string) => `    ${reason}`,
  notSubmitted: 'Не представлены данные (ОО из списка, от которых нет заполненного листа):',
  allSubmitted: 'Данные представили все ОО из списка.',
  notOnRoster: 'Листы ОО, которых нет в списке ОО (проверьте наименование):',
  school: (name: string) => `  ${name}`,
  rosterIssues: 'Замечания к списку ОО:',
} as const;

export const TEMPLATE_TEXTS = {
  municipal: (path: string, schools: number) =>
    schools === 0
      ? `Шаблон книги муниципалитета: ${path}. Листов ОО нет: без --roster создаются «Показатели», «База наставников» и пустой «Список ОО»`
      : `Шаблон книги муниципалитета: ${path}. Листов ОО: ${schools}`,
  school: (path: string, school: string) => `Файл для ОО ${school}: ${path}`,
  notOnRoster: (school: string) =>
    `ОО ${school} нет в списке ОО: наименование взято так, как указано после --school`,
  matchedOnRoster: (typed: string, name: string) =>
    `Наименование ${typed} подходит к ОО ${name} из списка ОО: файл сформирован для неё`,
  severalOnRoster: (school: string, names: readonly string[]) =>
    `Наименование ${school} подходит к нескольким ОО из списка ОО: ${names.join(', ')}. Наименование взято так, как указано после --school; чтобы сформировать файл для одной из них, укажите после --school её полное наименование`,
} as const;

export const PROGRESS_TEXTS = {
  reading: 'Чтение книги',
  checking: 'Проверка',
  summarising: 'Расчёт показателей',
  generating: 'Формирование листов',
  writing: 'Запись файла',
  demo: 'Создание демонстрационной книги',
  collecting: 'Чтение файлов ОО',
  assembling: 'Сборка книги муниципалитета',
  readingBook: (index: number, total: number, file: string) => `Чтение книги ${index} из ${total}: ${file}`,
  readingPrevious: 'Чтение прошлого периода',
  documents: 'Формирование документов',
} as const;

/** Interrupted and failed writes, inputs that would be overwritten, nothing to collect. */
export const OUTPUT_SAFETY_TEXTS = {
  interruptedKept: (path: string) =>
    `Запись прервана: файл ${path} не заменён, прежний файл сохранён без изменений`,
  documentsInterrupted: (dir: string, kept: boolean) =>
    `Запись прервана: документы в папку ${dir} не записаны${kept ? ', прежние документы в ней сохранены без изменений' : ''}`,
  documentsFailed: (dir: string, reason: string, kept: boolean) =>
    `Не удалось записать документы в папку ${dir}: ${reason}. ` +
    (kept ? 'Прежние документы в ней сохранены без изменений' : 'Ни один документ не записан'),
  fileFailed: (path: string, reason: string) => `Не удалось выполнить действие с файлом ${path}: ${reason}`,
  systemFailed: (reason: string) => `Не удалось выполнить команду: ${reason}`,
  systemError: (code: string) => `системная ошибка ${code}`,
  collectOutputIsInput: (output: string, input: string) =>
    `Файл результата ${output} — это один из собираемых файлов (${input}). Файлы ОО и список ОО не заменяются ` +
    'даже с ключом --force — укажите после -o другое имя или другую папку',
  nothingTaken: (files: number) =>
    `Не взято ни одного листа ОО, просмотрено файлов: ${files}. Книга не записана — причины указаны выше по каждому файлу`,
  brokenLink: 'ссылка указывает на файл, которого нет',
} as const;

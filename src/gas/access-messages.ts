/** Russian texts of «Настроить доступ кураторов». */
import { quote } from '../core/text/quote';

export const ACCESS_MENU_CAPTION = 'Настроить доступ кураторов';

/** How a school tab's protection starts: the rest names the school the tab was given to. */
export const SCHOOL_MARK = 'Наставничество: лист ОО ';

/**
 * Marks the protections the add-on set, so a second run updates them and never touches others. A
 * school tab's names its school: that is where the tab's school is kept from one run to the next.
 */
export const ACCESS_DESCRIPTION = {
  school: (school: string) =>
    `${SCHOOL_MARK}${quote(school)} — редактируют куратор ОО и муниципальный координатор`,
  generated: 'Наставничество: лист сформирован надстройкой — правки с предупреждением',
  coordinator: 'Наставничество: лист муниципального координатора — кураторы ОО его не редактируют',
} as const;

/** Our protections start with this, whatever school they name. */
export const ACCESS_MARK = 'Наставничество: ';

const quoted = (names: readonly string[]): string => names.map(quote).join(', ');
/** «Лист «A»» or «Листы «A», «B»», with the words that agree with it. */
const sheetsWord = (sheets: readonly string[], one: string, many: string): string =>
  sheets.length === 1 ? one : many;

/** Added to «Справка»: which menu items are the curator's and which the coordinator's. */
export const ACCESS_HELP =
  'Команды куратора ОО: «Проверить текущий лист», «Проверить всю таблицу», «Открыть панель проверки». ' +
  '«Сформировать сводную», «Сформировать рекомендации», «Создать справку и письма», «Создать листы ОО по списку» ' +
  'и «Настроить доступ кураторов» изменяют листы всех ОО и общие листы, поэтому их выполняет муниципальный координатор: ' +
  'куратору, чей адрес указан на листе «Список ОО», эти команды сообщают об этом и ничего не изменяют.';

export const ACCESS_MESSAGES = {
  noRoster:
    'В таблице нет листа «Список ОО», поэтому неизвестно, кому открыть какой лист. ' +
    'Что сделать: создайте лист командой «Создать лист „Список ОО“», укажите ОО и адреса кураторов в столбце «E-mail куратора» и запустите команду ещё раз.',
  noUser:
    'Не удалось определить адрес электронной почты пользователя, запустившего команду, поэтому доступ не изменён: ' +
    'иначе можно закрыть листы и от себя. Что сделать: запустите команду из меню «Наставничество», войдя в свой аккаунт Google.',
  notCoordinator: (roster: string) =>
    `Доступ не изменён: настраивать его может только тот, кто может редактировать лист ${quote(roster)}, — муниципальный координатор. ` +
    'Что сделать: попросите муниципального координатора запустить команду.',
  generatedLocked: (sheet: string) =>
    `Лист ${quote(sheet)} не сформирован: он защищён от ваших правок. Содержимое листа не изменено. ` +
    'Что сделать: попросите муниципального координатора сформировать лист или снять с него защиту.',
  rosterLocked: (roster: string) =>
    `Листы ОО не созданы: лист ${quote(roster)} защищён от ваших правок, а команда заполняет на нём столбец «Лист». ` +
    'Что сделать: попросите муниципального координатора создать листы ОО.',
  working: 'Настройка доступа к листам ОО…',
  /** A curator ran a command that changes other people's sheets: `school` is in the nominative, after «ОО:». */
  forCoordinator: (email: string, school: string) =>
    `Команда предназначена для муниципального координатора, поэтому ничего не изменено: адрес ${email} указан на листе «Список ОО» ` +
    `как адрес куратора (ОО: ${quote(school)}). Что сделать: попросите муниципального координатора запустить команду; ` +
    'свой лист ОО можно проверить командой «Проверить текущий лист».',
  /** A run stopped before Apps Script's time limit: `done` of `total` school tabs are set so far. */
  stopped: (done: number, total: number, next: string) =>
    `Доступ настроен не полностью: время выполнения команды в Google Таблицах ограничено шестью минутами. ` +
    `Настроено листов ОО: ${done} из ${total}. Что сделать: запустите команду ещё раз — настройка продолжится с листа ${quote(next)}.`,
  /**
   * A rerun proved that nothing changed since the last full check (access-unchanged.ts): what it compared is
   * named, and what it did not; `cells` — it read the school cells of tabs not given to a school, `descriptions`
   * — the protections' descriptions.
   */
  unchanged: (roster: string, compared: { readonly cells: boolean; readonly descriptions: boolean }) =>
    `С прошлой настройки не изменились лист ${quote(roster)}, число листов` +
    (compared.cells ? ', ячейки с названием ОО на листах, не закреплённых за ОО' : '') +
    (compared.descriptions ? ', описания защит листов' : '') +
    ' и число редакторов каждой защиты, поэтому защита не перезаписывалась, а сведения ниже — итоги прошлой настройки. ' +
    'Адреса редакторов, доступ для пользователей домена' +
    (compared.descriptions ? '' : ', описания защит') +
    ' и ячейки с названием ОО на листах, закреплённых за ОО, не сравнивались: они проверяются при полной настройке, ' +
    'которая выполняется, если изменилось что-либо из перечисленного, и не реже одного раза в неделю.',
  resumed: (sheet: string) =>
    `Настройка продолжена с листа ${quote(sheet)}: листы ОО перед ним настроены при прошлом запуске.`,
  done: (user: string) =>
    `Доступ настроен. Листы ОО могут редактировать только кураторы этих ОО, указанные на листе «Список ОО», и вы (${user}).`,
  protectedSchools: (lines: readonly string[]) => `Защищены листы ОО (${lines.length}):\n${lines.join('\n')}`,
  schoolLine: (sheet: string, curators: readonly string[]) => `— ${quote(sheet)}: ${curators.join(', ')}`,
  generated: (sheets: readonly string[]) =>
    `${sheetsWord(sheets, 'Лист', 'Листы')} ${quoted(sheets)} ${sheetsWord(sheets, 'сформирован', 'сформированы')} надстройкой: ` +
    'изменить их может любой, но перед правкой появится предупреждение.',
  open: (sheets: readonly string[]) =>
    `${sheetsWord(sheets, 'Лист', 'Листы')} ${quoted(sheets)} ${sheetsWord(sheets, 'остаётся открытым', 'остаются открытыми')} ` +
    'для всех, кто может редактировать таблицу.',
  withoutEmail: (names: readonly string[]) =>
    `На листе «Список ОО» нет адреса куратора, поэтому лист ОО не защищён: ${quoted(names)}. ` +
    'Что сделать: укажите адрес в столбце «E-mail куратора» и запустите команду ещё раз.',
  withoutTab: (names: readonly string[]) => `Нет листа ОО: ${quoted(names)}.`,
  notOnRoster: (sheets: readonly string[]) =>
    `ОО не указана на листе «Список ОО», поэтому ${sheetsWord(sheets, 'лист не защищён', 'листы не защищены')}: ${quoted(sheets)}.`,
  coordinatorSheets: (sheets: readonly string[], ownerToo: boolean) =>
    `${sheetsWord(sheets, 'Лист', 'Листы')} ${quoted(sheets)} ${sheetsWord(sheets, 'может', 'могут')} редактировать только вы` +
    `${ownerToo ? ' и владелец таблицы' : ''}: кураторы ОО ${sheetsWord(sheets, 'его', 'их')} только просматривают.`,
  changes: (lines: readonly string[]) => `Изменился доступ к листам ОО:\n${lines.join('\n')}`,
  changeLine: (sheet: string, added: readonly string[], removed: readonly string[]) =>
    `— ${quote(sheet)}: ` +
    [
      ...(added.length > 0 ? [`доступ открыт: ${added.join(', ')}`] : []),
      ...(removed.length > 0 ? [`доступ закрыт: ${removed.join(', ')}`] : []),
    ].join('; '),
  namedOther: (sheet: string, typed: string, school: string) =>
    `На листе ${quote(sheet)} в ячейке названия ОО указана ОО ${quote(typed)}, а лист закреплён за ОО ${quote(school)}, ` +
    'поэтому доступ к листу не передан другой ОО. Что сделать: если лист действительно принадлежит другой ОО, ' +
    'укажите его в столбце «Лист» на листе «Список ОО» и запустите команду ещё раз; иначе исправьте название ОО на листе.',
  disputed: (school: string, sheets: readonly string[]) =>
    `Листы ${quoted(sheets)} закреплены за одной и той же ОО ${quote(school)}, поэтому доступ к ним не изменён. ` +
    'Что сделать: укажите лист этой ОО в столбце «Лист» на листе «Список ОО» и запустите команду ещё раз.',
  /** `count`: the refused addresses in all the lines, which the words agree with. */
  rejected: (lines: readonly string[], count: number) =>
    `${count === 1 ? 'Google не принял адрес, поэтому доступ по нему не открыт' : 'Google не принял адреса, поэтому доступ по ним не открыт'}:\n` +
    `${lines.join('\n')}\n` +
    `Что сделать: ${count === 1 ? 'исправьте адрес' : 'исправьте адреса'} в столбце «E-mail куратора» на листе «Список ОО» и запустите команду ещё раз.`,
  rejectedLine: (sheet: string, emails: readonly string[]) => `— ${quote(sheet)}: ${emails.join(', ')}`,
  failed: (lines: readonly string[]) =>
    `Защита не настроена из-за ошибки Google Таблиц, остальные листы настроены:\n${lines.join('\n')}\n` +
    'Что сделать: запустите команду ещё раз.',
  failedLine: (sheet: string, reason: string) => `— ${quote(sheet)}: ${quote(reason)}`,
  foreign: (sheets: readonly string[]) =>
    `${sheetsWord(sheets, 'Лист', 'Листы')} ${quoted(sheets)} ${sheetsWord(sheets, 'уже защищён', 'уже защищены')} не надстройкой; ` +
    'эта защита не изменена.',
  sharing:
    'Защита ограничивает редактирование, но не просмотр: все, кому открыта таблица, видят все листы. ' +
    'Куратор сможет редактировать свой лист, если таблица открыта ему для редактирования (кнопка «Настройки доступа»).',
} as const;

/** Russian texts of «Настроить доступ кураторов». */
import { quote } from '../core/text/quote';

export const ACCESS_MENU_CAPTION = 'Настроить доступ кураторов';

/** Marks the protections the add-on set, so a second run updates them and never touches others. */
export const ACCESS_DESCRIPTION = {
  school: (school: string) =>
    `Наставничество: лист ОО ${quote(school)} — редактируют куратор ОО и муниципальный координатор`,
  generated: 'Наставничество: лист сформирован надстройкой — правки с предупреждением',
} as const;

/** Our protections start with this, whatever school they name. */
export const ACCESS_MARK = 'Наставничество: ';

const quoted = (names: readonly string[]): string => names.map(quote).join(', ');
/** «Лист «A»» or «Листы «A», «B»», with the words that agree with it. */
const sheetsWord = (sheets: readonly string[], one: string, many: string): string =>
  sheets.length === 1 ? one : many;

export const ACCESS_MESSAGES = {
  noRoster:
    'В таблице нет листа «Список ОО», поэтому неизвестно, кому открыть какой лист. ' +
    'Что сделать: создайте лист командой «Создать лист „Список ОО“», укажите ОО и адреса кураторов в столбце «E-mail куратора» и запустите команду ещё раз.',
  noUser:
    'Не удалось определить адрес электронной почты пользователя, запустившего команду, поэтому доступ не изменён: ' +
    'иначе можно закрыть листы и от себя. Что сделать: запустите команду из меню «Наставничество», войдя в свой аккаунт Google.',
  working: 'Настройка доступа к листам ОО…',
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
  foreign: (sheets: readonly string[]) =>
    `${sheetsWord(sheets, 'Лист', 'Листы')} ${quoted(sheets)} ${sheetsWord(sheets, 'уже защищён', 'уже защищены')} не надстройкой; ` +
    'эта защита не изменена.',
  sharing:
    'Защита ограничивает редактирование, но не просмотр: все, кому открыта таблица, видят все листы. ' +
    'Куратор сможет редактировать свой лист, если таблица открыта ему для редактирования (кнопка «Настройки доступа»).',
} as const;

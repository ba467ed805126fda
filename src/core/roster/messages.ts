/** Russian texts about «Список ОО». Issue texts are bare: notes and reports add «Ошибка:», «Что сделать:». */
import type { IssueText } from '../issues/issue';
import { quote } from '../text/quote';

export const ROSTER_SHEET_NAME = 'Список ОО';

export const ROSTER_NOTE =
  'Одна строка — одна ОО, участвующая в мониторинге. Столбец «Лист» заполняется при создании листов ОО. ' +
  'Несколько адресов кураторов перечисляйте через «;».';

const MAX_SHOWN = 80;

/** A typed value as a message shows it: one line, shortened, quoted. */
function shown(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return quote(line.length > MAX_SHOWN ? `${line.slice(0, MAX_SHOWN - 1)}…` : line);
}

/** A roster school's name in full: the reader copies it as the fix. */
function named(text: string): string {
  return quote(text.replace(/\s+/g, ' ').trim());
}

export const ROSTER_FIX_LABEL = (name: string): string => `Заменить на ${shown(name)}`;

export const ROSTER_MESSAGES = {
  badEmail: (cell: string, parts: readonly string[]): IssueText => ({
    message:
      parts.length === 1
        ? `В ячейке ${cell} ${shown(parts[0])} — не адрес электронной почты, он не учитывается`
        : `В ячейке ${cell} ${parts.map((part) => `${shown(part)}`).join(', ')} — не адреса электронной почты, они не учитываются`,
    hint: 'Укажите адрес вида kurator@school.ru; несколько адресов разделяйте знаком «;»',
  }),
  noSchool: (cell: string): IssueText => ({
    message: `В ячейке ${cell} не указано наименование ОО, строка не учитывается`,
    hint: 'Впишите полное наименование ОО или удалите строку',
  }),
  notInRoster: (
    cell: string,
    name: string,
    match: { readonly suggestion: string | null; readonly several: readonly string[] },
    rosterSheet: string,
  ): IssueText => {
    if (match.suggestion !== null)
      return {
        message: `В ячейке ${cell} ${shown(name)} — ОО записана не так, как на листе «${rosterSheet}»; сведения учтены для ОО ${named(match.suggestion)}`,
        hint: `Запишите наименование так же, как в списке: ${named(match.suggestion)}`,
      };
    if (match.several.length > 0)
      return {
        message: `В ячейке ${cell} ${shown(name)} — под это наименование подходят несколько ОО с листа «${rosterSheet}»: ${match.several.map(named).join(', ')}; сведения не учтены ни для одной из них`,
        hint: `Запишите полное наименование ОО так же, как на листе «${rosterSheet}»`,
      };
    return {
      message: `В ячейке ${cell} ${shown(name)} — такой ОО нет на листе «${rosterSheet}»`,
      hint: `Запишите наименование ОО так же, как на листе «${rosterSheet}», или добавьте ОО в этот список`,
    };
  },
  lookAlikes: (cell: string, name: string, fixed: string): IssueText => ({
    message: `В ячейке ${cell} ${shown(name)} — в наименовании ОО латинские буквы вместо русских; сведения учтены для ОО ${named(fixed)}`,
    hint: `Запишите наименование русскими буквами: ${named(fixed)}`,
  }),
  duplicateSchool: (cell: string, name: string, first: string): IssueText => ({
    message: `ОО ${shown(name)} в ячейке ${cell} уже указана в ячейке ${first}, строка не учитывается`,
    hint: 'Оставьте одну строку для каждой ОО',
  }),
} as const;

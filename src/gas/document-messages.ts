/**
 * The Russian texts of «Создать справку и письма» about the documents it makes on Drive: the dialog
 * of links, a run stopped by Google's daily limit, by the time of one run or by a service error,
 * and the permission to the coordinator's Drive the command needs.
 */
import { detailsLine, googleErrorWords } from '../core/text/google-errors';
import { quote } from '../core/text/quote';

export interface Link {
  readonly name: string;
  readonly url: string;
}

/** Why a run stopped before every document was made. */
export type StopReason =
  | { readonly kind: 'quota'; readonly error: string }
  | { readonly kind: 'time' }
  | { readonly kind: 'service'; readonly error: string };

function linked(document: Link): string {
  return `${quote(document.name)}: ${document.url}`;
}

function reasonOf(reason: StopReason): string {
  if (reason.kind === 'quota') return 'исчерпан дневной лимит Google на создание документов';
  if (reason.kind === 'time')
    return 'время одного запуска подходит к концу (Google отводит команде не более шести минут)';
  return googleErrorWords(reason.error)?.reason ?? 'ошибка сервиса Google';
}

export const DOCUMENT_MESSAGES = {
  /** One of several documents of letters. */
  partName: (name: string, part: number, parts: number): string => `${name} (часть ${part} из ${parts})`,
  ready: (letters: number, counts: { created: number; rewritten: number; unchanged: number }): string =>
    [
      `Документы Google на вашем Диске готовы (писем ОО: ${letters}).`,
      ...(counts.created > 0 ? [`Создано документов: ${counts.created}.`] : []),
      ...(counts.rewritten > 0
        ? [`Перезаписано документов этого периода: ${counts.rewritten} — их прежнее содержимое заменено.`]
        : []),
      ...(counts.unchanged > 0
        ? [`Оставлено без изменений документов, готовых с прошлого запуска: ${counts.unchanged}.`]
        : []),
      'Откройте их по ссылкам:',
    ].join(' '),
  /** The dialog's text as an alert, when Google fails to show the dialog. */
  readyAsText: (intro: string, made: readonly Link[], note: string | null): string =>
    [`${intro}\n${made.map(linked).join('\n')}`, ...(note === null ? [] : [note])].join('\n\n'),
  /** A run that stopped before the last document: what is ready, how many are left, what to do. */
  stopped: (reason: StopReason, made: readonly Link[], left: number): string => {
    const parts = [
      `${made.length === 0 ? 'Справка и письма не сформированы' : 'Справка и письма сформированы не полностью'}: ${reasonOf(reason)}.`,
    ];
    if (made.length > 0) parts.push(`Готовые документы:\n${made.map(linked).join('\n')}`);
    parts.push(`Осталось сформировать документов: ${left}.`);
    const when = reason.kind === 'quota' ? 'через сутки' : 'ещё раз';
    parts.push(
      `Что сделать: запустите команду ${when}. Готовые документы останутся как есть, будут сформированы остальные, новых копий не появится.`,
    );
    if (reason.kind !== 'time') parts.push(detailsLine(reason.error));
    return parts.join('\n\n');
  },
  /**
   * The coordinator unticked the permission to the add-on's files on Drive in Google's consent
   * screen: nothing is made, and Google's window asks for it again after the alert.
   */
  driveRefused:
    'Справка и письма не сформированы: не дано разрешение на доступ к файлам Google Диска, ' +
    'которые создаёт надстройка «Наставничество». Что сделать: нажмите «ОК» — откроется окно ' +
    'Google; отметьте в нём разрешение на файлы Google Диска, которые используются в этом ' +
    'приложении, нажмите «Продолжить» и запустите команду ещё раз.',
} as const;

/**
 * Google's own errors in Russian (docs/google-sheets.md, «Ошибки Google»): the alerts of the add-on, its
 * sidebar and its dialogs name what happened and what to do; Google's English text is kept only as the
 * details for whoever supports the coordinator. One translator for the server (Apps Script) and the
 * sidebar (the browser), so it lives here, with no Apps Script or browser API.
 *
 * The wordings are Google's: «Exceeded maximum execution time», «Service invoked too many times…»,
 * «Authorization is required to perform that action» (developers.google.com/apps-script/guides/support/
 * troubleshooting, …/guides/services/quotas), «You do not have permission to call X. Required
 * permissions: …», «You are trying to edit a protected cell or object…».
 */

/** What happened, after «…:», and what to do, after «Что сделать:». */
export interface GoogleErrorWords {
  readonly reason: string;
  readonly action: string;
}

const AGAIN_LATER = 'повторите команду через несколько минут';

/** Most specific first: a protected range's refusal also starts «You do not have permission». */
const KNOWN: readonly (readonly [RegExp, GoogleErrorWords])[] = [
  [
    /trying to edit a protected cell or object|permission to edit this protected range/i,
    {
      reason: 'ячейка или лист защищены: изменять их могут только те, кому открыт доступ',
      action: 'если изменение нужно, обратитесь к муниципальному координатору или владельцу таблицы',
    },
  ],
  [
    /Exceeded maximum execution time/i,
    {
      reason: 'закончилось время, отведённое на выполнение команды',
      action: 'запустите команду ещё раз',
    },
  ],
  [
    /Service invoked too many times/i,
    {
      reason: 'исчерпан суточный лимит обращений к сервисам Google для вашей учётной записи',
      action: 'повторите команду на следующий день: лимит восстанавливается через 24 часа',
    },
  ],
  [
    /Authorization is required/i,
    {
      reason: 'надстройке не предоставлен доступ от имени вашей учётной записи Google',
      action:
        'выберите любую команду меню «Наставничество» и разрешите доступ в окне Google; если в браузере выполнен вход в несколько учётных записей Google, откройте таблицу в окне, где выполнен вход только в одну',
    },
  ],
  [
    /You do not have permission/i,
    {
      reason: 'у надстройки нет разрешения на это действие',
      action:
        'закройте таблицу, откройте её снова и подтвердите разрешения надстройки, когда Google их запросит',
    },
  ],
  [/timed out/i, { reason: 'сервис Google не ответил вовремя', action: AGAIN_LATER }],
  [
    /Service unavailable|Service error|Service \w+ failed|Server error occurred|Internal error/i,
    { reason: 'сбой на стороне сервиса Google', action: AGAIN_LATER },
  ],
];

/** Russian words for one of Google's known errors; null for any other text. */
export function googleErrorWords(raw: string): GoogleErrorWords | null {
  return KNOWN.find(([pattern]) => pattern.test(raw))?.[1] ?? null;
}

/** Google's text cut for a message: enough for the developers, never a wall of text. */
const DETAIL_LENGTH = 300;

/** Google's own text as the details line shows it: without Apps Script's «Exception: », cut, with a full stop. */
export function googleErrorDetail(raw: string): string {
  const text = raw.replace(/^\s*(?:Exception|Error|ScriptError):\s*/i, '').trim();
  const cut = text.length > DETAIL_LENGTH ? `${text.slice(0, DETAIL_LENGTH - 1)}…` : text;
  return /[.…!?]$/.test(cut) ? cut : `${cut}.`;
}

/**
 * «<failure>: <reason>. Что сделать: <action>.» — `failure` says what did not happen («Не удалось выполнить
 * команду»); an unknown error gets the general advice. The details are not in it: each place shows them
 * its own way (an alert's last line, a disclosure in the sidebar).
 */
export function explainGoogleError(failure: string, raw: string): string {
  const words = googleErrorWords(raw);
  return words === null
    ? `${failure}. Что сделать: повторите команду; если ошибка повторяется, сообщите о ней разработчикам надстройки, приложив подробности.`
    : `${failure}: ${words.reason}. Что сделать: ${words.action}.`;
}

/** The last line of an alert: Google's text for whoever supports the coordinator. */
export function detailsLine(raw: string): string {
  return `Подробности: ${googleErrorDetail(raw)}`;
}
